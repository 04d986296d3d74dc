package org.mailappliance.imap.objectid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mailappliance.mailstore.message.MessageRecord;

class ObjectIdsTest {

    @Test
    void objectIdForm() {
        assertThat(ObjectIds.valid("M1d2709223788b6d25f055830")).isTrue();
        assertThat(ObjectIds.valid(UUID.randomUUID().toString())).isTrue();
        assertThat(ObjectIds.valid("a_b-C9")).isTrue();
        assertThat(ObjectIds.valid("x".repeat(255))).isTrue();
        assertThat(ObjectIds.valid("x".repeat(256))).isFalse();
        assertThat(ObjectIds.valid("")).isFalse();
        assertThat(ObjectIds.valid("M1.2")).isFalse();
        assertThat(ObjectIds.valid("a b")).isFalse();
        assertThat(ObjectIds.valid("é")).isFalse();
    }

    @Test
    void emailIdIsTheGuidPrefixAndAValidObjectId() {
        MessageRecord r = new MessageRecord("user.alice", 1, 1, Instant.EPOCH, null, 10, 5,
                "7e142b3588484bf5705c05d4aaaaaaaaaaaaaaaa", null, false, 0);
        assertThat(ObjectIds.emailId(r)).isEqualTo("M7e142b3588484bf5705c05d4");
        assertThat(ObjectIds.valid(ObjectIds.emailId(r))).isTrue();
        assertThat(ObjectIds.parenthesized("x")).isEqualTo("(x)");
    }
}
