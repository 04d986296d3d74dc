package org.mailappliance.sieve.command;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.sieve.parse.Argument;
import org.mailappliance.sieve.parse.Command;
import org.mailappliance.sieve.parse.CommandSyntaxException;
import org.mailappliance.sieve.port.ScriptStore;
import org.mailappliance.sieve.response.Reply;
import org.mailappliance.sieve.script.ScriptNames;
import org.mailappliance.sieve.session.SieveSession;

/**
 * The script commands of an authenticated session (RFC 5804 §2.5–2.13): HAVESPACE, PUTSCRIPT, LISTSCRIPTS,
 * SETACTIVE, GETSCRIPT, DELETESCRIPT, RENAMESCRIPT, CHECKSCRIPT. Store failures propagate to the processor, which
 * answers {@code NO (TRYLATER)}.
 */
final class ScriptCommands {
    private final ScriptStore store;

    ScriptCommands(ScriptStore store) {
        this.store = store;
    }

    void haveSpace(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 2, 2);
        String name = Arguments.text(command, 0);
        long size = Arguments.number(command, 1);
        Connection c = session.connection();
        if (!validName(c, name)) {
            return;
        }
        if (size > session.settings().maxScriptSize()) {
            tooBig(session);
            return;
        }
        List<ScriptStore.Entry> scripts = store.list(session.userid());
        if (scripts.stream().noneMatch(e -> e.name().equals(name))
                && scripts.size() >= session.settings().maxScripts()) {
            tooMany(session);
            return;
        }
        Reply.ok(c);
    }

    void putScript(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 2, 2);
        String name = Arguments.text(command, 0);
        Argument.Str script = Arguments.string(command, 1);
        Connection c = session.connection();
        if (!validName(c, name) || !checked(session, script)) {
            return;
        }
        ScriptStore.PutResult result = store.put(session.userid(), name, script.value(),
                session.settings().maxScripts());
        if (result == ScriptStore.PutResult.TOO_MANY_SCRIPTS) {
            tooMany(session);
        } else {
            Reply.ok(c);
        }
    }

    void checkScript(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 1, 1);
        if (checked(session, Arguments.string(command, 0))) {
            Reply.ok(session.connection());
        }
    }

    void listScripts(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 0, 0);
        Connection c = session.connection();
        for (ScriptStore.Entry e : store.list(session.userid())) {
            Reply.line(c, Reply.string(e.name()) + (e.active() ? " ACTIVE" : ""));
        }
        Reply.ok(c);
    }

    void setActive(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 1, 1);
        String name = Arguments.text(command, 0);
        Connection c = session.connection();
        if (name.isEmpty()) {
            store.setActive(session.userid(), null);
            Reply.ok(c);
        } else if (validName(c, name)) {
            if (store.setActive(session.userid(), name)) {
                Reply.ok(c);
            } else {
                nonexistent(c, name);
            }
        }
    }

    void getScript(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 1, 1);
        String name = Arguments.text(command, 0);
        Connection c = session.connection();
        if (!validName(c, name)) {
            return;
        }
        Optional<String> script = store.get(session.userid(), name);
        if (script.isEmpty()) {
            nonexistent(c, name);
            return;
        }
        // always a literal: scripts hold line breaks, and clients expect {n} here
        byte[] octets = script.get().getBytes(StandardCharsets.UTF_8);
        c.write("{" + octets.length + "}\r\n");
        c.write(octets);
        c.write("\r\n");
        Reply.ok(c);
    }

    void deleteScript(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 1, 1);
        String name = Arguments.text(command, 0);
        Connection c = session.connection();
        if (!validName(c, name)) {
            return;
        }
        switch (store.delete(session.userid(), name)) {
            case DELETED -> Reply.ok(c);
            case NONEXISTENT -> nonexistent(c, name);
            case ACTIVE -> Reply.no(c, "ACTIVE", "You may not delete the active script");
        }
    }

    void renameScript(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 2, 2);
        String from = Arguments.text(command, 0);
        String to = Arguments.text(command, 1);
        Connection c = session.connection();
        if (!validName(c, from) || !validName(c, to)) {
            return;
        }
        switch (store.rename(session.userid(), from, to)) {
            case RENAMED -> Reply.ok(c);
            case NONEXISTENT -> nonexistent(c, from);
            case ALREADY_EXISTS -> Reply.no(c, "ALREADYEXISTS", "A script named " + quote(to) + " already exists");
        }
    }

    /** Size limit, then the parser; replies NO and returns false when the script is refused. */
    private static boolean checked(SieveSession session, Argument.Str script) {
        if (!script.loaded() || script.octets() > session.settings().maxScriptSize()) {
            tooBig(session);
            return false;
        }
        Optional<String> problem = session.validator().problem(script.value());
        if (problem.isPresent()) {
            Reply.no(session.connection(), problem.get());
            return false;
        }
        return true;
    }

    private static boolean validName(Connection c, String name) {
        Optional<String> problem = ScriptNames.problem(name);
        problem.ifPresent(p -> Reply.no(c, p));
        return problem.isEmpty();
    }

    private static void nonexistent(Connection c, String name) {
        Reply.no(c, "NONEXISTENT", "There is no script named " + quote(name));
    }

    private static void tooBig(SieveSession session) {
        Reply.no(session.connection(), "QUOTA/MAXSIZE",
                "Script is larger than " + session.settings().maxScriptSize() + " octets");
    }

    private static void tooMany(SieveSession session) {
        Reply.no(session.connection(), "QUOTA/MAXSCRIPTS",
                "You may have at most " + session.settings().maxScripts() + " scripts");
    }

    /** A name inside a human-readable text. */
    private static String quote(String name) {
        return "'" + name + "'";
    }
}
