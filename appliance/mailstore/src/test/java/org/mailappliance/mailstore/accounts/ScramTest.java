package org.mailappliance.mailstore.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The test vectors of RFC 7677 §3 (SCRAM-SHA-256) and RFC 5802 §5 (SCRAM-SHA-1): user "user", password "pencil". */
class ScramTest {
    private static final Base64.Decoder B64 = Base64.getDecoder();

    private static final String SHA256_CLIENT_FIRST_BARE = "n=user,r=rOprNGfwEbeRWgbNEkqO";
    private static final String SHA256_SERVER_FIRST =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private static final String SHA256_CLIENT_FINAL_WITHOUT_PROOF = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private static final String SHA256_PROOF = "dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private static final String SHA256_SERVER_SIGNATURE = "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    private static final String SHA1_CLIENT_FIRST_BARE = "n=user,r=fyko+d2lbbFgONRv9qkxdawL";
    private static final String SHA1_SERVER_FIRST = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    private static final String SHA1_CLIENT_FINAL_WITHOUT_PROOF = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j";
    private static final String SHA1_PROOF = "v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
    private static final String SHA1_SERVER_SIGNATURE = "rmF9pqV8S7suAoZWja4dJRkFsKQ=";

    @Test
    void sha256StoredKeysAcceptTheRfc7677ClientProofAndProduceItsServerSignature() {
        ScramCredentials stored = Scram.derive(ScramMechanism.SHA_256, "pencil".toCharArray(),
                B64.decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        byte[] authMessage = authMessage(SHA256_CLIENT_FIRST_BARE, SHA256_SERVER_FIRST, SHA256_CLIENT_FINAL_WITHOUT_PROOF);

        assertThat(Scram.verifyClientProof(stored, authMessage, B64.decode(SHA256_PROOF))).isTrue();
        assertThat(Base64.getEncoder().encodeToString(Scram.serverSignature(stored, authMessage)))
                .isEqualTo(SHA256_SERVER_SIGNATURE);
    }

    @Test
    void sha256ClientProofComputedFromThePasswordMatchesTheRfc() {
        byte[] salted = Scram.saltedPassword(ScramMechanism.SHA_256, "pencil".toCharArray(),
                B64.decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        byte[] clientKey = Scram.hmac(ScramMechanism.SHA_256, salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
        byte[] storedKey = Scram.hash(ScramMechanism.SHA_256, clientKey);
        byte[] signature = Scram.hmac(ScramMechanism.SHA_256, storedKey,
                authMessage(SHA256_CLIENT_FIRST_BARE, SHA256_SERVER_FIRST, SHA256_CLIENT_FINAL_WITHOUT_PROOF));

        assertThat(Base64.getEncoder().encodeToString(xor(clientKey, signature))).isEqualTo(SHA256_PROOF);
        assertThat(Scram.derive(ScramMechanism.SHA_256, "pencil".toCharArray(), B64.decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096)
                .storedKey()).isEqualTo(storedKey);
    }

    @Test
    void sha1StoredKeysAcceptTheRfc5802ClientProofAndProduceItsServerSignature() {
        ScramCredentials stored = Scram.derive(ScramMechanism.SHA_1, "pencil".toCharArray(),
                B64.decode("QSXCR+Q6sek8bf92"), 4096);
        byte[] authMessage = authMessage(SHA1_CLIENT_FIRST_BARE, SHA1_SERVER_FIRST, SHA1_CLIENT_FINAL_WITHOUT_PROOF);

        assertThat(Scram.verifyClientProof(stored, authMessage, B64.decode(SHA1_PROOF))).isTrue();
        assertThat(Base64.getEncoder().encodeToString(Scram.serverSignature(stored, authMessage)))
                .isEqualTo(SHA1_SERVER_SIGNATURE);
    }

    @Test
    void aWrongPasswordOrAlteredProofIsRejected() {
        byte[] salt = B64.decode("W22ZaJ0SNY7soEsUEjb6gQ==");
        byte[] authMessage = authMessage(SHA256_CLIENT_FIRST_BARE, SHA256_SERVER_FIRST, SHA256_CLIENT_FINAL_WITHOUT_PROOF);
        ScramCredentials wrong = Scram.derive(ScramMechanism.SHA_256, "pencil!".toCharArray(), salt, 4096);
        ScramCredentials right = Scram.derive(ScramMechanism.SHA_256, "pencil".toCharArray(), salt, 4096);
        byte[] altered = B64.decode(SHA256_PROOF);
        altered[5] ^= 1;

        assertThat(Scram.verifyClientProof(wrong, authMessage, B64.decode(SHA256_PROOF))).isFalse();
        assertThat(Scram.verifyClientProof(right, authMessage, altered)).isFalse();
        assertThat(Scram.verifyClientProof(right, authMessage, new byte[3])).isFalse();
    }

    @Test
    void saslPrepMakesEquivalentSpellingsDeriveTheSameKeys() {
        byte[] salt = new byte[16];
        ScramCredentials plain = Scram.derive(ScramMechanism.SHA_256, "I ix".toCharArray(), salt, 4096);

        // RFC 4013 §3 examples: soft hyphen maps to nothing, no-break space to space, the Roman numeral IX to "IX"
        assertThat(Scram.derive(ScramMechanism.SHA_256, "I\u00A0ix".toCharArray(), salt, 4096))
                .isEqualTo(plain);
        assertThat(Scram.derive(ScramMechanism.SHA_256, "I \u00ADix".toCharArray(), salt, 4096)).isEqualTo(plain);
        assertThat(SaslPrep.prepareStored("\u2168".toCharArray())).isEqualTo("IX");
        assertThat(SaslPrep.prepareStored("\u00AA".toCharArray())).isEqualTo("a");
    }

    @Test
    void saslPrepRejectsProhibitedCharacters() {
        assertThatThrownBy(() -> SaslPrep.prepareStored("a\u0007b".toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SaslPrep.prepareStored("a\uE000".toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SaslPrep.prepareStored("\u0627\u0031".toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SaslPrep.prepareStored("a\uD800".toCharArray())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyPasswordCannotBeDerived() {
        assertThatThrownBy(() -> Scram.derive(ScramMechanism.SHA_256, new char[0], new byte[16], 4096))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Scram.derive(ScramMechanism.SHA_256, "\u00AD".toCharArray(), new byte[16], 4096))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] authMessage(String clientFirstBare, String serverFirst, String clientFinalWithoutProof) {
        return (clientFirstBare + "," + serverFirst + "," + clientFinalWithoutProof).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
