package org.mailappliance.sasl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

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
        assertThat(ClientCertificates.identity(Optional.empty())).isEmpty();
    }
}
