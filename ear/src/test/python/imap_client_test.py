#!/usr/bin/env python3
"""IMAP end to end against the packaged appliance with real clients: Python's imaplib for every core command and for
SORT/THREAD, IDLE pushes from LMTP and from another session, the conformance corpus through oracle.py (our answers
must equal Cyrus's or Dovecot's), and mbsync (isync) syncing a Maildir up to the server and back down with no loss.

    imap_client_test.py --repo <checkout> --jar <mail-appliance.jar> [--keep]

Exit status 0 means every check passed; each check prints one line.
"""
import imaplib
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

from harness import check, insecure, run_appliance_test
from lmtp_client import LmtpClient

HERE = os.path.dirname(os.path.abspath(__file__))
MESSAGE = (b"From: Carol <carol@example.org>\r\nTo: alice@example.org\r\nSubject: %s\r\n"
           b"Date: Mon, 05 Jan 2026 10:00:00 +0000\r\nMessage-ID: <%s@example.org>\r\n"
           b"Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
           b"first part about %s\r\n--b1\r\nContent-Type: text/html\r\n\r\n<p>second</p>\r\n--b1--\r\n")


def connect(app, user="alice", password="alicepw"):
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check(c.login(user, password)[0] == "OK", "%s logs in over IMAPS" % user)
    return c


def code(c, name):
    """The value of the response code NAME of the last tagged OK (imaplib files it under the code's name)."""
    data = c.untagged_responses.pop(name, None)
    return data[-1].decode() if data else None


def exercise_commands(app):
    c = connect(app)
    # imaplib keeps the pre-login list; ask again
    caps = set(c.capability()[1][0].decode().upper().split())
    for cap in ("IMAP4REV1", "IMAP4REV2", "IDLE", "UIDPLUS", "MOVE", "NAMESPACE", "UNSELECT", "CHILDREN",
                "SPECIAL-USE", "ENABLE"):
        check(cap in caps, "CAPABILITY after login has %s" % cap)
    # IMAP4rev2 is opt-in (ENABLE): imaplib, which knows only rev1, keeps speaking it
    check(c.PROTOCOL_VERSION == "IMAP4REV1", "imaplib chose %s" % c.PROTOCOL_VERSION)
    check(c.create("Work")[0] == "OK" and c.create("Work/2026")[0] == "OK", "CREATE Work and Work/2026")
    typ, data = c.list(pattern="Work*")
    listed = b"\n".join(data)
    check(typ == "OK" and b"\\HasChildren" in listed and b"Work/2026" in listed, "LIST shows the hierarchy: %r" % data)
    check(c.subscribe("Work")[0] == "OK", "SUBSCRIBE Work")
    check(b"Work" in b"".join(c.lsub(pattern="*")[1]), "LSUB lists Work")
    uids = []
    for i, subject in enumerate((b"alpha report", b"beta notes", b"gamma plan")):
        typ, data = c.append("Work", "(\\Draft)" if i == 0 else None,
                             imaplib.Time2Internaldate(time.time()), MESSAGE % (subject, subject, subject))
        m = re.search(rb"APPENDUID (\d+) (\d+)", data[0] or b"")
        check(typ == "OK" and m, "APPEND %s answers APPENDUID: %r" % (subject.decode(), data))
        uids.append(int(m.group(2)))
    typ, data = c.select("Work")
    check(typ == "OK" and data[0] == b"3", "SELECT Work: 3 messages")
    typ, data = c.fetch("1:*", "(FLAGS BODYSTRUCTURE)")
    check(typ == "OK" and len([d for d in data if isinstance(d, bytes) and b"BODYSTRUCTURE" in d]) == 3
          and b"\\Draft" in data[0] and b"\"MIXED\"" in data[0].upper(), "FETCH FLAGS BODYSTRUCTURE: %r" % data[0])
    typ, data = c.fetch("2", "(BODY.PEEK[1] BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    text = b"".join(d[1] for d in data if isinstance(d, tuple))
    check(b"first part about beta notes" in text and b"Subject: beta notes" in text, "FETCH BODY[1] and HEADER.FIELDS")
    typ, data = c.fetch("3", "(BODY[2])")
    check(typ == "OK" and data[0][1] == b"<p>second</p>", "FETCH BODY[2] of a multipart")
    typ, data = c.fetch("3", "(FLAGS)")
    check(b"\\Seen" in data[0], "a non-PEEK body fetch set \\Seen")
    check(c.search(None, "SUBJECT", "beta")[1] == [b"2"], "SEARCH SUBJECT beta")
    check(c.search(None, "UNSEEN")[1] == [b"1 2"], "SEARCH UNSEEN")
    check(c.search(None, "TEXT", "\"gamma plan\"")[1] == [b"3"], "SEARCH TEXT in a body part")
    check(c.uid("SEARCH", "FROM", "carol")[1] == [(" ".join(str(u) for u in uids)).encode()], "UID SEARCH FROM")
    check(c.store("1", "+FLAGS", "(\\Flagged)")[0] == "OK", "STORE +FLAGS")
    check(b"\\Flagged" in c.fetch("1", "(FLAGS)")[1][0], "the flag is stored")
    typ, data = c.copy("1:2", "INBOX")
    check(typ == "OK" and re.search(rb"COPYUID \d+ \d+:\d+ \d+:\d+", data[-1] or b""), "COPY answers COPYUID: %r" % data)
    check(c.create("Archive")[0] == "OK", "CREATE Archive")
    typ, data = c.uid("MOVE", str(uids[2]), "Archive")
    check(typ == "OK", "UID MOVE to Archive: %r" % data)
    check(c.select("Work")[1][0] == b"2", "MOVE removed the message from Work")
    check(c.store("1", "+FLAGS", "(\\Deleted)")[0] == "OK" and c.expunge()[0] == "OK", "STORE \\Deleted + EXPUNGE")
    check(c.select("Work")[1][0] == b"1", "EXPUNGE removed it")
    typ, data = c.status("Archive", "(MESSAGES UIDNEXT UNSEEN)")
    check(typ == "OK" and b"MESSAGES 1" in data[0], "STATUS Archive: %r" % data)
    c.close()
    check(c.rename("Work", "Projects")[0] == "OK", "RENAME Work -> Projects (with its child)")
    check(b"Projects/2026" in b"".join(c.list(pattern="*")[1]), "the child moved with it")
    check(c.delete("Projects/2026")[0] == "OK", "DELETE Projects/2026")
    typ, data = c.select("NoSuchFolder")
    check(typ == "NO" and b"NONEXISTENT" in data[0] if data else False, "SELECT of a missing folder: NO [NONEXISTENT]")
    c.logout()


def exercise_sort_thread(app):
    """SORT, THREAD and their UID forms through imaplib's sort() and thread(), ESORT by hand."""
    c = connect(app)
    caps = set(c.capability()[1][0].decode().upper().split())
    for cap in ("SORT", "SORT=DISPLAY", "ESORT", "THREAD=ORDEREDSUBJECT", "THREAD=REFERENCES"):
        check(cap in caps, "CAPABILITY after login has %s" % cap)
    check(c.create("Threads")[0] == "OK", "CREATE Threads")
    messages = [  # (from, subject, minute, message id, references)
        (b"Dana <dana@example.org>", b"Trip plans", 0, b"t1", b""),
        (b"bob@example.org", b"Re: Trip plans", 5, b"t2", b"<t1@example.org>"),
        (b"Alice <alice@example.org>", b"Budget", -60, b"t3", b""),
        (b"carl@example.org", b"Re: Re: trip plans", 10, b"t4", b"<t1@example.org> <t2@example.org>"),
    ]
    uids = []
    arrival = time.time() - 600
    for sender, subject, minute, mid, refs in messages:
        arrival += 60  # distinct INTERNALDATEs, so ARRIVAL is not decided by the sequence-number tie-break
        text = (b"From: %s\r\nTo: alice@example.org\r\nSubject: %s\r\nDate: Mon, 05 Jan 2026 %02d:%02d:00 +0000\r\n"
                b"Message-ID: <%s@example.org>\r\n%s\r\nbody\r\n"
                % (sender, subject, 10 + minute // 60, minute % 60, mid,
                   b"References: " + refs + b"\r\n" if refs else b""))
        typ, data = c.append("Threads", None, imaplib.Time2Internaldate(arrival), text)
        uids.append(re.search(rb"APPENDUID \d+ (\d+)", data[0]).group(1).decode())
    check(c.select("Threads")[0] == "OK", "SELECT Threads")
    check(c.sort("(SUBJECT)", "UTF-8", "ALL") == ("OK", [b"3 1 2 4"]), "SORT (SUBJECT): base subjects, ties by number")
    check(c.sort("(REVERSE DATE)", "UTF-8", "ALL") == ("OK", [b"4 2 1 3"]), "SORT (REVERSE DATE)")
    check(c.sort("(FROM)", "US-ASCII", "ALL") == ("OK", [b"3 2 4 1"]), "SORT (FROM) by addr-mailbox")
    check(c.sort("(DISPLAYFROM)", "UTF-8", "ALL") == ("OK", [b"3 2 4 1"]), "SORT (DISPLAYFROM) by display name")
    check(c.sort("(SUBJECT)", "UTF-8", "SUBJECT", "trip") == ("OK", [b"1 2 4"]), "SORT with search criteria")
    typ, data = c.uid("SORT", "(REVERSE ARRIVAL)", "UTF-8", "ALL")
    check(typ == "OK" and data == [" ".join(reversed(uids)).encode()], "UID SORT (REVERSE ARRIVAL): %r" % data)
    check(c.thread("REFERENCES", "UTF-8", "ALL") == ("OK", [b"(3)(1 2 4)"]), "THREAD REFERENCES")
    check(c.thread("ORDEREDSUBJECT", "UTF-8", "ALL") == ("OK", [b"(3)(1 (2)(4))"]), "THREAD ORDEREDSUBJECT")
    typ, data = c.uid("THREAD", "REFERENCES", "UTF-8", "ALL")
    check(typ == "OK" and data == [("(%s)(%s %s %s)" % (uids[2], uids[0], uids[1], uids[3])).encode()],
          "UID THREAD REFERENCES: %r" % data)
    typ, data = c._simple_command("SORT", "RETURN", "(MIN MAX COUNT)", "(DATE)", "UTF-8", "ALL")
    data = c._untagged_response(typ, data, "ESEARCH")[1]
    check(typ == "OK" and data and data[0].endswith(b"MIN 1 MAX 4 COUNT 4"), "ESORT RETURN (MIN MAX COUNT): %r" % data)
    try:
        c.sort("(BOGUS)", "UTF-8", "ALL")
        check(False, "SORT with an unknown key must fail")
    except imaplib.IMAP4.error as e:
        check("Unknown sort criterion BOGUS" in str(e), "SORT (BOGUS) is BAD: %s" % e)
    typ, data = c.sort("(DATE)", "KOI8-R", "ALL")
    check(typ == "NO" and b"BADCHARSET" in data[0], "SORT with KOI8-R: NO [BADCHARSET]: %r" % data)
    c.logout()


class Idler:
    """IDLE by hand (imaplib of Python 3.11 has no idle())."""

    def __init__(self, c):
        self.c = c
        self.tag = c._new_tag()
        c.send(self.tag + b" IDLE\r\n")
        line = c.readline()
        check(line.startswith(b"+"), "IDLE answers a continuation: %r" % line)

    def wait_line(self, seconds):
        sock = self.c.sock
        ready, _, _ = select.select([sock], [], [], seconds)
        if not ready and not sock.pending():
            return None
        return self.c.readline()

    def done(self):
        self.c.send(b"DONE\r\n")
        while True:
            line = self.c.readline()
            if line.startswith(self.tag):
                return line


def exercise_idle(app):
    watcher = connect(app)
    watcher.select("INBOX")
    idle = Idler(watcher)
    lmtp = LmtpClient.tcp(app.lmtp)
    lmtp.command("LHLO mta.test")
    lmtp.command("MAIL FROM:<carol@example.org>")
    lmtp.command("RCPT TO:<alice@example.org>")
    lmtp.command("DATA")
    sent = time.monotonic()
    replies = lmtp.data(b"Subject: pushed\r\n\r\nnew mail\r\n", 1)
    check(replies[0].startswith("250"), "LMTP delivered to alice while she idles")
    line = idle.wait_line(1.0 - (time.monotonic() - sent))
    elapsed = time.monotonic() - sent
    check(line is not None and re.match(rb"\* \d+ EXISTS", line), "IDLE pushed %r within 1 s (%.0f ms)"
          % (line, elapsed * 1000))
    while line is not None:  # the RECENT that may follow EXISTS
        line = idle.wait_line(0.3)
    other = connect(app)
    other.select("INBOX")
    other.store("1", "+FLAGS", "(\\Answered)")
    line = idle.wait_line(1.0)
    while line is not None and b"FETCH" not in line:
        line = idle.wait_line(1.0)
    check(line is not None and b"\\Answered" in line, "IDLE pushed the other session's flag change: %r" % line)
    check(b"OK" in idle.done(), "DONE ends IDLE with OK")
    other.logout()
    watcher.logout()
    lmtp.command("QUIT")


def exercise_qresync(app):
    """CONDSTORE and QRESYNC as a client uses them: note HIGHESTMODSEQ, let another client expunge and flag,
    reconnect with ENABLE QRESYNC and SELECT (QRESYNC (...)) and get exactly what changed."""
    c = connect(app)
    caps = set(c.capability()[1][0].decode().upper().split())
    check("CONDSTORE" in caps and "QRESYNC" in caps, "CAPABILITY after login has CONDSTORE and QRESYNC")
    check(c.create("Sync")[0] == "OK", "CREATE Sync")
    for subject in (b"one", b"two", b"three", b"four"):
        c.append("Sync", None, None, MESSAGE % (subject, b"sync-" + subject, subject))
    typ, data = c._simple_command("SELECT", "Sync", "(CONDSTORE)")
    uidvalidity, modseq = code(c, "UIDVALIDITY"), code(c, "HIGHESTMODSEQ")
    check(typ == "OK" and uidvalidity and modseq, "SELECT (CONDSTORE) reports HIGHESTMODSEQ %s" % modseq)
    c.logout()
    other = connect(app)
    other.select("Sync")
    check(other.uid("STORE", "2", "+FLAGS.SILENT", "(\\Deleted)")[0] == "OK" and other.expunge()[0] == "OK",
          "another client expunges UID 2")
    check(other.uid("STORE", "3", "+FLAGS", "(\\Flagged)")[0] == "OK", "and flags UID 3")
    other.logout()
    c = connect(app)
    typ, data = c._simple_command("ENABLE", "QRESYNC")
    check(typ == "OK" and b"QRESYNC" in b" ".join(c.untagged_responses.pop("ENABLED", [b""])), "ENABLE QRESYNC")
    typ, data = c._simple_command("SELECT", "Sync", "(QRESYNC (%s %s 1:4))" % (uidvalidity, modseq))
    vanished = c.untagged_responses.pop("VANISHED", [])
    fetched = c.untagged_responses.pop("FETCH", [])
    check(typ == "OK" and vanished == [b"(EARLIER) 2"], "SELECT (QRESYNC ...): VANISHED (EARLIER) 2: %r" % vanished)
    check(len(fetched) == 1 and re.match(rb"2 \(FLAGS \(\\Flagged\) UID 3 MODSEQ \(\d+\)\)$", fetched[0]),
          "SELECT (QRESYNC ...): the flag change of UID 3 and nothing else: %r" % fetched)
    c.logout()


def exercise_conformance(app):
    sys.path.insert(0, HERE)
    import oracle
    corpus = os.path.join(app.repo, "appliance", "imap", "src", "test", "resources", "conformance")
    c = connect(app, "bob", "bobpw")
    actual = oracle.oracle("127.0.0.1", app.imaps, "bob", "bobpw", os.path.join(corpus, "messages"),
                           "Conformance", create=True, conn=c)
    expected = json.load(open(os.path.join(corpus, "expected.json"), encoding="utf-8"))
    agreed = matched = either = total = 0
    failures = []
    for kind, key, item, ok, agree, answers, got in oracle.compare(expected, actual):
        total += 1
        agreed += agree
        if ok:
            matched += 1
            either += not agree
        else:
            failures.append("%s %s %s: expected %s, got %s" % (kind, key, item, oracle.short(answers), oracle.short(got)))
    for f in failures[:40]:
        print("MISMATCH", f)
    check(not failures, "conformance corpus: %d of %d items equal Cyrus's or Dovecot's answer (%d where they agree, "
          "%d where they differ)" % (matched, total, agreed, either))


def exercise_mbsync(app):
    if shutil.which("mbsync") is None:
        raise AssertionError("mbsync (Debian package isync) is not installed; .ci/run installs it")
    work = tempfile.mkdtemp(prefix="mbsync-")
    corpus = os.path.join(app.repo, "appliance", "imap", "src", "test", "resources", "conformance", "messages")
    up = os.path.join(work, "up")
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(up, "Synced", sub))
    originals = {}
    for i, name in enumerate(sorted(os.listdir(corpus))):
        raw = open(os.path.join(corpus, name), "rb").read()
        if b"\r\n" not in raw:
            continue
        fname = "%d.%d_%d.test:2,S" % (1700000000 + i, i, os.getpid())
        with open(os.path.join(up, "Synced", "cur", fname), "wb") as f:
            f.write(raw.replace(b"\r\n", b"\n"))
        originals[name] = raw.replace(b"\r\n", b"\n")
    # the self-signed certificate the connector generated: mbsync trusts exactly this one
    certs = [os.path.join(dp, f) for dp, _, fs in os.walk(app.workdir) for f in fs
             if f.endswith(".pem") and os.path.basename(dp) == "tls" and "key" not in f]
    check(len(certs) >= 1, "found the generated server certificate: %s" % certs)
    cert = certs[0]
    down = os.path.join(work, "down")
    os.makedirs(down)
    rc = os.path.join(work, "mbsyncrc")
    with open(rc, "w") as f:
        f.write("""IMAPAccount appliance
Host 127.0.0.1
Port %d
User alice
Pass alicepw
SSLType IMAPS
CertificateFile %s
SystemCertificates no

IMAPStore remote
Account appliance

MaildirStore up
Path %s/
Inbox %s/INBOX
SubFolders Verbatim

MaildirStore down
Path %s/
Inbox %s/INBOX
SubFolders Verbatim

Channel push
Far :remote:
Near :up:
Patterns Synced
Create Far
Sync Push
Expunge None
SyncState *

Channel pull
Far :remote:
Near :down:
Patterns Synced
Create Near
Sync Pull
SyncState *
""" % (app.imaps, cert, up, up, down, down))
    for channel in ("push", "pull"):
        r = subprocess.run(["mbsync", "-c", rc, channel], capture_output=True, text=True, timeout=300)
        check(r.returncode == 0, "mbsync %s: %s" % (channel, (r.stderr or r.stdout).strip()[-300:] or "ok"))
    pulled = []
    for sub in ("cur", "new"):
        d = os.path.join(down, "Synced", sub)
        for fname in os.listdir(d):
            pulled.append(open(os.path.join(d, fname), "rb").read())
    strip = lambda b: re.sub(rb"(?m)^X-TUID: .*\n", b"", b)
    check(sorted(strip(p) for p in pulled) == sorted(originals.values()),
          "mbsync: %d messages went up and came back down byte-identical" % len(originals))
    shutil.rmtree(work, ignore_errors=True)


def exercise(app):
    app.add_user("alice", "alicepw")
    app.add_user("bob", "bobpw")
    exercise_commands(app)
    exercise_sort_thread(app)
    exercise_idle(app)
    exercise_qresync(app)
    exercise_conformance(app)
    exercise_mbsync(app)


if __name__ == "__main__":
    run_appliance_test("imap clients", exercise)
