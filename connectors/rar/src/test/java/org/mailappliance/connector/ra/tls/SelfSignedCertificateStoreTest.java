package org.mailappliance.connector.ra.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.ssl.SslContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

class SelfSignedCertificateStoreTest {

    @TempDir
    Path dir;

    @Test
    void generatesOnceWithAPrivateKeyAndReusesItAfterARestart() throws Exception {
        CertificateFiles first = SelfSignedCertificateStore.ensure(dir.resolve("tls"), "mail.example.org");
        assertThat(first.certificate()).isEqualTo(dir.resolve("tls/server.pem"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateKey())))
                .isEqualTo("rw-------");
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(first.certificate())) {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=mail.example.org");
        assertThat(cert.getSubjectAlternativeNames()).anySatisfy(san -> assertThat(san.get(1)).isEqualTo("mail.example.org"));
        assertThat(cert.getPublicKey().getAlgorithm()).isEqualTo("EC");
        cert.verify(cert.getPublicKey());
        byte[] pem = Files.readAllBytes(first.certificate());
        byte[] key = Files.readAllBytes(first.privateKey());

        CertificateFiles second = SelfSignedCertificateStore.ensure(dir.resolve("tls"), "mail.example.org");
        assertThat(Files.readAllBytes(second.certificate())).isEqualTo(pem);
        assertThat(Files.readAllBytes(second.privateKey())).isEqualTo(key);
    }

    @Test
    void serverContextFromConfigurationUsesTheGeneratedCertificateAndOurVersions() throws Exception {
        ImapdConf conf = ImapdConf.of(Map.of("configdirectory", dir.toString(), "servername", "imap.example.org"));
        SslContext context = ServerTlsContexts.forService(conf);
        assertThat(context.isServer()).isTrue();
        assertThat(dir.resolve("tls/server.pem")).exists();
        assertThat(context.newEngine(io.netty.buffer.ByteBufAllocator.DEFAULT).getEnabledProtocols())
                .containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
    }

    @Test
    void configuredCertificateIsUsedWithServicePrefixAndVersions() throws Exception {
        CertificateFiles files = SelfSignedCertificateStore.ensure(dir.resolve("elsewhere"), "x.example");
        ImapdConf conf = ImapdConf.of(Map.of("configdirectory", dir.resolve("cfg").toString(),
                "imaps_tls_server_cert", files.certificate().toString(),
                "imaps_tls_server_key", files.privateKey().toString(),
                "tls_versions", "tls1_3")).forService("imaps");
        SslContext context = ServerTlsContexts.forService(conf);
        assertThat(context.newEngine(io.netty.buffer.ByteBufAllocator.DEFAULT).getEnabledProtocols())
                .containsExactly("TLSv1.3");
        assertThat(dir.resolve("cfg/tls")).doesNotExist();
    }

    @Test
    void versionsAndCiphersInCyrusSyntax() {
        assertThat(TlsVersions.parse("tls1_2 tls1_3")).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(TlsVersions.parse(null)).containsExactly("TLSv1.3", "TLSv1.2");
        assertThatThrownBy(() -> TlsVersions.parse("ssl3")).hasMessageContaining("ssl3");
        List<String> ciphers = ServerTlsContexts.javaCipherNames("ECDHE-RSA-AES128-GCM-SHA256:HIGH:!aNULL "
                + "TLS_AES_128_GCM_SHA256");
        assertThat(ciphers).containsExactly("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256");
    }

    @Test
    void certWithoutKeyIsAConfigurationError() {
        ImapdConf conf = ImapdConf.of(Map.of("configdirectory", dir.toString(), "tls_server_cert", "/x.pem"));
        assertThatThrownBy(() -> ServerTlsContexts.forService(conf)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("tls_server_key");
    }
}
