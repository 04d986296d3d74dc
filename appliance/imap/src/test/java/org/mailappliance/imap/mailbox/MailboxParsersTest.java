package org.mailappliance.imap.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;

/** The decode step of the mailbox commands: the reader stands after the command name, as the dispatcher leaves it. */
class MailboxParsersTest {

    private static ImapReader reader(String... lines) {
        return new ImapReader(ClientFramer.frame(lines), ParseLimits.DEFAULT, false);
    }

    private static <A> A parseAll(ImapReader r, Parser<A> parser) throws ParseException {
        A a = parser.parse(r);
        r.end();
        return a;
    }

    private interface Parser<A> {
        A parse(ImapReader r) throws ParseException;
    }

    @Test
    void listBasicForm() throws Exception {
        ListCommand.Args a = parseAll(reader(" \"\" %"), ListCommand::parse);
        assertThat(a.wireReference()).isEmpty();
        assertThat(a.wirePatterns()).containsExactly("%");
        assertThat(a.select()).isEmpty();
        assertThat(a.returns()).isEmpty();
        assertThat(a.extended()).isFalse();
        assertThat(parseAll(reader(" Work/ \"*\""), ListCommand::parse).wirePatterns()).containsExactly("*");
        assertThat(parseAll(reader(" \"\" \"\""), ListCommand::parse).wirePatterns()).containsExactly("");
    }

    @Test
    void listExtendedForm() throws Exception {
        ListCommand.Args a = parseAll(reader(" (subscribed RecursiveMatch) \"\" (INBOX \"Sent*\") RETURN (CHILDREN "
                + "special-use)"), ListCommand::parse);
        assertThat(a.select()).containsExactly("SUBSCRIBED", "RECURSIVEMATCH");
        assertThat(a.wirePatterns()).containsExactly("INBOX", "Sent*");
        assertThat(a.returns()).containsExactly("CHILDREN", "SPECIAL-USE");
        assertThat(a.extended()).isTrue();
        assertThat(parseAll(reader(" () \"\" %"), ListCommand::parse).extended()).isTrue();
        assertThat(parseAll(reader(" \"\" % RETURN ()"), ListCommand::parse).returns()).isEmpty();
    }

    @Test
    void listErrors() {
        assertThatThrownBy(() -> parseAll(reader(""), ListCommand::parse)).hasMessage("Missing reference");
        assertThatThrownBy(() -> parseAll(reader(" \"\""), ListCommand::parse)).hasMessage("Missing mailbox pattern");
        assertThatThrownBy(() -> parseAll(reader(" (REMOTE RECURSIVEMATCH) \"\" %"), ListCommand::parse))
                .hasMessageContaining("RECURSIVEMATCH needs");
        assertThatThrownBy(() -> parseAll(reader(" (X) \"\" %"), ListCommand::parse))
                .hasMessage("Unsupported selection option X");
        assertThatThrownBy(() -> parseAll(reader(" \"\" % RETURN (X)"), ListCommand::parse))
                .hasMessage("Unsupported return option X");
        assertThatThrownBy(() -> parseAll(reader(" \"\" % RETURN"), ListCommand::parse))
                .hasMessage("Missing return options");
        assertThatThrownBy(() -> parseAll(reader(" \"\" (INBOX"), ListCommand::parse))
                .hasMessage("Missing ')' to close mailbox patterns");
        assertThatThrownBy(() -> parseAll(reader(" \"\" a(b"), ListCommand::parse))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void lsub() throws Exception {
        LsubCommand.Args a = parseAll(reader(" Lists/ %"), LsubCommand::parse);
        assertThat(a.wireReference()).isEqualTo("Lists/");
        assertThat(a.wirePattern()).isEqualTo("%");
        assertThatThrownBy(() -> parseAll(reader(" \"\" (INBOX)"), LsubCommand::parse))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void create() throws Exception {
        CreateCommand.Args plain = parseAll(reader(" Work"), CreateCommand::parse);
        assertThat(plain).isEqualTo(new CreateCommand.Args("Work", List.of(), null));
        CreateCommand.Args use = parseAll(reader(" \"My Sent\" (USE (\\Sent \\Archive))"), CreateCommand::parse);
        assertThat(use).isEqualTo(new CreateCommand.Args("My Sent", List.of("\\Sent", "\\Archive"), null));
        CreateCommand.Args both = parseAll(reader(" x (PARTITION p2 USE ())"), CreateCommand::parse);
        assertThat(both).isEqualTo(new CreateCommand.Args("x", List.of(), "p2"));
        assertThat(parseAll(reader(" x p2"), CreateCommand::parse).partition()).isEqualTo("p2");
        CreateCommand.Args literal = parseAll(reader(" {5}", "a \"b("), CreateCommand::parse);
        assertThat(literal.wireName()).isEqualTo("a \"b(");
    }

    @Test
    void createErrors() {
        assertThatThrownBy(() -> parseAll(reader(""), CreateCommand::parse)).hasMessage("Missing mailbox name");
        assertThatThrownBy(() -> parseAll(reader(" \"\""), CreateCommand::parse)).hasMessage("Mailbox name is empty");
        assertThatThrownBy(() -> parseAll(reader(" x (USE \\Sent)"), CreateCommand::parse))
                .hasMessageStartingWith("Invalid USE attributes");
        assertThatThrownBy(() -> parseAll(reader(" x (FOO)"), CreateCommand::parse))
                .hasMessage("Unknown CREATE parameter (expected USE or PARTITION)");
        assertThatThrownBy(() -> parseAll(reader(" x ("), CreateCommand::parse)).isInstanceOf(ParseException.class);
    }

    @Test
    void rename() throws Exception {
        assertThat(parseAll(reader(" a \"b c\""), RenameCommand::parse)).isEqualTo(new RenameCommand.Args("a", "b c"));
        assertThatThrownBy(() -> parseAll(reader(" a"), RenameCommand::parse)).hasMessage("Missing new mailbox name");
        assertThatThrownBy(() -> parseAll(reader(" a b c"), RenameCommand::parse))
                .hasMessage("Unexpected extra arguments");
    }

    @Test
    void status() throws Exception {
        StatusCommand.Args a = parseAll(reader(" INBOX (messages UIDNEXT Size messages)"), StatusCommand::parse);
        assertThat(a.wireName()).isEqualTo("INBOX");
        assertThat(a.items()).containsExactly("MESSAGES", "UIDNEXT", "SIZE");
        assertThat(StatusCommand.ITEMS).containsAll(Set.of("RECENT", "DELETED", "HIGHESTMODSEQ", "APPENDLIMIT"));
        assertThatThrownBy(() -> parseAll(reader(" INBOX ()"), StatusCommand::parse)).hasMessage("Missing status item");
        assertThatThrownBy(() -> parseAll(reader(" INBOX (FOO)"), StatusCommand::parse))
                .hasMessage("Unknown status item FOO");
        assertThatThrownBy(() -> parseAll(reader(" INBOX"), StatusCommand::parse)).hasMessage("Missing status items");
    }
}
