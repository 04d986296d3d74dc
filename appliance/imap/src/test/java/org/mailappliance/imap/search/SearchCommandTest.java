package org.mailappliance.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SEARCH answers that transcripts cannot reach yet: IMAP4rev2 (ESEARCH by default), OLDER/YOUNGER at a fixed now. */
class SearchCommandTest {
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private SearchHarness harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = new SearchHarness(NOW);
        byte[] msg = "From: a@example.org\r\nSubject: s\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        harness.append(msg, Set.of("\\Seen"), NOW.minusSeconds(7200));
        harness.append(msg, Set.of(), NOW.minusSeconds(600));
        harness.append(msg, Set.of("\\Seen"), NOW.minusSeconds(60));
        harness.login();
        harness.command("SELECT INBOX");
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    @Test
    void imap4rev2AnswersWithEsearch() {
        harness.session().enable("IMAP4rev2");
        assertThat(harness.command("UID SEARCH SEEN")).containsExactly("* ESEARCH (TAG \"t3\") UID ALL 1,3",
                "t3 OK UID SEARCH completed");
        assertThat(harness.command("SEARCH DELETED")).containsExactly("* ESEARCH (TAG \"t4\")",
                "t4 OK SEARCH completed");
        assertThat(harness.command("SEARCH RETURN (COUNT) ALL")).containsExactly("* ESEARCH (TAG \"t5\") COUNT 3",
                "t5 OK SEARCH completed");
    }

    @Test
    void withinCountsSecondsBackFromNow() {
        assertThat(SearchHarness.searchResult(harness.command("SEARCH YOUNGER 700"))).containsExactly(2, 3);
        assertThat(SearchHarness.searchResult(harness.command("SEARCH OLDER 600"))).containsExactly(1, 2);
        assertThat(SearchHarness.searchResult(harness.command("SEARCH OLDER 7201"))).isEmpty();
    }

    @Test
    void uidSearchAnswersUidsAndSearchSequenceNumbers() throws Exception {
        harness.store().messages().store(SearchHarness.INBOX, java.util.List.of(1L),
                org.mailappliance.mailstore.message.FlagOperation.ADD, Set.of("\\Deleted"),
                java.util.OptionalLong.empty());
        harness.store().messages().expunge(SearchHarness.INBOX, java.util.Optional.of(java.util.List.of(1L)));
        harness.command("SELECT INBOX");
        assertThat(SearchHarness.searchResult(harness.command("UID SEARCH ALL"))).containsExactly(2, 3);
        assertThat(SearchHarness.searchResult(harness.command("SEARCH ALL"))).containsExactly(1, 2);
        assertThat(SearchHarness.searchResult(harness.command("SEARCH UID 3"))).containsExactly(2);
        assertThat(SearchHarness.searchResult(harness.command("UID SEARCH 1"))).containsExactly(2);
    }
}
