package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CyrusConfTest {
    @TempDir
    Path dir;

    @Test
    void readsTheUpstreamStandaloneExample() throws Exception {
        CyrusConf conf = CyrusConf.load(Fixtures.resource("cyrus/normal.conf"));

        assertThat(conf.start()).containsExactly(new StartEntry("recover", List.of("ctl_cyrusdb", "-r"), 3));
        assertThat(conf.services()).extracting(ServiceEntry::name)
                .containsExactly("imap", "imaps", "pop3", "pop3s", "sieve", "lmtpunix");
        assertThat(conf.service("imaps")).hasValue(new ServiceEntry("imaps", List.of("imapd", "-s"),
                new Listen(null, 993, null), "tcp", 0, -1, 256, 8));
        ServiceEntry lmtp = conf.service("lmtpunix").orElseThrow();
        assertThat(lmtp.listen()).isEqualTo(new Listen(null, -1, Path.of("/run/cyrus/socket/lmtp")));
        assertThat(lmtp.maxchild()).isEqualTo(20);
        assertThat(conf.service("nntp")).isEmpty();
        assertThat(conf.service("sieve").orElseThrow().listen().port()).isEqualTo(4190);

        assertThat(conf.events()).containsExactly(
                new EventEntry("checkpoint", List.of("ctl_cyrusdb", "-c"), 30, null, null, 17),
                new EventEntry("delprune", List.of("cyr_expire", "-E", "3"), null, "00 04 * * *", null, 18),
                new EventEntry("deleteprune", List.of("cyr_expire", "-E", "4", "-D", "28"), null, "30 04 * * *", null, 19),
                new EventEntry("expungeprune", List.of("cyr_expire", "-E", "4", "-X", "28"), null, "45 04 * * *", null, 20),
                new EventEntry("tlsprune", List.of("tls_prune"), null, "00 04 * * *", null, 21),
                new EventEntry("squatter", List.of("squatter", "-i"), null, null, "0300", 22));
        assertThat(conf.daemons()).containsExactly(new DaemonEntry("idled", List.of("idled"), false, 26));
    }

    @Test
    void readsTheRoleVariants() throws Exception {
        CyrusConf conf = CyrusConf.load(Fixtures.resource("cyrus/roles.conf"));

        assertThat(conf.start()).extracting(StartEntry::name).containsExactly("recover", "repl1sync", "mupdatepush");
        assertThat(conf.start().get(1).cmd()).containsExactly("sync_client", "-r", "-n", "repl1");

        ServiceEntry imap = conf.service("imap").orElseThrow();
        assertThat(imap.prefork()).isEqualTo(5);
        assertThat(imap.maxchild()).isEqualTo(100);
        assertThat(imap.program()).isEqualTo("proxyd");

        ServiceEntry imaps = conf.service("imaps").orElseThrow();
        assertThat(imaps.listen()).isEqualTo(new Listen("::1", 9993, null));
        assertThat(imaps.proto()).isEqualTo("tcp6");
        assertThat(imaps.maxfds()).isEqualTo(1024);
        assertThat(imaps.program()).isEqualTo("imapd");
        assertThat(imaps.hasFlag("-s")).isTrue();

        assertThat(conf.service("pop3").orElseThrow().listen()).isEqualTo(new Listen("127.0.0.1", 1110, null));
        assertThat(conf.service("pop3").orElseThrow().proto()).isEqualTo("tcp4");
        assertThat(conf.service("lmtp").orElseThrow().hasFlag("-a")).isTrue();
        assertThat(conf.service("lmtp").orElseThrow().listen().port()).isEqualTo(24);
        assertThat(conf.service("mupdate").orElseThrow().listen().port()).isEqualTo(3905);
        assertThat(conf.service("syncserver").orElseThrow().listen().port()).isEqualTo(2005);
        assertThat(conf.service("lmtprel").orElseThrow().listen().unixPath()).isEqualTo(Path.of("var/run/lmtp"));
        assertThat(conf.service("localimap").orElseThrow().listen()).isEqualTo(new Listen("localhost", 143, null));
        assertThat(conf.service("tight").orElseThrow().listen().port()).isEqualTo(1143);

        assertThat(conf.events()).containsExactly(
                new EventEntry("once", List.of("ctl_cyrusdb", "-c"), null, null, null, 19),
                new EventEntry("nightly", List.of("squatter", "-s"), null, null, "0300", 20),
                new EventEntry("rolling", List.of("cyr_expire", "-E", "3"), null, "*/15 1-5,22 * jan-mar mon-fri", null, 21));
        assertThat(conf.daemons()).containsExactly(
                new DaemonEntry("squatter", List.of("squatter", "-R"), true, 24),
                new DaemonEntry("idled", List.of("idled"), false, 25));
    }

    @Test
    void sectionsMayBeEmptyRepeatedAndCommentedAnywhereOutsideQuotes() throws Exception {
        CyrusConf conf = load(
                "SERVICES { }   # nothing yet",
                "START {",
                "}",
                "SERVICES{",
                "  imap cmd=\"imapd # not a comment\" listen=143 # a comment",
                "  } ",
                "services {",
                "  pop3 cmd=pop3d listen=110 cmd=ignored",
                "}");
        assertThat(conf.start()).isEmpty();
        assertThat(conf.services()).extracting(ServiceEntry::name).containsExactly("imap", "pop3");
        assertThat(conf.service("imap").orElseThrow().cmd()).containsExactly("imapd", "#", "not", "a", "comment");
        assertThat(conf.service("pop3").orElseThrow().cmd()).as("first of a repeated key wins, as in master")
                .containsExactly("pop3d");
    }

    @Test
    void unknownArgumentsAreIgnoredLikeMaster() throws Exception {
        CyrusConf conf = load("SERVICES {", "  imap cmd=imapd listen=143 colour=\"blue\" maxforkrate=100 babysit=1", "}");
        assertThat(conf.service("imap")).isPresent();
    }

    @Test
    void daemonNamesMustNotClashWithServices() {
        assertBad(5, "entry 'idled': multiple entries for service 'idled' (first on line 2)",
                "SERVICES {", "  idled cmd=imapd listen=143", "}", "DAEMON {", "  idled cmd=idled", "}");
        assertBad(3, "entry 'imap': multiple entries for service 'imap' (first on line 2)",
                "SERVICES {", "  imap cmd=imapd listen=143", "  imap cmd=imapd listen=144", "}");
    }

    @Test
    void eventAndStartNamesMayRepeat() throws Exception {
        CyrusConf conf = load("EVENTS {", "  x cmd=a period=1", "  x cmd=b period=2", "}");
        assertThat(conf.events()).hasSize(2);
    }

    @Test
    void unknownSectionIsAnError() {
        assertBad(3, "unknown section 'LISTENERS' (expected START, SERVICES, EVENTS or DAEMON)",
                "START {", "}", "LISTENERS {", "}");
    }

    @Test
    void textOutsideSectionsIsAnError() {
        assertBad(1, "expected a section header such as 'SERVICES {' but found 'imap cmd=imapd listen=143'",
                "imap cmd=imapd listen=143");
        assertBad(1, "expected a section header such as 'SERVICES {' but found 'SERVICES'", "SERVICES", "{", "}");
        assertBad(2, "unexpected 'imap cmd=imapd' after '{' (put entries on their own lines)",
                "", "SERVICES { imap cmd=imapd", "}");
    }

    @Test
    void missingClosingBraceIsReportedAtTheSectionStart() {
        assertBad(4, "section EVENTS is missing its closing '}'",
                "START {", "}", "", "EVENTS {", "  x cmd=y period=5");
    }

    @Test
    void junkAfterClosingBraceIsAnError() {
        assertBad(3, "unexpected 'START {' after '}'", "EVENTS {", "  x cmd=y", "} START {", "}");
    }

    @Test
    void entryNamesAreLettersAndDigitsOnly() {
        assertBad(2, "bad character '-' in name 'lmtp' (entry names are letters and digits only)",
                "SERVICES {", "  lmtp-unix cmd=lmtpd listen=/x", "}");
        assertBad(2, "bad character '_' in name 'sync' (entry names are letters and digits only)",
                "START {", "  sync_client cmd=x", "}");
        assertBad(2, "bad character '=' at the start of an entry name", "START {", "  =x", "}");
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertBad(3, "entry 'imaps': missing closing '\"' in cmd=",
                "SERVICES {", "  imap cmd=imapd listen=143", "  imaps cmd=\"imapd -s listen=imaps", "}");
    }

    @Test
    void malformedArgumentsAreErrors() {
        assertBad(2, "entry 'imap': expected key=value but found end of line in argument 'prefork'",
                "SERVICES {", "  imap cmd=imapd listen=143 prefork", "}");
        assertBad(2, "entry 'imap': expected key=value but found '-' in argument 'max-child=3'",
                "SERVICES {", "  imap cmd=imapd listen=143 max-child=3", "}");
        assertBad(2, "entry 'imap': expected key=value but found '=' in argument '=3'",
                "SERVICES {", "  imap cmd=imapd listen=143 =3", "}");
    }

    @Test
    void requiredArgumentsMustBePresentAndNonEmpty() {
        assertBad(2, "entry 'recover': missing required argument cmd=", "START {", "  recover", "}");
        assertBad(2, "entry 'imap': missing required argument listen=", "SERVICES {", "  imap cmd=imapd", "}");
        assertBad(2, "entry 'imap': missing required argument cmd=", "SERVICES {", "  imap cmd=\"\" listen=143", "}");
        assertBad(2, "entry 'x': missing required argument cmd=", "EVENTS {", "  x period=5", "}");
        assertBad(2, "entry 'idled': missing required argument cmd=", "DAEMON {", "  idled wait=y", "}");
        assertBad(2, "entry 'imap': missing required argument listen=",
                "SERVICES {", "  imap cmd=imapd listen=\"  \"", "}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "prefork=many          | prefork=many is not a number",
            "prefork=-1            | prefork=-1 must be at least 0",
            "maxchild=lots         | maxchild=lots is not a number",
            "maxfds=1k             | maxfds=1k is not a number",
            "maxforkrate=fast      | maxforkrate=fast is not a number",
            "babysit=maybe         | babysit=maybe is not a yes/no value",
            "proto=sctp            | unknown proto 'sctp' (expected one of tcp, tcp4, tcp6, udp, udp4, udp6, quic, quic4, quic6)",
    })
    void serviceNumbersAndChoicesAreChecked(String arg, String what) {
        assertBad(2, "entry 'imap': " + what, "SERVICES {", "  imap cmd=imapd listen=143 " + arg, "}");
    }

    @Test
    void negativeMaxchildMeansUnlimited() throws Exception {
        assertThat(load("SERVICES {", "  imap cmd=imapd listen=143 maxchild=-1", "}")
                .service("imap").orElseThrow().maxchild()).isEqualTo(-1);
    }

    @Test
    void badListenIsAnError() {
        assertBad(2, "entry 'imap': bad listen=\"nosuchservice\": unknown service name 'nosuchservice' in 'nosuchservice'",
                "SERVICES {", "  imap cmd=imapd listen=nosuchservice", "}");
        assertBad(2, "entry 'imap': bad listen=\"70000\": port out of range in '70000'",
                "SERVICES {", "  imap cmd=imapd listen=70000", "}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "period=soon                 | period=soon is not a number",
            "period=-5                   | period=-5 must be at least 0",
            "at=2400                     | at=2400 is not a valid time of day (hhmm, 0000-2359)",
            "at=0360                     | at=0360 is not a valid time of day (hhmm, 0000-2359)",
            "at=3am                      | at=3am is not a time hhmm",
            "at=01000                    | at=01000 is not a time hhmm",
            "at=                         | at= is not a time hhmm",
            "cron=\"0 4 * *\"            | bad cron=\"0 4 * *\": needs 5 fields (minute hour day-of-month month day-of-week), found 4",
            "cron=\"0 4 * * * *\"        | bad cron=\"0 4 * * * *\": needs 5 fields (minute hour day-of-month month day-of-week), found 6",
            "cron=\"60 4 * * *\"         | bad cron=\"60 4 * * *\": bad minute field '60' (allowed 0-59)",
            "cron=\"0 24 * * *\"         | bad cron=\"0 24 * * *\": bad hour field '24' (allowed 0-23)",
            "cron=\"0 4 0 * *\"          | bad cron=\"0 4 0 * *\": bad day of month field '0' (allowed 1-31)",
            "cron=\"0 4 * 13 *\"         | bad cron=\"0 4 * 13 *\": bad month field '13' (allowed 1-12)",
            "cron=\"0 4 * * 8\"          | bad cron=\"0 4 * * 8\": bad day of week field '8' (allowed 0-7)",
            "cron=\"*/0 4 * * *\"        | bad cron=\"*/0 4 * * *\": bad minute field '*/0' (allowed 0-59)",
            "cron=\"5-1 4 * * *\"        | bad cron=\"5-1 4 * * *\": bad minute field '5-1' (allowed 0-59)",
            "cron=\"a 4 * * *\"          | bad cron=\"a 4 * * *\": bad minute field 'a' (allowed 0-59)",
            "cron=\"1,,2 4 * * *\"       | bad cron=\"1,,2 4 * * *\": bad minute field '1,,2' (allowed 0-59)",
            "cron=\"0 4 * foo *\"        | bad cron=\"0 4 * foo *\": bad month field 'foo' (allowed 1-12)",
            "cron=\"\"                   | bad cron=\"\": needs 5 fields (minute hour day-of-month month day-of-week), found 0",
            "period=5 at=0300            | give only one of period=, cron= or at=",
            "at=0300 cron=\"0 4 * * *\"  | give only one of period=, cron= or at=",
    })
    void eventSchedulesAreChecked(String arg, String what) {
        assertBad(3, "entry 'job': " + what, "EVENTS {", "  ok cmd=x period=1", "  job cmd=x " + arg, "}");
    }

    @Test
    void validCronFormsAndAtNormalisation() throws Exception {
        CyrusConf conf = load("EVENTS {",
                "  a cmd=x cron=\"0-59/5   0,12 1-31 * sun\"",
                "  b cmd=x cron=\"* * * DEC 0-7\"",
                "  c cmd=x at=0",
                "  d cmd=x at=2359",
                "  e cmd=x period=0",
                "}");
        assertThat(conf.events()).extracting(EventEntry::cron)
                .containsExactly("0-59/5 0,12 1-31 * sun", "* * * DEC 0-7", null, null, null);
        assertThat(conf.events()).extracting(EventEntry::at).containsExactly(null, null, "0000", "2359", null);
        assertThat(conf.events().get(4).periodMinutes()).isZero();
    }

    @Test
    void daemonWaitAndNumbersAreChecked() throws Exception {
        assertThat(load("DAEMON {", "  a cmd=x wait=yes", "  b cmd=y wait=0", "}").daemons())
                .extracting(DaemonEntry::waitFor).containsExactly(true, false);
        assertBad(2, "entry 'a': wait=later is not a yes/no value", "DAEMON {", "  a cmd=x wait=later", "}");
        assertBad(2, "entry 'a': maxfds=x is not a number", "DAEMON {", "  a cmd=x maxfds=x", "}");
    }

    @Test
    void missingFileNamesTheFile() {
        Path file = dir.resolve("nope.conf");
        assertThatThrownBy(() -> CyrusConf.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("cannot read configuration file " + file + ": no such file");
    }

    @Test
    void errorsCarryFileAndLine() {
        Path file = Fixtures.write(dir, "c.conf", "START {", "  bad-name cmd=x", "}");
        assertThatThrownBy(() -> CyrusConf.load(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void entryListsAreImmutable() throws Exception {
        CyrusConf conf = CyrusConf.load(Fixtures.resource("cyrus/normal.conf"));
        assertThatThrownBy(() -> conf.services().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> conf.start().get(0).cmd().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private CyrusConf load(String... lines) throws ConfigException {
        return CyrusConf.load(Fixtures.write(dir, "cyrus.conf", lines));
    }

    private void assertBad(int line, String what, String... lines) {
        Path file = Fixtures.write(dir, "cyrus.conf", lines);
        assertThatThrownBy(() -> CyrusConf.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":" + line + ": " + what);
    }
}
