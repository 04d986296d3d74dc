package org.mailappliance.mailstore.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class CramSecretsTest {

    @StoreTest
    void secretsFollowTheirAccount(TestBackend backend) {
        MailStore store = backend.openStore();
        store.accounts().setPassword("alice", "pw".toCharArray());
        byte[] one = new byte[32];
        byte[] two = new byte[32];
        two[0] = 7;

        store.cramSecrets().set("alice", one);
        assertThat(store.cramSecrets().find("alice")).hasValueSatisfying(s -> assertThat(s).isEqualTo(one));
        store.cramSecrets().set("alice", two);
        assertThat(store.cramSecrets().find("alice")).hasValueSatisfying(s -> assertThat(s).isEqualTo(two));
        store.accounts().setDisabled("alice", true);
        assertThat(store.cramSecrets().find("alice")).as("a disabled account").isEmpty();
        store.accounts().setDisabled("alice", false);
        store.accounts().delete("alice");
        assertThat(store.cramSecrets().find("alice")).as("deleted with the account").isEmpty();
        assertThat(store.cramSecrets().find("nobody")).isEmpty();
    }
}
