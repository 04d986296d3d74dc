package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class SeenStatesTest {
    @StoreTest
    void eachUserKeepsItsOwnSeenSetPerMailbox(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String shared = f.user("alice");
        SeenStates seen = new SeenStates(f.store.database(), f.events);

        assertThat(seen.get("bob", shared)).isEmpty();
        seen.put("bob", shared, "1:5");
        seen.put("carol", shared, "2");
        seen.put("bob", shared, "1:7,9");

        assertThat(seen.get("bob", shared).orElseThrow().seenUids()).isEqualTo("1:7,9");
        assertThat(seen.get("carol", shared).orElseThrow().seenUids()).isEqualTo("2");
        assertThat(f.published).contains(new ChangeEvent.SeenChanged("bob", shared));
        assertThatThrownBy(() -> seen.put("bob", "user.nobody", "1")).isInstanceOf(NoSuchMailboxException.class);
    }
}
