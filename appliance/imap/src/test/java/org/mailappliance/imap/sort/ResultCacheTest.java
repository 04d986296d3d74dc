package org.mailappliance.imap.sort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultCacheTest {

    @Test
    void answersOnlyForTheSameMailboxRequestAndUids() {
        ResultCache<String> cache = new ResultCache<>(4);
        cache.put("user.alice", 7, "SUBJECT", new long[] {1, 2, 3}, "order");
        assertThat(cache.get("user.alice", 7, "SUBJECT", new long[] {1, 2, 3})).isEqualTo("order");
        assertThat(cache.get("user.alice", 7, "SUBJECT", new long[] {1, 2, 3, 4})).as("a new message").isNull();
        assertThat(cache.get("user.alice", 7, "SUBJECT", new long[] {1, 3})).as("an expunge").isNull();
        assertThat(cache.get("user.alice", 8, "SUBJECT", new long[] {1, 2, 3})).as("a new UIDVALIDITY").isNull();
        assertThat(cache.get("user.bob", 7, "SUBJECT", new long[] {1, 2, 3})).as("another mailbox").isNull();
        assertThat(cache.get("user.alice", 7, "FROM", new long[] {1, 2, 3})).as("another request").isNull();
    }

    @Test
    void keepsTheMostRecentlyUsed() {
        ResultCache<Integer> cache = new ResultCache<>(2);
        long[] uids = {1};
        cache.put("a", 1, "r", uids, 1);
        cache.put("b", 1, "r", uids, 2);
        assertThat(cache.get("a", 1, "r", uids)).isEqualTo(1);
        cache.put("c", 1, "r", uids, 3);
        assertThat(cache.get("b", 1, "r", uids)).isNull();
        assertThat(cache.get("a", 1, "r", uids)).isEqualTo(1);
        assertThat(cache.get("c", 1, "r", uids)).isEqualTo(3);
    }
}
