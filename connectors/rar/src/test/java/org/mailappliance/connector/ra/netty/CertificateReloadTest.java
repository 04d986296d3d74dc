package org.mailappliance.connector.ra.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.ra.tls.CertificateFiles;
import org.mailappliance.connector.ra.tls.SelfSignedCertificateStore;
import org.mailappliance.connector.ra.tls.ServerTlsContexts;

/** A renewed certificate is served to new connections without a restart; a broken renewal is not. */
class CertificateReloadTest {
    @TempDir
    Path dir;

    @Test
    void newConnectionsGetTheRenewedCertificate() throws Exception {
        CertificateFiles one = SelfSignedCertificateStore.ensure(dir.resolve("one"), "one.example");
        CertificateFiles two = SelfSignedCertificateStore.ensure(dir.resolve("two"), "two.example");
        Path cert = dir.resolve("live-cert.pem");
        Path key = dir.resolve("live-key.pem");
        install(one, cert, key, Instant.now().minusSeconds(60));
        try (Loopback loopback = new Loopback(dir)) {
            ServiceListener service = loopback.open(loopback.settings("imaps", true,
                    ServerTlsContexts.forService(ImapdConf.of(Map.of("configdirectory", dir.toString(),
                            "tls_server_cert", cert.toString(), "tls_server_key", key.toString())), Duration.ZERO)),
                    new EchoListener(), 4);
            assertThat(served(service)).contains("one.example");

            install(two, cert, key, Instant.now().minusSeconds(30));
            assertThat(served(service)).as("renewed in place").contains("two.example");

            Files.writeString(cert, "-----BEGIN CERTIFICATE-----\nnot a certificate\n");
            Files.setLastModifiedTime(cert, FileTime.from(Instant.now()));
            assertThat(served(service)).as("a broken renewal keeps the previous certificate").contains("two.example");
        }
    }

    private static void install(CertificateFiles from, Path cert, Path key, Instant mtime) throws Exception {
        Files.copy(from.certificate(), cert, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(from.privateKey(), key, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(cert, FileTime.from(mtime));
        Files.setLastModifiedTime(key, FileTime.from(mtime));
    }

    /** The subject of the certificate the server presents to a new connection. */
    private static String served(ServiceListener service) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
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
        }}, null);
        java.net.InetSocketAddress address = (java.net.InetSocketAddress) service.boundAddress();
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket(address.getAddress(),
                address.getPort())) {
            socket.startHandshake();
            return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
        }
    }
}
