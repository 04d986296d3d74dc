package org.mailappliance.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.pop3.testing.FakeConnection;

class ClientCertificatesTest {

    @Test
    void commonNameOfTheSubject() {
        assertThat(ClientCertificates.commonName("CN=alice,OU=Staff,O=Example")).contains("alice");
        assertThat(ClientCertificates.commonName("O=Example,CN=bob")).contains("bob");
        assertThat(ClientCertificates.commonName("O=Example")).isEmpty();
        assertThat(ClientCertificates.commonName("not a dn")).isEmpty();
    }

    @Test
    void noTlsSessionMeansNoIdentity() {
        FakeConnection c = new FakeConnection("pop3s", List.of("pop3d"), false, "192.0.2.10", true);
        assertThat(ClientCertificates.identity(c)).isEmpty();
    }
}
