package org.mailappliance.mailstore.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class AccountsTest {
    private static final String PASSWORD = "correct horse battery staple";

    @StoreTest
    void verifiesTheRightPassword(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();
        accounts.setPassword("alice", PASSWORD.toCharArray());

        assertThat(accounts.verify("alice", PASSWORD.toCharArray())).isTrue();
    }

    @StoreTest
    void rejectsAWrongPasswordAndAnUnknownUser(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();
        accounts.setPassword("alice", PASSWORD.toCharArray());

        assertThat(accounts.verify("alice", "correct horse battery stapler".toCharArray())).isFalse();
        assertThat(accounts.verify("alice", "".toCharArray())).isFalse();
        assertThat(accounts.verify("Alice", PASSWORD.toCharArray())).isFalse();
        assertThat(accounts.verify("bob", PASSWORD.toCharArray())).isFalse();
        assertThat(accounts.verify("no such/user", PASSWORD.toCharArray())).isFalse();
    }

    @StoreTest
    void settingAgainReplacesThePassword(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();
        accounts.setPassword("alice", "first one".toCharArray());
        accounts.setPassword("alice", "second one".toCharArray());

        assertThat(accounts.verify("alice", "first one".toCharArray())).isFalse();
        assertThat(accounts.verify("alice", "second one".toCharArray())).isTrue();
        assertThat(accounts.list()).extracting(Account::login).containsExactly("alice");
    }

    @StoreTest
    void aDisabledAccountNeitherVerifiesNorHandsOutScramKeys(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();
        accounts.setPassword("alice", PASSWORD.toCharArray());

        assertThat(accounts.setDisabled("alice", true)).isTrue();
        assertThat(accounts.verify("alice", PASSWORD.toCharArray())).isFalse();
        assertThat(accounts.scramCredentials("alice", ScramMechanism.SHA_256)).isEmpty();
        accounts.setPassword("alice", PASSWORD.toCharArray());
        assertThat(accounts.find("alice").orElseThrow().disabled()).isTrue();

        accounts.setDisabled("alice", false);
        assertThat(accounts.verify("alice", PASSWORD.toCharArray())).isTrue();
        assertThat(accounts.setDisabled("nobody", true)).isFalse();
    }

    @StoreTest
    void existsAndDelete(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();
        accounts.setPassword("alice", PASSWORD.toCharArray());

        assertThat(accounts.exists("alice")).isTrue();
        assertThat(accounts.exists("bob")).isFalse();
        assertThat(accounts.delete("alice")).isTrue();
        assertThat(accounts.delete("alice")).isFalse();
        assertThat(accounts.exists("alice")).isFalse();
        assertThat(accounts.verify("alice", PASSWORD.toCharArray())).isFalse();
    }

    @StoreTest
    void refusesInvalidLoginNames(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();

        assertThatThrownBy(() -> accounts.setPassword("", PASSWORD.toCharArray())).isInstanceOf(InvalidUserNameException.class);
        assertThatThrownBy(() -> accounts.setPassword("al ice", PASSWORD.toCharArray())).isInstanceOf(InvalidUserNameException.class);
        assertThat(accounts.list()).isEmpty();
    }

    @StoreTest
    void refusesAnEmptyPassword(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();

        assertThatThrownBy(() -> accounts.setPassword("alice", new char[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.exists("alice")).isFalse();
    }

    @StoreTest
    void theStoredRowHoldsNoPlaintextAndNoUnsaltedHash(TestBackend backend) throws Exception {
        MailStore store = backend.openStore();
        store.accounts().setPassword("alice", PASSWORD.toCharArray());

        List<String> row = rawRow(store, "alice");
        byte[] passwordBytes = PASSWORD.getBytes(StandardCharsets.UTF_8);
        List<String> forbidden = new ArrayList<>(List.of(PASSWORD, Base64.getEncoder().encodeToString(passwordBytes),
                HexFormat.of().formatHex(passwordBytes)));
        for (String algorithm : List.of("SHA-1", "SHA-256", "SHA-512", "MD5")) {
            byte[] digest = java.security.MessageDigest.getInstance(algorithm).digest(passwordBytes);
            forbidden.add(Base64.getEncoder().encodeToString(digest));
            forbidden.add(HexFormat.of().formatHex(digest));
        }

        String joined = String.join("|", row);
        for (String f : forbidden) {
            assertThat(joined).doesNotContainIgnoringCase(f);
        }
    }

    @StoreTest
    void scramCredentialsFollowTheStoredSaltAndCount(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();
        accounts.setPassword("alice", "pencil".toCharArray());

        ScramCredentials sha256 = accounts.scramCredentials("alice", ScramMechanism.SHA_256).orElseThrow();
        ScramCredentials sha1 = accounts.scramCredentials("alice", ScramMechanism.SHA_1).orElseThrow();

        assertThat(sha256.iterations()).isEqualTo(accounts.iterations()).isGreaterThanOrEqualTo(4096);
        assertThat(sha256.salt()).hasSize(16).isNotEqualTo(sha1.salt());
        assertThat(sha256.storedKey()).hasSize(32);
        assertThat(sha1.storedKey()).hasSize(20);
        assertThat(Scram.derive(ScramMechanism.SHA_256, "pencil".toCharArray(), sha256.salt(), sha256.iterations()))
                .isEqualTo(sha256);
        assertThat(Scram.derive(ScramMechanism.SHA_1, "pencil".toCharArray(), sha1.salt(), sha1.iterations()))
                .isEqualTo(sha1);
        assertThat(accounts.scramCredentials("bob", ScramMechanism.SHA_1)).isEmpty();
    }

    @StoreTest
    void aFullScramExchangeWorksFromTheStoredKeys(TestBackend backend) {
        Accounts accounts = backend.openStore().accounts();
        accounts.setPassword("user", "pencil".toCharArray());
        ScramCredentials stored = accounts.scramCredentials("user", ScramMechanism.SHA_256).orElseThrow();
        byte[] authMessage = ("n=user,r=abc,r=abcdef,s=" + stored.saltBase64() + ",i=" + stored.iterations()
                + ",c=biws,r=abcdef").getBytes(StandardCharsets.UTF_8);

        // what a client does, knowing only the password and what the server announced
        byte[] salted = Scram.saltedPassword(ScramMechanism.SHA_256, "pencil".toCharArray(), stored.salt(), stored.iterations());
        byte[] clientKey = Scram.hmac(ScramMechanism.SHA_256, salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
        byte[] signature = Scram.hmac(ScramMechanism.SHA_256, Scram.hash(ScramMechanism.SHA_256, clientKey), authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ signature[i]);
        }
        byte[] expectedServerSignature = Scram.hmac(ScramMechanism.SHA_256,
                Scram.hmac(ScramMechanism.SHA_256, salted, "Server Key".getBytes(StandardCharsets.US_ASCII)), authMessage);

        assertThat(Scram.verifyClientProof(stored, authMessage, proof)).isTrue();
        assertThat(Scram.serverSignature(stored, authMessage)).isEqualTo(expectedServerSignature);
    }

    @StoreTest
    void passwordsSurviveReopeningTheStore(TestBackend backend) {
        try (MailStore first = MailStore.open(backend.storeSettings())) {
            first.accounts().setPassword("alice", PASSWORD.toCharArray());
        }
        Accounts reopened = backend.openStore().accounts();

        assertThat(reopened.verify("alice", PASSWORD.toCharArray())).isTrue();
    }

    private static List<String> rawRow(MailStore store, String login) {
        return store.database().withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM accounts WHERE login = ?")) {
                s.setString(1, login);
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    ResultSetMetaData meta = r.getMetaData();
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.add(String.valueOf(r.getString(i)));
                    }
                    return values;
                }
            }
        });
    }
}
