package org.mailappliance.sasl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.sasl.testing.FakeCredentialStore;

class CramMd5MechanismTest {

    private static byte[] hmacMd5(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(key, "HmacMD5"));
        return mac.doFinal(message);
    }

    @Test
    void theStoredStatesGiveTheSameHmacAsTheJdk() throws Exception {
        Random random = new Random(42);
        for (int keyLength : new int[] {1, 5, 63, 64, 65, 200}) {
            for (int messageLength : new int[] {0, 1, 55, 56, 63, 64, 65, 119, 120, 1000}) {
                char[] password = new char[keyLength];
                for (int i = 0; i < keyLength; i++) {
                    password[i] = (char) ('!' + random.nextInt(90));
                }
                byte[] message = new byte[messageLength];
                random.nextBytes(message);
                byte[] key = new String(password).getBytes(StandardCharsets.UTF_8);
                assertThat(CramMd5Secret.hmac(CramMd5Secret.of(password), message))
                        .as("key %d, message %d", keyLength, messageLength).isEqualTo(hmacMd5(key, message));
            }
        }
        assertThat(CramMd5Secret.hmac(CramMd5Secret.of("s\u00e9cret".toCharArray()), "x".getBytes()))
                .isEqualTo(hmacMd5("s\u00e9cret".getBytes(StandardCharsets.UTF_8), "x".getBytes()));
    }

    @Test
    void rfc2195Example() {
        // RFC 2195 §2: tim / tanstaaftanstaaf answers <1896.697170952@postoffice.reston.mci.net>
        byte[] digest = CramMd5Secret.hmac(CramMd5Secret.of("tanstaaftanstaaf".toCharArray()),
                "<1896.697170952@postoffice.reston.mci.net>".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo("b913a602c7eda7a495b4e6e7334d3890");
    }

    @Test
    void anExchangeSucceedsOnlyWithTheRightDigest() throws Exception {
        FakeCredentialStore store = new FakeCredentialStore().user("tim", "tanstaaftanstaaf");
        Mechanisms m = Mechanisms.fromConfig(ImapdConf.of(Map.of("sasl_mech_list", "CRAM-MD5 PLAIN",
                "servername", "mail.example.org")), store, "sixteen-octets-or-more".getBytes(), () -> "n");
        assertThat(m.enabled()).containsExactly("CRAM-MD5", "PLAIN");
        assertThat(Mechanisms.sendsPlaintext("CRAM-MD5")).isFalse();

        for (String password : new String[] {"tanstaaftanstaaf", "wrong"}) {
            SaslServer server = m.start("CRAM-MD5", Optional.empty()).orElseThrow();
            SaslStep.Challenge challenge = (SaslStep.Challenge) server.evaluate(null);
            String text = new String(challenge.data(), StandardCharsets.US_ASCII);
            assertThat(text).startsWith("<").endsWith("@mail.example.org>");
            String digest = HexFormat.of().formatHex(hmacMd5(password.getBytes(StandardCharsets.UTF_8),
                    challenge.data()));
            SaslStep result = server.evaluate(("tim " + digest).getBytes(StandardCharsets.US_ASCII));
            if (password.equals("wrong")) {
                assertThat(result).isInstanceOf(SaslStep.Failure.class);
                assertThat(((SaslStep.Failure) result).reason()).isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
            } else {
                assertThat(result).isInstanceOf(SaslStep.Success.class);
                assertThat(((SaslStep.Success) result).authzid()).isEqualTo("tim");
            }
        }
        SaslServer unknown = m.start("CRAM-MD5", Optional.empty()).orElseThrow();
        unknown.evaluate(null);
        assertThat(unknown.evaluate("nobody 00112233445566778899aabbccddeeff".getBytes()))
                .isInstanceOf(SaslStep.Failure.class);
        SaslServer garbage = m.start("CRAM-MD5", Optional.empty()).orElseThrow();
        garbage.evaluate(null);
        assertThat(((SaslStep.Failure) garbage.evaluate("tim not-hex".getBytes())).reason())
                .isEqualTo(SaslStep.Reason.MALFORMED);
        assertThat(Mechanisms.fromConfig(ImapdConf.of(Map.of()), store).enabled()).doesNotContain("CRAM-MD5");
    }
}
