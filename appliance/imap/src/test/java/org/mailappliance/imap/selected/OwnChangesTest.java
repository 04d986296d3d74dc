package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.mailstore.message.FlagOperation;

/**
 * A flag change a session's own command makes (like FETCH's implicit \Seen) is that command's to answer: it is not
 * reported again as news before the tagged OK, while other sessions on the mailbox do hear of it.
 */
class OwnChangesTest {
    private StoreEngine server;

    @BeforeEach
    void setUp() throws Exception {
        // XSEEN: a test-only command that sets \Seen on UID 1 straight in the store and answers nothing itself
        server = new StoreEngine(registry -> registry.register(CommandDefinition.withoutArguments("XSEEN",
                CommandDefinition.SELECTED, (ctx, none) -> server.store.messages().store(
                        ctx.session().selected().internalName(), List.of(1L), FlagOperation.ADD, Set.of("\\Seen"),
                        OptionalLong.empty()))));
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void ownFlagChangesAreNotReportedBackOthersAre() {
        server.append();
        FakeConnection own = server.login();
        FakeConnection other = server.login();
        server.send(own, "a2 SELECT INBOX");
        server.send(other, "b2 SELECT INBOX");
        own.takeFlushed();
        other.takeFlushed();

        server.send(own, "a3 XSEEN");
        assertThat(own.takeFlushed()).isEqualTo("a3 OK XSEEN completed\r\n");
        server.send(other, "b3 NOOP");
        assertThat(other.takeFlushed()).isEqualTo("* 1 FETCH (FLAGS (\\Seen))\r\nb3 OK NOOP completed\r\n");
        // and the own session's later commands stay quiet about it too
        server.send(own, "a4 NOOP");
        assertThat(own.takeFlushed()).isEqualTo("a4 OK NOOP completed\r\n");
    }
}
