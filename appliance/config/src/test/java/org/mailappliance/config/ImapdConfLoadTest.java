package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImapdConfLoadTest {
    @TempDir
    Path dir;

    @Test
    void readsTheUpstreamStandaloneExample() throws Exception {
        ImapdConf conf = ImapdConf.load(Fixtures.resource("imapd/normal.conf"));

        assertThat(conf.configDirectory()).isEqualTo(Path.of("/var/lib/cyrus"));
        assertThat(conf.partitions()).containsExactly(
                java.util.Map.entry("default", Path.of("/var/spool/cyrus/mail")));
        assertThat(conf.getString("servername", null)).isEqualTo("mail.example.org");
        assertThat(conf.getBoolean("allowplaintext", true)).isFalse();
        assertThat(conf.getBoolean("hashimapspool", false)).isTrue();
        assertThat(conf.getString("virtdomains", "off")).isEqualTo("userid");
        assertThat(conf.keys()).hasSize(16).startsWith("configdirectory", "defaultpartition");
    }

    @Test
    void acceptsCommentsBlankLinesContinuationsAndLiteralHashes() throws Exception {
        ImapdConf conf = ImapdConf.load(Fixtures.resource("imapd/features.conf"));

        assertThat(conf.getString("autocreate_inbox_folders", null)).isEqualTo("Sent|Drafts|Trash|Junk");
        assertThat(conf.getString("motd", null)).isEqualTo("this value has # a hash and: a colon");
        assertThat(conf.getList("admins")).containsExactly("cyrus", "admin2", "admin3");
        assertThat(conf.getString("admins", null)).isEqualTo("cyrus   admin2\tadmin3");
    }

    @Test
    void optionNamesAreCaseInsensitiveAndStoredLowerCase() throws Exception {
        ImapdConf conf = ImapdConf.load(Fixtures.resource("imapd/features.conf"));

        assertThat(conf.keys()).contains("partition-big").doesNotContain("Partition-Big");
        assertThat(conf.getString("PARTITION-BIG", null)).isEqualTo("/srv/big");
    }

    @Test
    void continuationJoinsWithoutInsertingAnythingAndKeepsTheFirstLineNumber() throws Exception {
        Path file = Fixtures.write(dir, "c.conf",
                "configdirectory: /var/\\",
                "lib/\\",
                "cyrus",
                "timeout: 1\\",
                "0x");
        ImapdConf conf = ImapdConf.load(file);

        assertThat(conf.getString("configdirectory", null)).isEqualTo("/var/lib/cyrus");
        assertThatThrownBy(() -> conf.getDuration("timeout", null, java.time.temporal.ChronoUnit.MINUTES))
                .hasMessage(file + ":4: option 'timeout': '10x' is not a duration");
    }

    @Test
    void continuationIntoEndOfFileIsAnError() {
        Path file = Fixtures.write(dir, "eof.conf", "configdirectory: /var/lib/cyrus", "admins: a \\");
        assertThatThrownBy(() -> ImapdConf.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2: ");
    }

    @Test
    void windowsLineEndingsAreTolerated() throws Exception {
        Path file = dir.resolve("crlf.conf");
        Files.writeString(file, "configdirectory: /var/lib/cyrus\r\nadmins: a\\\r\nb\r\n", StandardCharsets.UTF_8);
        ImapdConf conf = ImapdConf.load(file);
        assertThat(conf.getString("configdirectory", null)).isEqualTo("/var/lib/cyrus");
        assertThat(conf.getString("admins", null)).isEqualTo("ab");
    }

    @Test
    void followsRelativeAndNestedIncludes() throws Exception {
        ImapdConf conf = ImapdConf.load(Fixtures.resource("imapd/main-include.conf"));

        assertThat(conf.partitions()).containsOnlyKeys("default", "second");
        assertThat(conf.getString("servername", null)).isEqualTo("after.include.example");
        assertThat(conf.keys()).containsExactly(
                "configdirectory", "partition-default", "partition-second", "servername");
    }

    @Test
    void valuesFromIncludedFilesRememberTheirOwnFileAndLine() throws Exception {
        Path inner = Fixtures.write(dir, "sub/inner.conf", "# first", "maxmessagesize: lots");
        Path outer = Fixtures.write(dir, "outer.conf", "configdirectory: /x", "@include: sub/inner.conf");
        ImapdConf conf = ImapdConf.load(outer);

        assertThatThrownBy(() -> conf.getBytes("maxmessagesize", 0, 1024))
                .isInstanceOf(ConfigException.class)
                .hasMessage(inner + ":2: option 'maxmessagesize': 'lots' is not a byte size")
                .satisfies(e -> {
                    assertThat(((ConfigException) e).file()).isEqualTo(inner);
                    assertThat(((ConfigException) e).line()).isEqualTo(2);
                });
    }

    @Test
    void absoluteIncludesWork() throws Exception {
        Path inner = Fixtures.write(dir, "elsewhere/abs.conf", "servername: abs.example");
        Path outer = Fixtures.write(dir, "outer.conf", "@include: " + inner.toAbsolutePath());
        assertThat(ImapdConf.load(outer).getString("servername", null)).isEqualTo("abs.example");
    }

    @Test
    void detectsIncludeLoopsAtTheIncludingLine() {
        Path a = Fixtures.resource("imapd/loop-a.conf");
        Path b = Fixtures.resource("imapd/loop-b.conf");
        assertThatThrownBy(() -> ImapdConf.load(a))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(b + ":3: include loop: ");
    }

    @Test
    void selfIncludeIsALoop() {
        Path file = Fixtures.write(dir, "self.conf", "configdirectory: /x", "@include: self.conf");
        assertThatThrownBy(() -> ImapdConf.load(file)).hasMessageStartingWith(file + ":2: include loop: ");
    }

    @Test
    void includingTheSameFileTwiceIsAnErrorAsInCyrus() {
        Fixtures.write(dir, "common.conf", "# nothing but a comment");
        Path file = Fixtures.write(dir, "twice.conf", "@include: common.conf", "", "@include: common.conf");
        assertThatThrownBy(() -> ImapdConf.load(file))
                .hasMessageStartingWith(file + ":3: file ")
                .hasMessageEndingWith("is included twice");
    }

    @Test
    void missingIncludeIsReportedAtTheIncludingLine() {
        Path file = Fixtures.write(dir, "m.conf", "configdirectory: /x", "@include: nope.conf");
        assertThatThrownBy(() -> ImapdConf.load(file))
                .hasMessageStartingWith(file + ":2: cannot read configuration file ")
                .hasMessageContaining("nope.conf");
    }

    @Test
    void missingTopLevelFileNamesTheFile() {
        Path file = dir.resolve("absent.conf");
        assertThatThrownBy(() -> ImapdConf.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("cannot read configuration file " + file + ": no such file");
    }

    @Test
    void aLineWithoutColonIsAnError() {
        assertBadLine(3, "expected 'option: value' but found 'this is not an option'",
                "configdirectory: /x", "# fine", "this is not an option");
    }

    @Test
    void spaceBeforeTheColonIsAnErrorAsInCyrus() {
        assertBadLine(1, "invalid character ' ' in option name 'admins ' (allowed: letters, digits, '-', '_')",
                "admins : cyrus");
    }

    @Test
    void optionNamesOutsideTheCyrusAlphabetAreRejected() {
        assertBadLine(2, "invalid character '.' in option name 'sasl.mech' (allowed: letters, digits, '-', '_')",
                "configdirectory: /x", "sasl.mech: PLAIN");
        assertBadLine(1, "invalid character 'é' in option name 'café' (allowed: letters, digits, '-', '_')",
                "café: yes");
    }

    @Test
    void missingNameOrValueIsAnError() {
        assertBadLine(1, "missing option name before ':'", ": value");
        assertBadLine(2, "empty value for option 'servername'", "configdirectory: /x", "servername:   ");
    }

    @Test
    void unknownDirectivesAreErrors() {
        assertBadLine(1, "unknown directive '@import'", "@import: other.conf");
    }

    @Test
    void aSecondDefinitionOfAnOptionIsAnErrorAsInCyrus() {
        Path file = Fixtures.write(dir, "dup.conf", "configdirectory: /x", "admins: a", "", "ADMINS: b");
        assertThatThrownBy(() -> ImapdConf.load(file))
                .hasMessage(file + ":4: option 'admins' was already set at " + file + ":2");
    }

    @Test
    void duplicatesAcrossIncludesAreErrorsToo() {
        Path inner = Fixtures.write(dir, "inner.conf", "servername: b");
        Path outer = Fixtures.write(dir, "outer.conf", "servername: a", "@include: inner.conf");
        assertThatThrownBy(() -> ImapdConf.load(outer))
                .hasMessage(inner + ":1: option 'servername' was already set at " + outer + ":1");
    }

    @Test
    void servicePrefixedAndPlainFormsMayBothBeSet() throws Exception {
        Path file = Fixtures.write(dir, "p.conf", "allowplaintext: no", "imaps_allowplaintext: yes");
        ImapdConf conf = ImapdConf.load(file);
        assertThat(conf.keys()).containsExactly("allowplaintext", "imaps_allowplaintext");
    }

    private void assertBadLine(int line, String what, String... lines) {
        Path file = Fixtures.write(dir, "bad.conf", lines);
        assertThatThrownBy(() -> ImapdConf.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":" + line + ": " + what)
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(line));
    }
}
