package org.mailappliance.sasl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailappliance.sasl.Exchange.bytes;
import static org.mailappliance.sasl.Exchange.challenge;
import static org.mailappliance.sasl.Exchange.failure;
import static org.mailappliance.sasl.Exchange.success;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScramMechanismTest {
    private static final byte[] SECRET = bytes("0123456789abcdef-server-secret");
    private final MemoryCredentialStore store = new MemoryCredentialStore()
            .user("user", "pencil", Base64.getDecoder().decode("QSXCR+Q6sek8bf92"),
                    Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ=="))
            .admin("admin");

    private SaslServer start(String mechanism, String serverNonce) {
        Mechanisms m = new Mechanisms(Mechanisms.DEFAULT, store, SECRET, 4096, () -> serverNonce);
        return m.start(mechanism, Optional.empty()).orElseThrow();
    }

    @Test
    void rfc5802ExampleByteForByte() {
        SaslServer s = start("SCRAM-SHA-1", "3rfcNHYJY1ZVvWVs7j");
        assertThat(challenge(s.evaluate(bytes("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"))))
                .isEqualTo("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
        SaslStep.Success ok = success(s.evaluate(bytes(
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")));
        assertThat(new String(ok.serverFinal(), StandardCharsets.UTF_8)).isEqualTo("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
        assertThat(ok.authcid()).isEqualTo("user");
        assertThat(ok.authzid()).isEqualTo("user");
        assertThatThrownBy(() -> s.evaluate(new byte[0])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rfc7677ExampleByteForByte() {
        SaslServer s = start("SCRAM-SHA-256", "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
        assertThat(challenge(s.evaluate(null))).isEmpty();
        assertThat(challenge(s.evaluate(bytes("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"))))
                .isEqualTo("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        SaslStep.Success ok = success(s.evaluate(bytes("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")));
        assertThat(new String(ok.serverFinal(), StandardCharsets.UTF_8))
                .isEqualTo("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    @Test
    void wrongProofFails() {
        SaslServer s = start("SCRAM-SHA-1", "3rfcNHYJY1ZVvWVs7j");
        s.evaluate(bytes("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
        assertThat(failure(s.evaluate(bytes(
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=AAX8v3Bz2T0CJGbJQyF0X+HI4Ts="))))
                .isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void wrongNonceIsMalformed() {
        SaslServer s = start("SCRAM-SHA-1", "3rfcNHYJY1ZVvWVs7j");
        s.evaluate(bytes("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
        assertThat(failure(s.evaluate(bytes("c=biws,r=fyko+d2lbbFgONRv9qkxdawLXXX,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="))))
                .isEqualTo(SaslStep.Reason.MALFORMED);
    }

    @Test
    void channelBindingDataMustRepeatTheHeader() {
        SaslServer s = start("SCRAM-SHA-1", "3rfcNHYJY1ZVvWVs7j");
        s.evaluate(bytes("y,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
        assertThat(failure(s.evaluate(bytes(
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="))))
                .isEqualTo(SaslStep.Reason.MALFORMED);
    }

    @Test
    void malformedClientFirstMessages() {
        for (String bad : List.of("", "p=tls-unique,,n=user,r=abc", "x,,n=user,r=abc", "n,n=user,r=abc",
                "n,b=x,n=user,r=abc", "n,,m=ext,n=user,r=abc", "n,,r=abc,n=user", "n,,n=,r=abc", "n,,n=us=4er,r=abc",
                "n,,n=user,r=", "n,,n=user")) {
            SaslServer s = start("SCRAM-SHA-256", "x");
            assertThat(failure(s.evaluate(bytes(bad)))).as(bad).isEqualTo(SaslStep.Reason.MALFORMED);
        }
    }

    @Test
    void malformedClientFinalMessages() {
        for (String bad : List.of("", "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j", "c=biws,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=!!!",
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=AAAA")) {
            SaslServer s = start("SCRAM-SHA-1", "3rfcNHYJY1ZVvWVs7j");
            s.evaluate(bytes("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
            assertThat(failure(s.evaluate(bytes(bad)))).as(bad).isEqualTo(SaslStep.Reason.MALFORMED);
        }
    }

    @Test
    void unknownUserGetsAStableFakeSaltAndFailsAtTheProof() {
        String first = challenge(start("SCRAM-SHA-256", "N").evaluate(bytes("n,,n=nobody,r=abc")));
        String again = challenge(start("SCRAM-SHA-256", "N").evaluate(bytes("n,,n=nobody,r=abc")));
        String other = challenge(start("SCRAM-SHA-256", "N").evaluate(bytes("n,,n=somebody,r=abc")));
        assertThat(first).isEqualTo(again).startsWith("r=abcN,s=").endsWith(",i=4096");
        assertThat(other).isNotEqualTo(first);
        Mechanisms otherServer = new Mechanisms(Mechanisms.DEFAULT, store, bytes("another-secret-of-16+"), 4096,
                () -> "N");
        assertThat(challenge(otherServer.start("SCRAM-SHA-256", Optional.empty()).orElseThrow()
                .evaluate(bytes("n,,n=nobody,r=abc")))).isNotEqualTo(first);

        SaslServer s = start("SCRAM-SHA-256", "N");
        s.evaluate(bytes("n,,n=nobody,r=abc"));
        String proof = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(failure(s.evaluate(bytes("c=biws,r=abcN,p=" + proof))))
                .isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void authzidNeedsPermission() {
        store.user("admin", "adminpw", bytes("salt-admin-1"), bytes("salt-admin-256"));
        ScramClient admin = new ScramClient(ScramAlgorithm.SHA_256, "admin", "adminpw", "n,a=user,", "cnonce");
        SaslServer s = start("SCRAM-SHA-256", "snonce");
        String serverFirst = challenge(s.evaluate(bytes(admin.first())));
        SaslStep.Success ok = success(s.evaluate(bytes(admin.last(serverFirst))));
        assertThat(ok.authzid()).isEqualTo("user");
        assertThat(ok.authcid()).isEqualTo("admin");
        assertThat(new String(ok.serverFinal(), StandardCharsets.UTF_8)).isEqualTo(admin.expectedServerFinal());

        ScramClient user = new ScramClient(ScramAlgorithm.SHA_1, "user", "pencil", "n,a=admin,", "cnonce");
        SaslServer forbidden = start("SCRAM-SHA-1", "snonce");
        String first = challenge(forbidden.evaluate(bytes(user.first())));
        assertThat(failure(forbidden.evaluate(bytes(user.last(first)))))
                .isEqualTo(SaslStep.Reason.AUTHORIZATION_FAILED);
    }

    @Test
    void storeOutageIsUnavailable() {
        store.unavailable = true;
        assertThat(failure(start("SCRAM-SHA-1", "x").evaluate(bytes("n,,n=user,r=abc"))))
                .isEqualTo(SaslStep.Reason.UNAVAILABLE);
    }

    @Test
    void userNameIsSaslPrepped() {
        // U+00A0 NO-BREAK SPACE maps to SPACE; U+00AD SOFT HYPHEN maps to nothing
        assertThat(SaslPrep.prepare("us\u00ADer")).contains("user");
        assertThat(SaslPrep.prepare("a\u00A0b")).contains("a b");
        assertThat(SaslPrep.prepare("\u2168")).contains("IX");
        assertThat(SaslPrep.prepare("a\u0007b")).isEmpty();
        SaslServer s = start("SCRAM-SHA-1", "3rfcNHYJY1ZVvWVs7j");
        assertThat(challenge(s.evaluate(bytes("n,,n=us\u00ADer,r=fyko+d2lbbFgONRv9qkxdawL"))))
                .contains("s=QSXCR+Q6sek8bf92");
    }
}
