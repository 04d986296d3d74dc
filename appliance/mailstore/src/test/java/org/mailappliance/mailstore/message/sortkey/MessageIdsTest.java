package org.mailappliance.mailstore.message.sortkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void findsIdsBetweenAngleBracketsAndSkipsTheRest() {
        assertThat(MessageIds.all("<a@x> (comment) <b@y>\t<c@z>")).containsExactly("<a@x>", "<b@y>", "<c@z>");
        assertThat(MessageIds.all("Your message of Monday <a@x>")).containsExactly("<a@x>");
        assertThat(MessageIds.all("<a @ x>")).containsExactly("<a@x>");
        assertThat(MessageIds.all("<> <<b@y> <broken")).containsExactly("<b@y>");
        assertThat(MessageIds.all(null)).isEmpty();
        assertThat(MessageIds.first("junk")).isNull();
        assertThat(MessageIds.first(" <A@X> ")).isEqualTo("<A@X>");
    }

    @Test
    void inReplyToStandsInOnlyWhenReferencesHasNoIds() {
        assertThat(MessageIds.chain("<a@x> <b@x>", "<c@x>")).containsExactly("<a@x>", "<b@x>");
        assertThat(MessageIds.chain("garbage", "<c@x>")).containsExactly("<c@x>");
        assertThat(MessageIds.chain(null, null)).isEmpty();
    }

    @Test
    void longChainsKeepTheFirstAndTheLastIds() {
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            chain.add("<message-" + i + "@example.org>");
        }
        String stored = MessageIds.join(chain);
        assertThat(stored.length()).isLessThanOrEqualTo(MessageIds.MAX_CHAIN);
        String[] ids = MessageIds.split(stored);
        assertThat(ids[0]).isEqualTo("<message-0@example.org>");
        assertThat(ids[ids.length - 1]).isEqualTo("<message-399@example.org>");
        assertThat(ids[ids.length - 2]).isEqualTo("<message-398@example.org>");
        assertThat(MessageIds.join(List.of("<a@x>", "<b@x>"))).isEqualTo("<a@x> <b@x>");
        assertThat(MessageIds.join(List.of())).isNull();
        assertThat(MessageIds.split(null)).isEmpty();
    }
}
