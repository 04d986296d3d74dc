#!/usr/bin/env python3
"""Packaged-appliance test: start the uber jar with the sample (development) configuration in a temp dir, talk to it
with Python's imaplib (IMAP4 + STARTTLS and IMAP4_SSL), provision a user through the CLI tools, stop it, restart it on
the same data and log in again.

    packaged_appliance_test.py --repo <checkout> --jar <mail-appliance.jar>

Exit status 0 means every check passed; each check prints one line.
"""
import argparse
import imaplib
import os
import shutil
import socket
import sys
import tempfile

from harness import Appliance, check, insecure
from lmtp_client import LmtpClient

def exercise_first_boot(app):
    # Clear-text link: LOGIN must be refused, and LOGINDISABLED advertised.
    c = imaplib.IMAP4("127.0.0.1", app.imap)
    check("LOGINDISABLED" in c.capabilities and "STARTTLS" in c.capabilities,
          "plain IMAP advertises STARTTLS and LOGINDISABLED")
    try:
        c.login("admin", "admin")
        raise AssertionError("LOGIN over clear text was accepted")
    except imaplib.IMAP4.error as e:
        check("PRIVACYREQUIRED" in str(e) or "disabled" in str(e).lower(), "LOGIN refused before TLS: %s" % e)
    c.starttls(ssl_context=insecure())
    check("LOGINDISABLED" not in c.capabilities, "after STARTTLS, LOGINDISABLED is gone")
    typ, _ = c.login("admin", "admin")
    check(typ == "OK", "admin logs in after STARTTLS")
    typ, _ = c.noop()
    check(typ == "OK", "NOOP")
    typ, _ = c.logout()
    check(typ == "BYE", "LOGOUT")

    s = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    try:
        s.login("admin", "wrong")
        raise AssertionError("a wrong password was accepted")
    except imaplib.IMAP4.error as e:
        check("AUTHENTICATIONFAILED" in str(e), "wrong password refused: %s" % e)
    check(s.login("admin", "admin")[0] == "OK", "admin logs in over implicit TLS")
    s.logout()

    r = app.tool("saslpasswd2", "-p", "alice", stdin="s3cret pass\n")
    check(r.returncode == 0, "saslpasswd2 -p alice: %s" % (r.stderr.strip() or "ok"))
    r = app.tool("mkuser", "alice")
    check(r.returncode == 0, "mkuser alice: %s" % (r.stderr.strip() or "ok"))
    r = app.tool("mkuser", "alice")
    check(r.returncode != 0 and "409" in r.stderr, "mkuser alice twice is refused: %s" % r.stderr.strip())
    s = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check(s.login("alice", "s3cret pass")[0] == "OK", "alice logs in with the password set by saslpasswd2")
    s.logout()
    s = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check({"AUTH=PLAIN", "AUTH=SCRAM-SHA-256", "SASL-IR"} <= set(s.capabilities),
          "IMAPS advertises SASL mechanisms: %s" % " ".join(c for c in s.capabilities if c.startswith("AUTH=")))
    check(s.authenticate("PLAIN", lambda _: b"\0alice\0s3cret pass")[0] == "OK", "AUTHENTICATE PLAIN as alice")
    s.logout()
    r = app.tool("saslpasswd2", "-d", "bob")
    check(r.returncode != 0, "saslpasswd2 -d of an unknown login fails")
    exercise_lmtp(app)


def exercise_lmtp(app):
    """A real MTA-side client: Python's smtplib.LMTP for the session, raw replies for the per-recipient answers."""
    import smtplib
    app.add_user("bob", "bobpw")
    lmtp = smtplib.LMTP("127.0.0.1", app.lmtp)
    code, lhlo = lmtp.ehlo("mta.test")
    check(code == 250 and b"ENHANCEDSTATUSCODES" in lhlo and b"PIPELINING" in lhlo, "LHLO advertises the extensions")
    auth = [l for l in lhlo.split(b"\n") if l.startswith(b"AUTH ")]
    check(auth and b"SCRAM-SHA-256" in auth[0] and b"PLAIN" not in auth[0],
          "LHLO on a clear link offers SCRAM but not PLAIN: %s" % auth)
    refused = lmtp.sendmail("sender@example.org", ["alice@example.org"], b"Subject: via smtplib\r\n\r\nbody\r\n")
    check(refused == {}, "smtplib.LMTP delivers to alice")
    lmtp.quit()

    c = LmtpClient.tcp(app.lmtp)
    c.command("LHLO mta.test")
    check(c.command("MAIL FROM:<sender@example.org>")[0].startswith("250"), "MAIL FROM")
    check(c.command("RCPT TO:<alice@example.org>")[0].startswith("250"), "RCPT alice")
    check(c.command("RCPT TO:<Bob+nosuchfolder@example.org>")[0].startswith("250"), "RCPT Bob+detail (downcased)")
    check(c.command("RCPT TO:<nobody@example.org>")[0].startswith("550 5.1.1"), "RCPT unknown user: 550 5.1.1")
    check(c.command("DATA")[0].startswith("354"), "DATA")
    replies = c.data(b"Subject: two recipients\r\nMessage-ID: <two@test>\r\n\r\n.leading dot\r\n", 2)
    check(len(replies) == 2 and all(r.startswith("250 2.1.5") for r in replies),
          "one 250 per accepted recipient after DATA: %s" % replies)
    check(c.command("QUIT")[0].startswith("221"), "QUIT")
    for user in ("alice", "bob"):
        msgs = app.admin_get("mailboxes/user.%s/messages" % user)
        last = open(msgs[-1]["file"], "rb").read()
        check(last.startswith(b"Return-Path: <sender@example.org>\r\n") and last.endswith(b"\r\n.leading dot\r\n"),
              "user.%s holds the message with Return-Path, dot-unstuffed, byte-exact" % user)
    u = LmtpClient.unix(app.lmtp_socket)
    u.command("LHLO local")
    u.command("MAIL FROM:<>")
    check(u.command("RCPT TO:<alice>")[0].startswith("250"), "the UNIX socket is trusted")
    exercise_pop3(app)


def exercise_pop3(app):
    """Python's poplib on the messages LMTP delivered: POP3 with STLS, then POP3S; DELE applies at QUIT."""
    import poplib
    p = poplib.POP3("127.0.0.1", app.pop3)
    capa = p.capa()
    check("STLS" in capa and "USER" not in capa, "POP3 CAPA offers STLS and hides USER on a clear link")
    try:
        p.user("alice")
        raise AssertionError("USER accepted on a clear link")
    except poplib.error_proto as e:
        check(True, "USER refused before STLS: %s" % e)
    p.stls(context=insecure())
    p.user("alice")
    p.pass_("s3cret pass")
    count, size = p.stat()
    check(count == 2, "STAT: alice has the 2 LMTP messages (%d octets)" % size)
    uidl = p.uidl()[1]
    check(len(uidl) == 2 and all(b"." in line.split()[1] for line in uidl), "UIDL in Cyrus's uidvalidity.uid form")
    lines = p.retr(2)[1]
    check(lines[0] == b"Return-Path: <sender@example.org>" and lines[-1] == b".leading dot",
          "RETR streams the stored message, dot-stuffing undone by poplib")
    top = p.top(2, 0)[1]
    check(top[-1] == b"" and b"Subject: two recipients" in top, "TOP 2 0 gives the header only")
    p.dele(1)
    p.quit()
    records = app.admin_get("mailboxes/user.alice/messages")
    check(len(records) == 1, "DELE took effect at QUIT: user.alice has 1 message left")
    s = poplib.POP3_SSL("127.0.0.1", app.pop3s, context=insecure())
    check("PLAIN" in s.capa().get("SASL", []), "POP3S CAPA lists SASL PLAIN")
    s.user("bob")
    s.pass_("bobpw")
    check(s.stat()[0] == 1, "POP3S: bob sees his message")
    s.quit()


def exercise_restart(app):
    s = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check(s.login("alice", "s3cret pass")[0] == "OK", "alice still logs in after a restart (same data)")
    s.logout()
    r = app.tool("saslpasswd2", "-d", "alice")
    check(r.returncode == 0, "saslpasswd2 -d alice")
    s = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    try:
        s.login("alice", "s3cret pass")
        raise AssertionError("a deleted login still works")
    except imaplib.IMAP4.error:
        check(True, "a deleted login is refused")
    s.logout()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--keep", action="store_true", help="keep the work dir")
    args = ap.parse_args()
    workdir = tempfile.mkdtemp(prefix="packaged-appliance-")
    app = Appliance(os.path.abspath(args.repo), os.path.abspath(args.jar), workdir)
    try:
        app.start()
        seconds, early = app.wait_for_greeting()
        print("first boot: greeting after %.1f s (%d early connection(s) answered before it)" % (seconds, len(early) - 1))
        exercise_first_boot(app)
        app.stop()
        check(app.proc.returncode is not None, "appliance stopped")
        app.start()
        seconds, _ = app.wait_for_greeting()
        print("restart: greeting after %.1f s" % seconds)
        exercise_restart(app)
        app.stop()
    except BaseException:
        if app.proc and app.proc.poll() is None:
            app.stop()
        app.print_log_tail(sys.stderr)
        raise
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print("packaged appliance: all checks passed")


if __name__ == "__main__":
    main()
