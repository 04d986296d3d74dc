package org.mailappliance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole path in the container: Payara Micro with the RAR (post-boot) and mail.war; the RA opens the IMAP
 * listeners from cyrus.conf, the MDB runs the engine, LOGIN checks the accounts table migrated by Flyway.
 */
@ExtendWith(StartupProbe.class)
@ExtendWith(ArquillianExtension.class)
class ImapListenerIT {

    private static final int IMAP_PORT = 24143;

    @Deployment(testable = false)
    static WebArchive mailWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/mail.war"));
    }

    @Test
    void clientsConnectingDuringStartupAreNeverServedAHalfReadyStore() throws Exception {
        StartupProbe.awaitLogin(120_000);
        System.out.println("startup probe outcomes: " + StartupProbe.OUTCOMES.stream()
                .collect(java.util.stream.Collectors.groupingBy(o -> o, java.util.stream.Collectors.counting())));
        assertThat(StartupProbe.OUTCOMES).as("probe outcomes during boot").contains("login-ok")
                .allMatch(o -> o.equals("refused") || o.equals("unavailable") || o.equals("login-ok"));
    }

    @Test
    void loginIsRefusedBeforeTlsAndWorksAfterStartTls() throws Exception {
        try (ImapTestClient c = ImapTestClient.plain(IMAP_PORT)) {
            String greeting = c.readLine();
            assertThat(greeting).startsWith("* OK").contains("STARTTLS").contains("LOGINDISABLED");

            List<String> login = c.command("a1", "LOGIN admin admin");
            assertThat(login.get(login.size() - 1)).startsWith("a1 NO [PRIVACYREQUIRED]");

            assertThat(c.command("a2", "STARTTLS")).last().asString().startsWith("a2 OK");
            c.startTls();
            assertThat(c.tlsProtocol()).isIn("TLSv1.2", "TLSv1.3");

            List<String> caps = c.command("a3", "CAPABILITY");
            assertThat(caps.get(0)).startsWith("* CAPABILITY").doesNotContain("LOGINDISABLED").doesNotContain("STARTTLS");

            assertThat(c.command("a4", "LOGIN admin wrong")).last().asString().startsWith("a4 NO [AUTHENTICATIONFAILED]");
            assertThat(c.command("a5", "LOGIN admin admin")).last().asString().startsWith("a5 OK");
            assertThat(c.command("a6", "NOOP")).last().asString().startsWith("a6 OK");
            List<String> bye = c.command("a7", "LOGOUT");
            assertThat(bye.get(0)).startsWith("* BYE");
            assertThat(bye.get(bye.size() - 1)).startsWith("a7 OK");
        }
    }

    /** COMPRESS=DEFLATE through the adapter's pipeline: DEFLATE inside TLS, every response sync-flushed. */
    @Test
    void compressionStartsInsideTlsAfterTheTaggedOk() throws Exception {
        try (ImapTestClient c = ImapTestClient.implicitTls(StartupProbe.IMAPS_PORT)) {
            c.readLine();
            assertThat(c.command("c1", "LOGIN admin admin")).last().asString().startsWith("c1 OK")
                    .contains("COMPRESS=DEFLATE");
            assertThat(c.command("c2", "COMPRESS DEFLATE")).containsExactly("c2 OK DEFLATE active");
            c.startCompression();
            List<String> caps = c.command("c3", "CAPABILITY");
            assertThat(caps.get(0)).startsWith("* CAPABILITY").doesNotContain("COMPRESS=DEFLATE");
            assertThat(c.command("c4", "COMPRESS DEFLATE")).last().asString()
                    .startsWith("c4 BAD [COMPRESSIONACTIVE]");
            assertThat(c.command("c5", "LIST \"\" \"*\"")).last().asString().startsWith("c5 OK");
            List<String> bye = c.command("c6", "LOGOUT");
            assertThat(bye.get(0)).startsWith("* BYE");
            assertThat(bye.get(bye.size() - 1)).startsWith("c6 OK");
        }
    }

    @Test
    void implicitTlsListenerGreetsWithoutLoginDisabled() throws Exception {
        try (ImapTestClient c = ImapTestClient.implicitTls(StartupProbe.IMAPS_PORT)) {
            assertThat(c.readLine()).startsWith("* OK").doesNotContain("LOGINDISABLED");
            assertThat(c.command("b1", "FROB")).last().asString().startsWith("b1 BAD");
            assertThat(c.command("b2", "LOGIN \"admin\" {5+}\r\nadmin")).last().asString().startsWith("b2 OK");
            assertThat(c.command("b3", "LOGOUT")).last().asString().startsWith("b3 OK");
        }
    }
}
