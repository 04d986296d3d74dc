package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImapdConfLookupTest {
    @TempDir
    Path dir;

    private final ImapdConf features = load("imapd/features.conf");

    @Test
    void servicePrefixedOptionsOverrideForThatServiceOnly() throws Exception {
        ImapdConf imaps = features.forService("imaps");
        ImapdConf imap = features.forService("imap");

        assertThat(imaps.service()).isEqualTo("imaps");
        assertThat(features.service()).isNull();
        assertThat(imaps.getBoolean("allowplaintext", false)).isTrue();
        assertThat(imap.getBoolean("allowplaintext", true)).isFalse();
        assertThat(features.getBoolean("allowplaintext", true)).isFalse();
        assertThat(imaps.value("admins")).contains("cyrus   admin2\tadmin3");
        assertThat(features.forService("lmtp").getList("admins")).containsExactly("mailproxy");
        assertThat(features.forService("IMAPS").service()).isEqualTo("imaps");
        assertThat(imaps.forService(null).getBoolean("allowplaintext", true)).isFalse();
    }

    @Test
    void servicePrefixedBadValuesPointAtTheirOwnLine() {
        ImapdConf conf = write("allowplaintext: no", "pop3_allowplaintext: sometimes");
        assertThatThrownBy(() -> conf.forService("pop3").getBoolean("allowplaintext", false))
                .hasMessage(dir.resolve("t.conf") + ":2: option 'pop3_allowplaintext': 'sometimes' is not a boolean");
    }

    @Test
    void hasAndValueSeeUnsetOptionsAsAbsent() {
        assertThat(features.has("servername")).isFalse();
        assertThat(features.value("servername")).isEmpty();
        assertThat(features.getString("servername", "fallback")).isEqualTo("fallback");
        assertThat(features.getString("servername", null)).isNull();
        assertThat(features.has("timeout")).isTrue();
        assertThat(features.forService("imaps").has("allowplaintext")).isTrue();
    }

    @Test
    void familiesAreKeyedBySuffixInFileOrder() {
        assertThat(features.family("partition-")).containsExactly(
                entry("default", "/var/spool/cyrus/mail"), entry("archive", "/srv/archive"), entry("big", "/srv/big"));
        assertThat(features.family("metapartition-")).containsExactly(entry("default", "/var/spool/cyrus/meta"));
        assertThat(features.family("sasl_")).containsExactly(
                entry("mech_list", "PLAIN LOGIN"), entry("pwcheck_method", "auxprop"));
        assertThat(features.family("nosuch-")).isEmpty();
        assertThat(features.partitions()).containsEntry("archive", Path.of("/srv/archive")).hasSize(3);
    }

    @Test
    void serviceViewsOverlayPrefixedFamilyMembers() {
        ImapdConf conf = write("partition-default: /a", "partition-other: /b", "lmtp_partition-default: /c");
        assertThat(conf.forService("lmtp").family("partition-"))
                .containsExactly(entry("default", "/c"), entry("other", "/b"));
        assertThat(conf.family("partition-")).containsExactly(entry("default", "/a"), entry("other", "/b"));
    }

    @Test
    void configDirectoryIsRequiredNotRootAndResolvedAgainstTheWorkingDirectory() throws Exception {
        assertThat(features.configDirectory()).isEqualTo(Path.of("/var/lib/cyrus"));

        ImapdConf missing = write("servername: x");
        assertThatThrownBy(missing::configDirectory)
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("t.conf") + ": configdirectory option not specified")
                .satisfies(e -> assertThat(((ConfigException) e).file()).isEqualTo(dir.resolve("t.conf")));
        assertThat(write("servername: x", "configdirectory: var/lib").configDirectory())
                .isEqualTo(Path.of("").toAbsolutePath().resolve("var/lib"));
        assertThatThrownBy(() -> write("configdirectory: /tmp/..").configDirectory())
                .hasMessage(dir.resolve("t.conf") + ":1: configdirectory must not be '/'");
        assertThatThrownBy(() -> write("configdirectory: /").configDirectory())
                .hasMessage(dir.resolve("t.conf") + ":1: configdirectory must not be '/'");
        assertThatThrownBy(() -> ImapdConf.of(Map.of()).configDirectory())
                .hasMessage("configdirectory option not specified");
    }

    @Test
    void configDirectoryPlaceholderIsExpandedLikeCyrus() {
        assertThat(features.getString("idlesocket", null)).isEqualTo("/var/lib/cyrus/socket/idle");
        assertThat(features.getString("lmtpsocket", "{configdirectory}/socket/lmtp"))
                .isEqualTo("/var/lib/cyrus/socket/lmtp");
        assertThat(ImapdConf.of(Map.of("x", "{configdirectory}/y")).getString("x", null))
                .isEqualTo("{configdirectory}/y");
    }

    @Test
    void booleansAcceptCyrusWordsInAnyCase() throws Exception {
        for (String yes : new String[] {"yes", "on", "t", "true", "1", "YES", "On", "TRUE", "y"}) {
            assertThat(ImapdConf.of(Map.of("k", yes)).getBoolean("k", false)).as(yes).isTrue();
        }
        for (String no : new String[] {"no", "off", "f", "false", "0", "NO", "Off", "FALSE", "n"}) {
            assertThat(ImapdConf.of(Map.of("k", no)).getBoolean("k", true)).as(no).isFalse();
        }
        assertThat(ImapdConf.of(Map.of()).getBoolean("k", true)).isTrue();
    }

    @Test
    void badBooleanNamesFileLineAndOption() {
        ImapdConf conf = write("configdirectory: /x", "", "hashimapspool: abc");
        assertThatThrownBy(() -> conf.getBoolean("hashimapspool", false))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("t.conf") + ":3: option 'hashimapspool': 'abc' is not a boolean");
        assertThatThrownBy(() -> ImapdConf.of(Map.of("k", "nope")).getBoolean("k", false))
                .hasMessage("option 'k': 'nope' is not a boolean");
    }

    @Test
    void integersFollowStrtolBaseZero() throws Exception {
        assertThat(ImapdConf.of(Map.of("k", "90")).getInt("k", 0)).isEqualTo(90);
        assertThat(ImapdConf.of(Map.of("k", "-1")).getInt("k", 0)).isEqualTo(-1);
        assertThat(ImapdConf.of(Map.of("k", "+7")).getInt("k", 0)).isEqualTo(7);
        assertThat(ImapdConf.of(Map.of("k", "0x1F")).getInt("k", 0)).isEqualTo(31);
        assertThat(ImapdConf.of(Map.of("k", "010")).getInt("k", 0)).isEqualTo(8);
        assertThat(ImapdConf.of(Map.of("k", "0")).getInt("k", 5)).isZero();
        assertThat(ImapdConf.of(Map.of()).getInt("k", 42)).isEqualTo(42);
        for (String bad : new String[] {"abc", "12abc", "1.5", "08", "0x", "--1", "99999999999999999999"}) {
            assertThatThrownBy(() -> ImapdConf.of(Map.of("k", bad)).getInt("k", 0)).as(bad)
                    .hasMessage("option 'k': '" + bad + "' is not an integer");
        }
        ImapdConf conf = write("quotawarnpercent: ninety");
        assertThatThrownBy(() -> conf.getInt("quotawarnpercent", 90))
                .hasMessage(dir.resolve("t.conf") + ":1: option 'quotawarnpercent': 'ninety' is not an integer");
    }

    @Test
    void durationsFromTheFile() throws Exception {
        assertThat(features.getDuration("timeout", null, ChronoUnit.MINUTES)).isEqualTo(Duration.ofMinutes(45));
        assertThat(features.getDuration("imapidlepoll", null, ChronoUnit.SECONDS)).isEqualTo(Duration.ofMinutes(90));
        assertThat(features.getDuration("poptimeout", Duration.ofMinutes(10), ChronoUnit.MINUTES))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void badDurationNamesFileLineAndOption() {
        ImapdConf conf = write("configdirectory: /x", "timeout: 1h30x");
        assertThatThrownBy(() -> conf.getDuration("timeout", null, ChronoUnit.MINUTES))
                .hasMessage(dir.resolve("t.conf") + ":2: option 'timeout': '1h30x' is not a duration");
    }

    @Test
    void byteSizesFromTheFile() throws Exception {
        assertThat(features.getBytes("maxmessagesize", 0, 1)).isEqualTo(10L << 20);
        assertThat(features.getBytes("quotawarnsize", 0, 1024)).isEqualTo(512L * 1024);
        assertThat(features.getBytes("sieve_maxscriptsize", 0, 1024)).isEqualTo(32L * 1024);
        assertThat(features.getBytes("maxquoted", 77, 1)).isEqualTo(77);
    }

    @Test
    void badByteSizeNamesFileLineAndOption() {
        ImapdConf conf = write("maxmessagesize: 10TB");
        assertThatThrownBy(() -> conf.getBytes("maxmessagesize", 0, 1))
                .hasMessage(dir.resolve("t.conf") + ":1: option 'maxmessagesize': '10TB' is not a byte size");
    }

    @Test
    void listsSplitOnAnyWhitespace() {
        assertThat(ImapdConf.of(Map.of("sync_log_channels", "squatter  \"\"\trepl1")).getList("sync_log_channels"))
                .containsExactly("squatter", "\"\"", "repl1");
        assertThat(features.getList("nosuch")).isEmpty();
    }

    @Test
    void ofRejectsInvalidNamesAndLowerCasesValidOnes() {
        assertThat(ImapdConf.of(Map.of("ServerName", "x")).getString("servername", null)).isEqualTo("x");
        assertThat(ImapdConf.of(Map.of("ServerName", "x")).keys()).containsExactly("servername");
        assertThatThrownBy(() -> ImapdConf.of(Map.of("bad key", "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ImapdConf load(String resource) {
        try {
            return ImapdConf.load(Fixtures.resource(resource));
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }

    private ImapdConf write(String... lines) {
        try {
            return ImapdConf.load(Fixtures.write(dir, "t.conf", lines));
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }
}
