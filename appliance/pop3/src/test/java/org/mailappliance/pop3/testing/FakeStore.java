package org.mailappliance.pop3.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mailappliance.pop3.port.AuthResult;
import org.mailappliance.pop3.port.Maildrop;
import org.mailappliance.pop3.port.MaildropException;
import org.mailappliance.pop3.port.MaildropMessage;
import org.mailappliance.pop3.port.Maildrops;
import org.mailappliance.pop3.port.Pop3Authenticator;

/**
 * Both POP3 ports in memory, with message files in a temporary directory. Records every call as a line
 * ({@link #calls()}) so that tests can check what the engine asked for, and can be told to fail in each way the
 * engine must handle.
 */
public final class FakeStore implements Pop3Authenticator, Maildrops {
    private final Path dir;
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, TreeMap<Long, Path>> inboxes = new HashMap<>();
    private final Map<String, Long> uidValidity = new HashMap<>();
    private final Map<String, String> openFailure = new HashMap<>();
    private final Set<String> locked = new HashSet<>();
    private final Set<String> unreadable = new HashSet<>();
    private final List<String> calls = new ArrayList<>();
    private String authFailure;
    private boolean expungeFails;

    public FakeStore(Path dir) {
        this.dir = dir;
    }

    /** A user (login = canonical userid, lower-cased by the fake as a canon_user would) with an empty INBOX. */
    public void user(String userid, String password) {
        passwords.put(userid, password);
        inboxes.put(userid, new TreeMap<>());
        uidValidity.put(userid, 1700000000L);
    }

    public void uidValidity(String userid, long value) {
        uidValidity.put(userid, value);
    }

    /** A message file with exactly these octets. */
    public void message(String userid, long uid, byte[] octets) {
        Path file = dir.resolve(userid + "-" + uid + ".eml");
        try {
            Files.write(file, octets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inboxes.get(userid).put(uid, file);
    }

    /** The file of this message disappears (as after an IMAP expunge and cleanup). */
    public void unreadable(String userid, long uid) {
        unreadable.add(userid + "/" + uid);
    }

    /** The message's file becomes a directory: it opens but every read fails (a disk error in mid-message). */
    public void failsMidStream(String userid, long uid) {
        Path file = inboxes.get(userid).get(uid);
        try {
            Files.delete(file);
            Files.createDirectory(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How {@link #open} fails for this user: in-use, no-mailbox, login-delay, tempfail, throwing. */
    public void openFails(String userid, String how) {
        openFailure.put(userid, how);
    }

    /** How {@link #verify} fails: unavailable, throwing. */
    public void authFails(String how) {
        authFailure = how;
    }

    public void expungeFails() {
        expungeFails = true;
    }

    public List<String> calls() {
        return calls;
    }

    @Override
    public AuthResult verify(String login, String password, boolean secure, SocketAddress client) {
        calls.add("verify login=" + login + " password=" + password + " secure=" + secure);
        if ("throwing".equals(authFailure)) {
            throw new IllegalStateException("simulated authenticator bug");
        }
        if ("unavailable".equals(authFailure)) {
            return AuthResult.unavailable("database down");
        }
        String userid = login.toLowerCase(java.util.Locale.ROOT);
        return password.equals(passwords.get(userid)) ? AuthResult.success(userid) : AuthResult.failure();
    }

    @Override
    public Maildrop open(String userid) throws MaildropException {
        calls.add("open " + userid);
        String how = openFailure.getOrDefault(userid, "");
        switch (how) {
            case "in-use" -> throw new MaildropException.InUse();
            case "no-mailbox" -> throw new MaildropException.NoMailbox();
            case "login-delay" -> throw new MaildropException.LoginDelay();
            case "tempfail" -> throw new MaildropException("System I/O error");
            case "throwing" -> throw new IllegalStateException("simulated store bug");
            default -> {
            }
        }
        if (!locked.add(userid)) {
            throw new MaildropException.InUse();
        }
        long validity = uidValidity.get(userid);
        List<MaildropMessage> snapshot = new ArrayList<>();
        inboxes.get(userid).forEach((uid, file) -> snapshot.add(new MaildropMessage(uid, size(file), validity)));
        return new FakeMaildrop(userid, snapshot);
    }

    private static long size(Path file) {
        try {
            return Files.isDirectory(file) ? 0 : Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class FakeMaildrop implements Maildrop {
        private final String userid;
        private final List<MaildropMessage> snapshot;
        private boolean closed;

        FakeMaildrop(String userid, List<MaildropMessage> snapshot) {
            this.userid = userid;
            this.snapshot = List.copyOf(snapshot);
        }

        @Override
        public List<MaildropMessage> messages() {
            return snapshot;
        }

        @Override
        public Path file(long uid) throws IOException {
            calls.add("file " + userid + " " + uid);
            if (unreadable.contains(userid + "/" + uid)) {
                throw new NoSuchFileException(userid + "/" + uid);
            }
            return inboxes.get(userid).get(uid);
        }

        @Override
        public void expunge(Collection<Long> uids) throws MaildropException {
            calls.add("expunge " + userid + " " + uids);
            if (expungeFails) {
                throw new MaildropException("System I/O error");
            }
            uids.forEach(inboxes.get(userid)::remove);
        }

        @Override
        public void close() {
            if (closed) {
                throw new IllegalStateException("maildrop closed twice");
            }
            closed = true;
            calls.add("close " + userid);
            locked.remove(userid);
        }
    }

    /** Octets from transcript notation: "|" is CRLF, "~" a bare LF. */
    public static byte[] octets(String notation) {
        return notation.replace("|", "\r\n").replace("~", "\n").getBytes(StandardCharsets.UTF_8);
    }
}
