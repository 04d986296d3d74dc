package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailappliance.connector.api.testing.FakeConnection;

/** APPEND input the transcripts cannot express (their lines always end in CRLF). */
class AppendStrictnessTest {
    private StoreEngine server;

    @BeforeEach
    void setUp() throws Exception {
        server = new StoreEngine();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void bareNewlineIsRefusedAsCyrusAndNothingIsStored() {
        FakeConnection c = server.login();
        server.sendRaw(c, "a2 APPEND INBOX {18}\r\nSubject: x\n\nbody\r\n\r\n");
        assertThat(c.takeFlushed()).isEqualTo("a2 NO Message contains bare newlines\r\n");
        assertThat(server.store.messages().records("user.alice", 1, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void nulIsRefused() {
        FakeConnection c = server.login();
        server.sendRaw(c, "a2 APPEND INBOX {20}\r\nSubject: x\r\n\r\nb\0dy\r\n\r\n");
        assertThat(c.takeFlushed()).isEqualTo("a2 NO Message contains NUL characters\r\n");
        assertThat(server.store.messages().records("user.alice", 1, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aLaterBadMessageTakesBackTheEarlierOnesOfAMultiappend() {
        FakeConnection c = server.login();
        server.sendRaw(c, "a2 APPEND INBOX {18}\r\nSubject: x\r\n\r\nbody {18}\r\nSubject: y\n\nbody\r\n\r\n");
        assertThat(c.takeFlushed()).isEqualTo("a2 NO Message contains bare newlines\r\n");
        assertThat(server.store.messages().records("user.alice", 1, Long.MAX_VALUE)).isEmpty();
        server.send(c, "a3 SELECT INBOX");
        assertThat(c.takeFlushed()).contains("* 0 EXISTS\r\n").contains("[UIDNEXT 2]");
    }
}
