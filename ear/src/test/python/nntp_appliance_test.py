#!/usr/bin/env python3
"""Packaged-appliance NNTP test with Python's nntplib: the uber jar with the development configuration plus
`newsprefix: netnews` and `allownewnews: yes`; shared mailboxes created through the admin HTTP API become groups.
Anonymous reading and posting follow the `anyone` ACL entries; alice logs in (STARTTLS + AUTHINFO, and over nntps)
to reach a members-only group. IMAP (admin) and the admin API show the posted articles in the mailboxes. Then a
news peer (`newspeer: feeder@localhost:1119`, so clients from 127.0.0.1 may feed) transfers articles with IHAVE
and TAKETHIS; a second offer of the same Message-ID is unwanted; NNTP (ARTICLE, XPAT) and IMAP readers see them.

    nntp_appliance_test.py --repo <checkout> --jar <mail-appliance.jar>

Exit status 0 means every check passed; each check prints one line.
"""
import imaplib
import io
import os
import sys
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import nntplib

from harness import check, insecure, run_appliance_test

EXTRA_CONF = "newsprefix: netnews\nallownewnews: yes\nnewspeer: feeder@localhost:1119\n"


def article(groups, subject, extra=b""):
    return io.BytesIO(b"From: Poster <poster@example.org>\r\nNewsgroups: " + groups.encode()
                      + b"\r\nSubject: " + subject.encode() + b"\r\n" + extra + b"\r\n"
                      + b"first line\r\n.a line starting with a dot\r\nlast line\r\n")


def provision(app):
    app.add_user("alice", "alicepw")
    app.admin_call("PUT", "mailboxes/netnews.test.group", b"anyone lrp\nadmin lrswipkxtea\n")
    check(True, "shared mailbox netnews.test.group created with anyone lrp")
    app.admin_call("PUT", "mailboxes/netnews.test.members", b"anyone none\nalice lrp\nadmin lrswipkxtea\n")
    check(True, "shared mailbox netnews.test.members created for alice only")


def anonymous_reader(app):
    s = nntplib.NNTP("127.0.0.1", app.nntp)
    check(s.getwelcome().startswith("200 "), "NNTP greeting: %s" % s.getwelcome())
    caps = s.getcapabilities()
    check(caps.get("VERSION") == ["2"] and "READER" in caps and "OVER" in caps and "NEWNEWS" in caps
          and "STARTTLS" in caps, "CAPABILITIES: %s" % sorted(caps))
    check("USER" not in caps.get("AUTHINFO", []) and "SASL" in caps.get("AUTHINFO", [])
          and "PLAIN" not in caps.get("SASL", []) and "SCRAM-SHA-256" in caps.get("SASL", []),
          "clear link without allowplaintext: AUTHINFO SASL with SCRAM only, no USER: %s / %s"
          % (caps.get("AUTHINFO"), caps.get("SASL")))
    _, groups = s.list()
    names = [g.group for g in groups]
    check(names == ["test.group"], "LIST shows the anonymous-readable group only: %s" % names)
    check(groups[0].flag == "y", "test.group is open for posting (anyone has p)")
    resp, count, first, last, name = s.group("test.group")
    check(count == 0 and name == "test.group", "GROUP test.group is empty: %s" % resp)
    try:
        s.group("test.members")
        raise AssertionError("anonymous GROUP of a members-only group succeeded")
    except nntplib.NNTPTemporaryError as e:
        check(str(e).startswith("411"), "members-only group does not exist for anonymous clients: %s" % e)
    resp = s.post(article("test.group", "hello from nntplib"))
    check(resp.startswith("240"), "anonymous POST accepted: %s" % resp)
    resp, count, first, last, name = s.group("test.group")
    check(count == 1 and first == last, "GROUP shows the posted article: %s" % resp)
    _, overviews = s.over((first, last))
    number, fields = overviews[0]
    check(number == first and fields["subject"] == "hello from nntplib"
          and fields["from"] == "Poster <poster@example.org>" and fields["message-id"].startswith("<")
          and int(fields[":bytes"]) > 0 and fields[":lines"] == "3",
          "OVER from the delivery-time cache: %s" % fields)
    message_id = fields["message-id"]
    _, info = s.article(first)
    lines = info.lines
    check(b"Subject: hello from nntplib" in lines and lines[-1] == b"last line"
          and b".a line starting with a dot" in lines, "ARTICLE by number, dot-stuffing undone by nntplib")
    check(any(l.startswith(b"Path: ") for l in lines) and any(l.startswith(b"Date: ") for l in lines)
          and b"Message-ID: " + message_id.encode() in lines, "Path, Date and Message-ID were added")
    _, info = s.head(message_id)
    check(info.number == 0 and b"Subject: hello from nntplib" in info.lines and b"first line" not in info.lines,
          "HEAD by message-id")
    _, info = s.body(first)
    check(info.lines == [b"first line", b".a line starting with a dot", b"last line"], "BODY by number")
    _, stat_number, stat_id = s.stat(first)
    check(stat_id == message_id, "STAT")
    _, headers = s.xhdr("subject", "%d-" % first)
    check(headers == [(str(first), "hello from nntplib")], "XHDR subject: %s" % headers)
    _, news = s.newnews("test.*", s.date()[1].replace(year=2000))
    check(news == [message_id], "NEWNEWS: %s" % news)
    try:
        s.post(article("test.members", "anonymous into members"))
        raise AssertionError("anonymous posting to the members-only group was accepted")
    except nntplib.NNTPTemporaryError as e:
        check(str(e).startswith("441"), "anonymous POST to the members-only group refused: %s" % e)
    s.quit()
    return message_id


def alice(app):
    s = nntplib.NNTP("127.0.0.1", app.nntp)
    s.starttls(context=insecure())
    check("USER" in s.getcapabilities().get("AUTHINFO", []), "after STARTTLS, AUTHINFO USER is offered")
    s.login("alice", "alicepw", usenetrc=False)
    _, groups = s.list()
    check(sorted(g.group for g in groups) == ["test.group", "test.members"], "alice lists both groups")
    resp = s.post(article("test.group,test.members", "crossposted by alice"))
    check(resp.startswith("240"), "alice's crosspost accepted: %s" % resp)
    s.quit()

    t = nntplib.NNTP_SSL("127.0.0.1", app.nntps, ssl_context=insecure())
    try:
        t.login("alice", "wrong", usenetrc=False)
        raise AssertionError("a wrong password was accepted")
    except nntplib.NNTPTemporaryError as e:  # 4xx: nntplib calls every 4xx temporary
        check(str(e).startswith("481"), "nntps: wrong password refused: %s" % e)
    t.quit()
    t = nntplib.NNTP_SSL("127.0.0.1", app.nntps, ssl_context=insecure())
    t.login("alice", "alicepw", usenetrc=False)
    resp, count, first, last, _ = t.group("test.members")
    check(count == 1, "nntps: test.members holds the crosspost: %s" % resp)
    _, info = t.head(last)
    check(b"Subject: crossposted by alice" in info.lines and any(l == b"Path: localhost!alice" for l in info.lines),
          "the crosspost names alice in Path")
    t.quit()


def imap_sees_posts(app):
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    c.login("admin", "admin")
    typ, data = c.select("netnews/test/group", readonly=True)
    check(typ == "OK" and data == [b"2"], "IMAP SELECT netnews/test/group: 2 messages (%s %s)" % (typ, data))
    typ, data = c.select("netnews/test/members", readonly=True)
    check(typ == "OK" and data == [b"1"], "IMAP SELECT netnews/test/members: 1 message (%s %s)" % (typ, data))
    c.logout()
    records = app.admin_get("mailboxes/netnews.test.group/messages")
    with open(records[0]["file"], "rb") as f:
        stored = f.read()
    check(b"Subject: hello from nntplib" in stored and b"\r\n.a line starting with a dot\r\n" in stored,
          "the stored message file holds the posted article, unstuffed")


def relayed(message_id, groups, subject):
    return (b"Path: peer.example!upstream!poster\r\nFrom: Far Poster <far@example.net>\r\nNewsgroups: "
            + groups.encode() + b"\r\nSubject: " + subject.encode()
            + b"\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nMessage-ID: " + message_id.encode()
            + b"\r\nXref: peer.example test.group:4711\r\n\r\nrelayed body\r\n.dotted relayed line\r\n")


def peer_feed(app):
    fed = "<feed-%d@peer.example>" % os.getpid()
    streamed = "<stream-%d@peer.example>" % os.getpid()
    s = nntplib.NNTP("127.0.0.1", app.nntp)
    caps = s.getcapabilities()
    check("IHAVE" in caps and "STREAMING" in caps and "XPAT" in caps,
          "a client at the newspeer's address is offered IHAVE, STREAMING and XPAT: %s" % sorted(caps))
    resp = s.ihave(fed, io.BytesIO(relayed(fed, "test.group,test.members,not.carried", "fed by a peer")))
    check(resp.startswith("235"), "IHAVE transferred: %s" % resp)
    try:
        s.ihave(fed, io.BytesIO(relayed(fed, "test.group", "fed again")))
        raise AssertionError("the same Message-ID was accepted twice")
    except nntplib.NNTPTemporaryError as e:
        check(str(e).startswith("435"), "a second IHAVE of the same Message-ID is unwanted: %s" % e)
    try:
        s.ihave("<bad-%d@peer.example>" % os.getpid(), io.BytesIO(relayed(fed, "test.group", "wrong id")))
        raise AssertionError("an article whose Message-ID differs from the offer was accepted")
    except nntplib.NNTPTemporaryError as e:
        check(str(e).startswith("437"), "an article with another Message-ID than offered is refused: %s" % e)
    check(s._shortcmd("MODE STREAM").startswith("203"), "MODE STREAM: 203")
    check(s._shortcmd("CHECK " + streamed).startswith("238 " + streamed), "CHECK of a new article: 238")
    try:
        s._shortcmd("CHECK " + fed)
        raise AssertionError("CHECK of an article we have was wanted")
    except nntplib.NNTPTemporaryError as e:
        check(str(e).startswith("438 " + fed), "CHECK of the fed article: 438")
    # TAKETHIS sends the article without waiting for an answer (RFC 4644)
    s._putline(("TAKETHIS " + streamed).encode())
    for line in relayed(streamed, "test.group", "streamed by a peer").splitlines():
        s.file.write((b"." if line.startswith(b".") else b"") + line + b"\r\n")
    s.file.write(b".\r\n")
    s.file.flush()
    resp = s._getresp()
    check(resp.startswith("239 " + streamed), "TAKETHIS transferred: %s" % resp)

    resp, count, first, last, _ = s.group("test.group")
    _, lines = s._longcmdstring("XPAT Subject %d-%d *by?a?peer" % (first, last))
    subjects = sorted(l.split(" ", 1)[1] for l in lines)
    check(subjects == ["fed by a peer", "streamed by a peer"], "XPAT finds the relayed articles: %s" % lines)
    _, lines = s._longcmdstring("XPAT From %s *@example.net>" % fed)
    check(lines == ["0 Far Poster <far@example.net>"], "XPAT by message-id: %s" % lines)
    _, info = s.article(fed)
    check(b"Path: localhost!peer.example!upstream!poster" in info.lines
          and not any(l.startswith(b"Xref:") for l in info.lines)
          and b"Date: Fri, 27 Nov 2026 10:00:00 +0000" in info.lines
          and info.lines[-2:] == [b"relayed body", b".dotted relayed line"],
          "the relayed article keeps Message-ID and Date, gains our Path entry, loses the peer's Xref")
    s.quit()

    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    c.login("admin", "admin")
    for box, expect in (("netnews/test/group", 2), ("netnews/test/members", 1)):
        c.select(box, readonly=True)
        typ, data = c.search(None, "HEADER", "Message-ID", fed)
        check(typ == "OK" and len(data[0].split()) == 1, "IMAP finds the fed article in %s" % box)
        typ, data = c.search(None, "HEADER", "Message-ID", streamed)
        found = len(data[0].split())
        check(found == (1 if box.endswith("group") else 0), "IMAP: the streamed article in %s: %d" % (box, found))
    c.logout()

    t = nntplib.NNTP_SSL("127.0.0.1", app.nntps, ssl_context=insecure())
    t.login("alice", "alicepw", usenetrc=False)
    resp, count, first, last, _ = t.group("test.members")
    _, info = t.head(last)
    check(b"Subject: fed by a peer" in info.lines, "alice reads the fed article in her members-only group")
    t.quit()


def exercise(app):
    provision(app)
    anonymous_reader(app)
    alice(app)
    imap_sees_posts(app)
    peer_feed(app)


if __name__ == "__main__":
    run_appliance_test("nntp appliance", exercise, extra_conf=EXTRA_CONF)
