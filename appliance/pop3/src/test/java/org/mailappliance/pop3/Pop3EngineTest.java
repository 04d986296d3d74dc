package org.mailappliance.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.pop3.testing.FakeStore;

/** Behaviour across connections, which one transcript cannot show. */
class Pop3EngineTest {

    @TempDir
    Path dir;

    private static void send(Pop3Engine engine, FakeConnection c, String line) {
        engine.received(c, Frame.line(line.getBytes(StandardCharsets.UTF_8)));
    }

    private static FakeConnection connect(Pop3Engine engine) {
        FakeConnection c = new FakeConnection("pop3", List.of("pop3d"), false, "192.0.2.10", true);
        engine.connected(c);
        c.takeFlushed();
        return c;
    }

    @Test
    void secondSessionOfTheSameMaildropGetsInUseUntilTheFirstQuits() {
        FakeStore store = new FakeStore(dir);
        store.user("alice", "secret");
        store.message("alice", 1, FakeStore.octets("A: b||c|"));
        Pop3Engine engine = new Pop3Engine(ImapdConf.of(Map.of("servername", "pop.example.org")), store, store);

        FakeConnection first = connect(engine);
        send(engine, first, "USER alice");
        send(engine, first, "PASS secret");
        assertThat(first.takeFlushed()).endsWith("+OK Mailbox locked and ready SESSIONID=<pop.example.org-7-1>\r\n");

        FakeConnection second = connect(engine);
        send(engine, second, "USER alice");
        send(engine, second, "PASS secret");
        assertThat(second.takeFlushed()).endsWith(
                "-ERR [IN-USE] Unable to lock maildrop: Mailbox is locked by POP server\r\n");

        send(engine, first, "QUIT");
        assertThat(first.takeFlushed()).isEqualTo("+OK\r\n");
        assertThat(first.open()).isFalse();

        send(engine, second, "USER alice");
        send(engine, second, "PASS secret");
        send(engine, second, "STAT");
        assertThat(second.takeFlushed()).endsWith("+OK Mailbox locked and ready SESSIONID=<pop.example.org-7-1>\r\n"
                + "+OK 1 11\r\n");
    }

    @Test
    void inputAfterQuitIsIgnored() {
        FakeStore store = new FakeStore(dir);
        Pop3Engine engine = new Pop3Engine(ImapdConf.of(Map.of("servername", "pop.example.org")), store, store);
        FakeConnection c = connect(engine);
        send(engine, c, "QUIT");
        assertThat(c.takeFlushed()).isEqualTo("+OK\r\n");
        send(engine, c, "NOOP");
        assertThat(c.takeFlushed()).isEmpty();
        engine.disconnected(c);
        assertThat(c.attachment()).isNull();
    }
}
