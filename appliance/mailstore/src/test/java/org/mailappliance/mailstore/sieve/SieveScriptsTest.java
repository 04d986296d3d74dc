package org.mailappliance.mailstore.sieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.sieve.SieveScripts.DeleteResult;
import org.mailappliance.mailstore.sieve.SieveScripts.Entry;
import org.mailappliance.mailstore.sieve.SieveScripts.PutResult;
import org.mailappliance.mailstore.sieve.SieveScripts.RenameResult;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class SieveScriptsTest {

    @StoreTest
    void putListGetReplaceAndTheScriptLimit(TestBackend backend) {
        SieveScripts scripts = backend.openStore().sieveScripts();
        assertThat(scripts.put("alice", "b", "keep;", 2)).isEqualTo(PutResult.CREATED);
        assertThat(scripts.put("alice", "a", "discard;", 2)).isEqualTo(PutResult.CREATED);
        assertThat(scripts.put("alice", "c", "stop;", 2)).isEqualTo(PutResult.TOO_MANY_SCRIPTS);
        assertThat(scripts.roomFor("alice", "c", 2)).isFalse();
        assertThat(scripts.roomFor("alice", "a", 2)).as("replacing needs no room").isTrue();
        assertThat(scripts.put("alice", "a", "stop;\r\n", 2)).isEqualTo(PutResult.REPLACED);
        assertThat(scripts.get("alice", "a")).contains("stop;\r\n");
        assertThat(scripts.get("alice", "c")).isEmpty();
        assertThat(scripts.get("bob", "a")).as("per user").isEmpty();
        assertThat(scripts.list("alice")).containsExactly(new Entry("a", false), new Entry("b", false));
        assertThat(scripts.list("bob")).isEmpty();
    }

    @StoreTest
    void oneActiveScriptWhichCannotBeDeleted(TestBackend backend) {
        MailStore store = backend.openStore();
        SieveScripts scripts = store.sieveScripts();
        scripts.put("alice", "a", "keep;", 5);
        scripts.put("alice", "b", "keep;", 5);
        scripts.put("bob", "a", "keep;", 5);
        assertThat(scripts.setActive("alice", "x")).isFalse();
        assertThat(scripts.setActive("alice", "a")).isTrue();
        assertThat(scripts.setActive("bob", "a")).isTrue();
        assertThat(scripts.setActive("alice", "b")).isTrue();
        assertThat(scripts.list("alice")).containsExactly(new Entry("a", false), new Entry("b", true));
        assertThat(scripts.active("bob")).contains(new Entry("a", true));
        assertThat(scripts.delete("alice", "b")).isEqualTo(DeleteResult.ACTIVE);
        assertThat(scripts.delete("alice", "x")).isEqualTo(DeleteResult.NONEXISTENT);
        assertThat(scripts.delete("alice", "a")).isEqualTo(DeleteResult.DELETED);
        assertThat(scripts.setActive("alice", null)).isTrue();
        assertThat(scripts.active("alice")).isEmpty();
        assertThat(scripts.delete("alice", "b")).isEqualTo(DeleteResult.DELETED);
        assertThat(scripts.list("alice")).isEmpty();
        assertThat(scripts.active("bob")).as("other users untouched").isPresent();
    }

    @StoreTest
    void renameKeepsContentAndActiveState(TestBackend backend) {
        SieveScripts scripts = backend.openStore().sieveScripts();
        scripts.put("alice", "a", "keep;", 5);
        scripts.put("alice", "b", "stop;", 5);
        scripts.setActive("alice", "a");
        assertThat(scripts.rename("alice", "a", "b")).isEqualTo(RenameResult.ALREADY_EXISTS);
        assertThat(scripts.rename("alice", "x", "y")).isEqualTo(RenameResult.NONEXISTENT);
        assertThat(scripts.rename("alice", "a", "Ä ünïcode")).isEqualTo(RenameResult.RENAMED);
        assertThat(scripts.list("alice")).containsExactly(new Entry("b", false), new Entry("Ä ünïcode", true));
        assertThat(scripts.get("alice", "Ä ünïcode")).contains("keep;");
        scripts.deleteAll("alice");
        assertThat(scripts.list("alice")).isEmpty();
    }
}
