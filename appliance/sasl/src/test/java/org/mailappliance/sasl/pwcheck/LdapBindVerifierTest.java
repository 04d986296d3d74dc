package org.mailappliance.sasl.pwcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.sasl.PasswordCheck;

/** Against a private instance of Debian's slapd (OpenLDAP), started for these tests on a free port. */
class LdapBindVerifierTest {
    @TempDir
    static Path dir;
    private static ExternalDaemon slapd;
    private static int port;

    @BeforeAll
    static void startSlapd() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(dir.resolve("db"));
        Path conf = dir.resolve("slapd.conf");
        Files.writeString(conf, """
                include /etc/ldap/schema/core.schema
                include /etc/ldap/schema/cosine.schema
                include /etc/ldap/schema/inetorgperson.schema
                modulepath /usr/lib/ldap
                moduleload back_mdb
                pidfile %1$s/slapd.pid
                database mdb
                suffix "dc=example,dc=org"
                rootdn "cn=admin,dc=example,dc=org"
                rootpw adminsecret
                directory %1$s/db
                access to attrs=userPassword by anonymous auth by self read by * none
                access to * by dn.exact="cn=search,dc=example,dc=org" read by anonymous read
                """.formatted(dir));
        Path ldif = dir.resolve("data.ldif");
        Files.writeString(ldif, """
                dn: dc=example,dc=org
                objectClass: dcObject
                objectClass: organization
                o: Example
                dc: example

                dn: ou=people,dc=example,dc=org
                objectClass: organizationalUnit
                ou: people

                dn: uid=alice,ou=people,dc=example,dc=org
                objectClass: inetOrgPerson
                uid: alice
                cn: Alice
                sn: Example
                userPassword: alice secret

                dn: uid=bob,ou=people,dc=example,dc=org
                objectClass: inetOrgPerson
                uid: bob
                cn: Bob
                sn: Example
                userPassword: bobpw

                dn: cn=search,dc=example,dc=org
                objectClass: person
                cn: search
                sn: search
                userPassword: searchpw
                """);
        ExternalDaemon.run(List.of("/usr/sbin/slapadd", "-f", conf.toString(), "-l", ldif.toString()), null);
        slapd = ExternalDaemon.start(List.of("/usr/sbin/slapd", "-f", conf.toString(), "-h",
                "ldap://127.0.0.1:" + port + "/", "-d", "0"), dir.resolve("slapd.log"), LdapBindVerifierTest::listening);
    }

    private static boolean listening() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stopSlapd() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    private static LdapBindVerifier verifier(Map<String, String> extra) throws Exception {
        Map<String, String> conf = new java.util.HashMap<>(Map.of("ldap_servers", "ldap://127.0.0.1:" + port + "/",
                "ldap_search_base", "ou=people,dc=example,dc=org", "ldap_filter", "(uid=%U)"));
        conf.putAll(extra);
        return new LdapBindVerifier(LdapSettings.from(ImapdConf.of(conf)));
    }

    @Test
    void searchThenBindAcceptsTheRightPasswordOnly() throws Exception {
        LdapBindVerifier v = verifier(Map.of());
        assertThat(v.verify("alice", "alice secret".toCharArray())).isEqualTo(PasswordCheck.OK);
        assertThat(v.verify("alice@example.org", "alice secret".toCharArray())).as("%U is the local part")
                .isEqualTo(PasswordCheck.OK);
        assertThat(v.verify("alice", "bobpw".toCharArray())).isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("nobody", "x".toCharArray())).isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("alice", new char[0])).as("no unauthenticated bind").isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("*", "alice secret".toCharArray())).as("a wildcard login is a literal '*'")
                .isEqualTo(PasswordCheck.BAD);
        assertThat(v.verify("*)(uid=*", "bobpw".toCharArray())).isEqualTo(PasswordCheck.BAD);
    }

    @Test
    void aServiceIdentitySearchesAndFastbindSkipsTheSearch() throws Exception {
        LdapBindVerifier withDn = verifier(Map.of("ldap_bind_dn", "cn=search,dc=example,dc=org",
                "ldap_password", "searchpw"));
        assertThat(withDn.verify("bob", "bobpw".toCharArray())).isEqualTo(PasswordCheck.OK);
        LdapBindVerifier wrongService = verifier(Map.of("ldap_bind_dn", "cn=search,dc=example,dc=org",
                "ldap_password", "wrong"));
        assertThat(wrongService.verify("bob", "bobpw".toCharArray())).as("the service account cannot search")
                .isEqualTo(PasswordCheck.UNAVAILABLE);
        LdapBindVerifier fast = verifier(Map.of("ldap_auth_method", "fastbind",
                "ldap_filter", "uid=%U,ou=people,dc=example,dc=org"));
        assertThat(fast.verify("bob", "bobpw".toCharArray())).isEqualTo(PasswordCheck.OK);
        assertThat(fast.verify("bob", "nope".toCharArray())).isEqualTo(PasswordCheck.BAD);
    }

    @Test
    void aDirectoryThatIsDownIsATemporaryFailure() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        LdapBindVerifier v = verifier(Map.of("ldap_servers", "ldap://127.0.0.1:" + closed + "/", "ldap_timeout", "2"));
        long start = System.nanoTime();
        assertThat(v.verify("alice", "alice secret".toCharArray())).isEqualTo(PasswordCheck.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
