package org.mailappliance.connector.ra.tls;

import io.netty.handler.ssl.CipherSuiteConverter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * Builds a service's server TLS context from imapd.conf: {@code tls_server_cert} / {@code tls_server_key} (PEM, full
 * chain, RSA or EC, looked up with the service prefix), {@code tls_versions}, {@code tls_ciphers}. Without a
 * configured certificate, a self-signed one for {@code servername} is generated under
 * {@code <configdirectory>/tls/}.
 */
public final class ServerTlsContexts {

    private static final Logger LOG = Logger.getLogger(ServerTlsContexts.class.getName());

    private ServerTlsContexts() {
    }

    /** @param conf imapd.conf seen through the service's prefix */
    public static SslContext forService(ImapdConf conf) throws ConfigException, IOException {
        return forService(conf, ReloadingSslContext.DEFAULT_CHECK);
    }

    /** @param checkEvery how often new TLS sessions look for a renewed certificate */
    public static SslContext forService(ImapdConf conf, java.time.Duration checkEvery)
            throws ConfigException, IOException {
        CertificateFiles files = certificate(conf);
        List<String> protocols;
        try {
            protocols = TlsVersions.parse(conf.getString("tls_versions", null));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("tls_versions: " + e.getMessage());
        }
        SslContextBuilder builder = SslContextBuilder.forServer(files.certificate().toFile(), files.privateKey().toFile())
                .sslProvider(SslProvider.JDK)
                .protocols(protocols);
        List<String> ciphers = javaCipherNames(conf.getString("tls_ciphers", null));
        if (!ciphers.isEmpty()) {
            builder.ciphers(ciphers, SupportedCipherSuiteFilter.INSTANCE);
        }
        return new ReloadingSslContext(() -> build(builder, files), files, checkEvery);
    }

    private static SslContext build(SslContextBuilder template, CertificateFiles files) throws IOException {
        // the builder reads the PEM files on each build(): it also serves every reload
        SslContextBuilder builder = template.keyManager(files.certificate().toFile(), files.privateKey().toFile());
        try {
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IOException("cannot load TLS certificate " + files.certificate() + " / key " + files.privateKey()
                    + ": " + e.getMessage(), e);
        }
    }

    static CertificateFiles certificate(ImapdConf conf) throws ConfigException, IOException {
        String cert = firstOf(conf.getString("tls_server_cert", null));
        String key = firstOf(conf.getString("tls_server_key", null));
        if (cert != null || key != null) {
            if (cert == null || key == null) {
                throw new ConfigException("tls_server_cert and tls_server_key must be set together");
            }
            return new CertificateFiles(Path.of(cert), Path.of(key));
        }
        Path directory = conf.configDirectory().resolve("tls");
        return SelfSignedCertificateStore.ensure(directory, conf.getString("servername", hostname()));
    }

    /** Cyrus allows "rsa.pem,ec.pem" for two key types; only the first pair is used so far. */
    private static String firstOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length > 1) {
            LOG.warning(() -> "several certificates in '" + value + "': only the first one is used");
        }
        return parts[0].trim();
    }

    /**
     * {@code tls_ciphers} may hold JSSE names or OpenSSL names (Cyrus's syntax); OpenSSL cipher-list keywords
     * such as {@code HIGH} or {@code !aNULL} have no JSSE equivalent and are ignored with a warning.
     */
    static List<String> javaCipherNames(String configured) {
        List<String> names = new ArrayList<>();
        if (configured == null || configured.isBlank()) {
            return names;
        }
        List<String> ignored = new ArrayList<>();
        for (String word : configured.trim().split("[\\s:,]+")) {
            if (word.startsWith("TLS_") || word.startsWith("SSL_")) {
                names.add(word);
                continue;
            }
            String java = CipherSuiteConverter.toJava(word, "TLS");
            if (java != null) {
                names.add(java);
            } else {
                ignored.add(word);
            }
        }
        if (!ignored.isEmpty()) {
            LOG.warning(() -> "tls_ciphers: ignoring " + ignored + " (no JSSE cipher suite of that name)");
        }
        return names;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
