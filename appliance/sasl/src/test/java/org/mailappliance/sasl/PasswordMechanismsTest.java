package org.mailappliance.sasl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailappliance.sasl.Exchange.bytes;
import static org.mailappliance.sasl.Exchange.challenge;
import static org.mailappliance.sasl.Exchange.failure;
import static org.mailappliance.sasl.Exchange.success;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordMechanismsTest {
    private final MemoryCredentialStore store = new MemoryCredentialStore()
            .user("alice", "secret", bytes("s1"), bytes("s2"))
            .user("bob", "hunter2", bytes("s1"), bytes("s2"))
            .admin("admin")
            .user("admin", "root", bytes("s1"), bytes("s2"));
    private final Mechanisms mechanisms = new Mechanisms(Mechanisms.DEFAULT, store,
            bytes("a-secret-of-sixteen-octets"), 4096, () -> "n");

    private SaslServer start(String name) {
        return mechanisms.start(name, Optional.empty()).orElseThrow();
    }

    @Test
    void plainWithoutAuthzid() {
        SaslStep.Success ok = success(start("PLAIN").evaluate(bytes("\0alice\0secret")));
        assertThat(ok.authzid()).isEqualTo("alice");
        assertThat(ok.authcid()).isEqualTo("alice");
        assertThat(ok.serverFinal()).isNull();
    }

    @Test
    void plainWithoutInitialResponseStartsWithAnEmptyChallenge() {
        SaslServer s = start("plain");
        assertThat(challenge(s.evaluate(null))).isEmpty();
        assertThat(success(s.evaluate(bytes("alice\0alice\0secret"))).authzid()).isEqualTo("alice");
    }

    @Test
    void plainWithAuthzidForAnAdmin() {
        SaslStep.Success ok = success(start("PLAIN").evaluate(bytes("alice\0admin\0root")));
        assertThat(ok.authzid()).isEqualTo("alice");
        assertThat(ok.authcid()).isEqualTo("admin");
    }

    @Test
    void plainWithForbiddenAuthzid() {
        assertThat(failure(start("PLAIN").evaluate(bytes("bob\0alice\0secret"))))
                .isEqualTo(SaslStep.Reason.AUTHORIZATION_FAILED);
    }

    @Test
    void plainWrongPasswordAndOutage() {
        assertThat(failure(start("PLAIN").evaluate(bytes("\0alice\0wrong"))))
                .isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
        store.unavailable = true;
        assertThat(failure(start("PLAIN").evaluate(bytes("\0alice\0secret")))).isEqualTo(SaslStep.Reason.UNAVAILABLE);
    }

    @Test
    void plainMalformed() {
        for (byte[] bad : List.of(bytes(""), bytes("alice"), bytes("\0alice"), bytes("\0\0secret"),
                bytes("\0alice\0"), bytes("\0alice\0sec\0ret"), new byte[] {0, 'a', 0, (byte) 0xC3})) {
            assertThat(failure(start("PLAIN").evaluate(bad))).isEqualTo(SaslStep.Reason.MALFORMED);
        }
        assertThat(store.verified).isEmpty();
    }

    @Test
    void loginAsksForUserNameThenPassword() {
        SaslServer s = start("LOGIN");
        assertThat(challenge(s.evaluate(null))).isEqualTo("Username:");
        assertThat(challenge(s.evaluate(bytes("alice")))).isEqualTo("Password:");
        SaslStep.Success ok = success(s.evaluate(bytes("secret")));
        assertThat(ok.authzid()).isEqualTo("alice");
    }

    @Test
    void loginWithInitialResponseAndWrongPassword() {
        SaslServer s = start("LOGIN");
        assertThat(challenge(s.evaluate(bytes("bob")))).isEqualTo("Password:");
        assertThat(failure(s.evaluate(bytes("secret")))).isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void loginMalformed() {
        SaslServer emptyUser = start("LOGIN");
        emptyUser.evaluate(null);
        assertThat(failure(emptyUser.evaluate(new byte[0]))).isEqualTo(SaslStep.Reason.MALFORMED);
        SaslServer emptyPassword = start("LOGIN");
        emptyPassword.evaluate(bytes("alice"));
        assertThat(failure(emptyPassword.evaluate(new byte[0]))).isEqualTo(SaslStep.Reason.MALFORMED);
        SaslServer badUtf8 = start("LOGIN");
        assertThat(failure(badUtf8.evaluate(new byte[] {(byte) 0xFF}))).isEqualTo(SaslStep.Reason.MALFORMED);
    }

    @Test
    void externalUsesTheCertificateIdentity() {
        SaslServer s = mechanisms.start("EXTERNAL", Optional.of("alice")).orElseThrow();
        assertThat(challenge(s.evaluate(null))).isEmpty();
        assertThat(success(s.evaluate(new byte[0])).authzid()).isEqualTo("alice");
        assertThat(success(mechanisms.start("EXTERNAL", Optional.of("admin")).orElseThrow()
                .evaluate(bytes("bob"))).authzid()).isEqualTo("bob");
        assertThat(failure(mechanisms.start("EXTERNAL", Optional.of("alice")).orElseThrow()
                .evaluate(bytes("bob")))).isEqualTo(SaslStep.Reason.AUTHORIZATION_FAILED);
        assertThat(failure(mechanisms.start("EXTERNAL", Optional.empty()).orElseThrow()
                .evaluate(new byte[0]))).isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
        assertThat(failure(mechanisms.start("EXTERNAL", Optional.of("alice")).orElseThrow()
                .evaluate(new byte[] {(byte) 0xFF}))).isEqualTo(SaslStep.Reason.MALFORMED);
    }
}
