package org.mailappliance.sasl.pwcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS side of {@code ldap_start_tls}: which server certificates to accept ({@code ldap_tls_check_peer},
 * {@code ldap_tls_cacert_file}) and whether the host name must match. Built once per verifier.
 */
final class LdapTls {
    private final SSLSocketFactory sockets;
    private final HostnameVerifier hostnames;

    private LdapTls(SSLSocketFactory sockets, HostnameVerifier hostnames) {
        this.sockets = sockets;
        this.hostnames = hostnames;
    }

    /**
     * @throws GeneralSecurityException when the CA file cannot be read as PEM certificates
     */
    static LdapTls from(LdapSettings settings) throws GeneralSecurityException, IOException {
        SSLContext context = SSLContext.getInstance("TLS");
        if (!settings.tlsCheckPeer()) {
            // saslauthd's default: encrypted, but the server is not verified
            context.init(null, new TrustManager[] {new AnyServer()}, null);
            return new LdapTls(context.getSocketFactory(), (host, session) -> true);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(settings.tlsCaCertFile().isEmpty() ? null : caFile(Path.of(settings.tlsCaCertFile())));
        context.init(null, trust.getTrustManagers(), null);
        // null: JNDI's own check of the host name against the certificate (RFC 2830 §3.6)
        return new LdapTls(context.getSocketFactory(), null);
    }

    private static KeyStore caFile(Path file) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(file)) {
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new GeneralSecurityException("no certificate in ldap_tls_cacert_file " + file);
            }
        }
        return store;
    }

    SSLSocketFactory sockets() {
        return sockets;
    }

    /** Null for the standard host name check. */
    HostnameVerifier hostnames() {
        return hostnames;
    }

    /** Accepts every server certificate: only for {@code ldap_tls_check_peer: no}. */
    private static final class AnyServer implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
