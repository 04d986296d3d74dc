package org.mailappliance.sasl.pwcheck;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A private instance of Debian's slapd (OpenLDAP) for tests, on a free port, with the people of the LDAP tests:
 * alice ("alice secret"), bob ("bobpw") under ou=people,dc=example,dc=org and a search identity cn=search
 * ("searchpw"). Its statistics log (connections, StartTLS, binds) is {@code slapd.log} in the directory.
 */
final class PrivateSlapd implements AutoCloseable {
    final int port;
    final Path log;
    private final ExternalDaemon daemon;

    private PrivateSlapd(int port, Path log, ExternalDaemon daemon) {
        this.port = port;
        this.log = log;
        this.daemon = daemon;
    }

    /** @param globalConfig slapd.conf lines before the database (TLS settings, security) */
    static PrivateSlapd start(Path dir, String globalConfig) throws Exception {
        int port;
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
                %2$s
                database mdb
                suffix "dc=example,dc=org"
                rootdn "cn=admin,dc=example,dc=org"
                rootpw adminsecret
                directory %1$s/db
                access to attrs=userPassword by anonymous auth by self read by * none
                access to * by dn.exact="cn=search,dc=example,dc=org" read by anonymous read
                """.formatted(dir, globalConfig));
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
        Path log = dir.resolve("slapd.log");
        int listen = port;
        ExternalDaemon daemon = ExternalDaemon.start(List.of("/usr/sbin/slapd", "-f", conf.toString(), "-h",
                "ldap://127.0.0.1:" + port + "/", "-d", "stats"), log, () -> listening(listen));
        return new PrivateSlapd(port, log, daemon);
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    long logSize() throws java.io.IOException {
        return Files.size(log);
    }

    /** What slapd logged after the log had {@code offset} bytes. */
    String logSince(long offset) throws java.io.IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), all.length - (int) Math.min(offset, all.length),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        daemon.close();
    }
}
