package org.mailappliance.sasl;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * The user a verified TLS client certificate names, for SASL EXTERNAL: the CN of the subject, as Cyrus takes it.
 * The adapter only presents peer certificates that passed verification against {@code tls_client_ca_file}.
 * Shared by every protocol that offers EXTERNAL.
 */
public final class ClientCertificates {
    private ClientCertificates() {
    }

    /** The identity of the peer certificate of a TLS session, if there is a verified one. */
    public static Optional<String> identity(Optional<SSLSession> tlsSession) {
        return tlsSession.flatMap(tls -> {
            try {
                Certificate[] chain = tls.getPeerCertificates();
                if (chain.length == 0 || !(chain[0] instanceof X509Certificate x509)) {
                    return Optional.empty();
                }
                return commonName(x509.getSubjectX500Principal().getName());
            } catch (SSLPeerUnverifiedException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<String> commonName(String distinguishedName) {
        try {
            for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
