package org.mailappliance.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.command.CoreCommands;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.session.SessionState;
import org.mailappliance.imap.session.SettingsSource;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.imap.testing.FakeAuthenticator;
import org.mailappliance.connector.api.testing.FakeConnection;

/** Commands and capabilities added on top of the core set, as the full IMAP server will do. */
class ExtensionTest {
    private final FakeAuthenticator accounts = new FakeAuthenticator().user("alice", "secret");
    private final CommandRegistry registry = CoreCommands.registry(accounts);
    private final FakeConnection connection = new FakeConnection("imap", true);

    private ImapEngine engine() {
        registry.register(new CommandDefinition<SequenceSet>("XSEQ", CommandDefinition.AUTHENTICATED, r -> {
            r.space("sequence set");
            return Arguments.sequenceSet(r, "sequence set");
        }, (ctx, set) -> {
            if (set.isSavedResult()) {
                throw CommandException.no(ResponseCode.CANNOT, "No saved search result");
            }
            ctx.out().untagged().atom("XSEQ").atom(set.toString()).end();
        }));
        registry.register(CommandDefinition.withoutArguments("XSELECTED", CommandDefinition.SELECTED,
                (ctx, none) -> ctx.ok("never reached")));
        registry.register(CommandDefinition.withoutArguments("XBUG", CommandDefinition.ANY_STATE, (ctx, none) -> {
            throw new IllegalStateException("bug");
        }));
        registry.advertise((session, caps) -> {
            if (session.state() != SessionState.NOT_AUTHENTICATED) {
                caps.add("XSEQ");
            }
        });
        SettingsSource settings = SettingsSource.cached(ImapdConf.of(Map.of("servername", "h")));
        return new ImapEngine(settings, registry);
    }

    private String send(ImapEngine engine, String... lines) {
        engine.received(connection, ClientFramer.frame(lines));
        return connection.takeFlushed();
    }

    @Test
    void addedCommandsFollowStateRulesAndCompleteByDefault() {
        ImapEngine engine = engine();
        engine.connected(connection);
        assertThat(connection.takeFlushed()).startsWith("* OK [CAPABILITY IMAP4rev1 IMAP4rev2 LITERAL+ ID] h ");
        assertThat(send(engine, "a1 XSEQ 1:*")).isEqualTo(
                "a1 BAD Please log in first (XSEQ needs an authenticated session)\r\n");
        assertThat(send(engine, "a2 LOGIN alice secret"))
                .isEqualTo("a2 OK [CAPABILITY IMAP4rev1 IMAP4rev2 LITERAL+ ID XSEQ] User logged in\r\n");
        assertThat(send(engine, "a3 xseq 1,4:*")).isEqualTo("* XSEQ 1,4:*\r\na3 OK XSEQ completed\r\n");
        assertThat(send(engine, "a4 XSEQ $")).isEqualTo("a4 NO [CANNOT] No saved search result\r\n");
        assertThat(send(engine, "a5 XSEQ 0")).isEqualTo("a5 BAD Sequence set must not be zero\r\n");
        assertThat(send(engine, "a6 XSELECTED")).isEqualTo(
                "a6 BAD No mailbox selected (XSELECTED needs SELECT or EXAMINE first)\r\n");
        assertThat(send(engine, "a7 XBUG")).isEqualTo(
                "a7 NO [SERVERBUG] Internal error; the command may not have completed\r\n");
        assertThat(send(engine, "a8 NOOP")).isEqualTo("a8 OK NOOP completed\r\n");
    }

    @Test
    void aCommandCannotBeRegisteredTwice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.register(
                CommandDefinition.withoutArguments("noop", CommandDefinition.ANY_STATE, (ctx, none) -> { })))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disconnectReleasesTheSessionAndLaterInputIsIgnored() {
        ImapEngine engine = engine();
        engine.connected(connection);
        connection.takeFlushed();
        assertThat(connection.attachment()).isNotNull();
        engine.disconnected(connection);
        assertThat(connection.attachment()).isNull();
        assertThat(send(engine, "a1 NOOP")).isEmpty();
    }
}
