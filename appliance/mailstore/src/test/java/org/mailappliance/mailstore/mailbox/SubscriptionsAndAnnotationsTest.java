package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class SubscriptionsAndAnnotationsTest {

    @StoreTest
    void subscriptionsAreKeptPerUserAndLogged(TestBackend backend) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults());
        Subscriptions subscriptions = s.store.subscriptions();

        assertThat(subscriptions.subscribe("bob", "user.fred.Shared Stuff")).isTrue();
        assertThat(subscriptions.subscribe("bob", "user.fred.Shared Stuff")).isFalse();
        assertThat(subscriptions.subscribe("bob", "archive")).isTrue();
        assertThat(subscriptions.subscribe("carol", "archive")).isTrue();

        assertThat(subscriptions.of("bob")).containsExactly("archive", "user.fred.Shared Stuff");
        assertThat(subscriptions.isSubscribed("carol", "archive")).isTrue();
        assertThat(subscriptions.unsubscribe("bob", "archive")).isTrue();
        assertThat(subscriptions.unsubscribe("bob", "archive")).isFalse();
        assertThat(subscriptions.of("bob")).containsExactly("user.fred.Shared Stuff");
        assertThat(s.lines()).containsExactly("SUB bob \"user.fred.Shared Stuff\"", "SUB bob archive",
                "SUB carol archive", "SUB bob archive");
    }

    @StoreTest
    void annotationsAreSharedPrivateOrServerWide(TestBackend backend) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults());
        s.mailboxes().createUser("fred");
        Annotations annotations = s.store.annotations();
        s.lines();

        annotations.set("user.fred", "/comment", Annotations.SHARED, "shared note");
        annotations.set("user.fred", "/comment", "fred", "my note");
        annotations.set(Annotations.SERVER, "/motd", Annotations.SHARED, "hello");
        annotations.set("user.fred", "/comment", "fred", "my new note");

        assertThat(annotations.get("user.fred", "/comment", "")).contains("shared note");
        assertThat(annotations.entries("user.fred", "fred")).isEqualTo(Map.of("/comment", "my new note"));
        assertThat(annotations.get("", "/motd", "")).contains("hello");
        annotations.set("user.fred", "/comment", "fred", null);
        annotations.set("user.fred", "/comment", "fred", null);
        assertThat(annotations.get("user.fred", "/comment", "fred")).isEmpty();
        assertThatThrownBy(() -> annotations.set("user.nobody", "/comment", "", "x"))
                .isInstanceOf(NoSuchMailboxException.class);
        assertThat(s.lines()).containsExactly("ANNOTATION user.fred", "ANNOTATION user.fred", "ANNOTATION \"\"",
                "ANNOTATION user.fred", "ANNOTATION user.fred");
    }
}
