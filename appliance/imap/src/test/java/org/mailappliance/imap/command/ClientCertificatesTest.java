package org.mailappliance.imap.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailappliance.imap.testing.FakeConnection;

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
        assertThat(ClientCertificates.identity(new FakeConnection("imaps", true))).isEmpty();
    }

    @Test
    void base64MustBePaddedAndClean() {
        assertThat(AuthenticateCommand.decode("")).get().satisfies(b -> assertThat(b).isEmpty());
        assertThat(AuthenticateCommand.decode("YWxpY2U=")).isPresent();
        assertThat(AuthenticateCommand.decode("YWxpY2U")).isEmpty();
        assertThat(AuthenticateCommand.decode("YWxp*2U=")).isEmpty();
    }
}
