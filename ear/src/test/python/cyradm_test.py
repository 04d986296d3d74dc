#!/usr/bin/env python3
"""Cyrus's own cyradm (Perl Cyrus::IMAP::Shell, Debian cyrus-admin) drives the packaged appliance as it drives
Cyrus: cm, lm, sam, lam, dam, sq, lq, lqr, mboxcfg, info, renm and dm, each checked by its output and by what an
IMAP client then sees; plus LMTP delivery refused once the quota set with cyradm's sq is reached.

    cyradm_test.py --repo <checkout> --jar <mail-appliance.jar> [--keep]
"""
import imaplib
import re
import subprocess

from harness import ADMIN_PASSWORD, ADMIN_USER, check, insecure, run_appliance_test
from lmtp_client import LmtpClient

CYRADM = "/usr/bin/cyradm"
imaplib.Commands.setdefault("GETMETADATA", ("AUTH", "SELECTED"))


def cyradm(app, commands):
    """Runs cyradm as the admin with SASL PLAIN (after STARTTLS, which cyradm negotiates itself), feeding it
    `commands` on stdin; returns (exit status, stdout, stderr)."""
    return run_cyradm(app, ADMIN_USER, ADMIN_PASSWORD, commands)


def run_cyradm(app, user, password, commands):
    """cyradm as `user`; its stdout without the prompt lines (which echo the commands)."""
    r = subprocess.run([CYRADM, "--norc", "--user", user, "--password", password, "--auth", "PLAIN",
                        "--port", str(app.imap), "127.0.0.1"],
                       input=commands + "\n", capture_output=True, text=True, timeout=120)
    out = "".join(l for l in r.stdout.splitlines(True) if not l.startswith("127.0.0.1> "))
    return r.returncode, out, r.stderr


def acl_lines(out):
    """lam's `identifier rights` lines."""
    return {l.strip() for l in out.splitlines() if re.fullmatch(r"\s*\S+ [a-z0-9]+", l)}


def imap(app, user, password):
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    c.login(user, password)
    return c


def untagged(c, name):
    return [x.decode() if isinstance(x, bytes) else str(x) for x in c.untagged_responses.pop(name, [])]


def exercise(app):
    app.add_user("bob", "bobpw")
    app.add_user("carol", "carolpw")

    rc, out, err = cyradm(app, "cm user/dave\ncm user/dave/Lists\ncm user/dave/Lists/Cyrus\nlm user/dave*")
    check(rc == 0 and not err.strip(), "cyradm cm creates a user and folders: %r" % err.strip())
    for name, attr in (("user/dave", r"\\HasChildren"), ("user/dave/Lists", r"\\HasChildren"),
                       ("user/dave/Lists/Cyrus", r"\\HasNoChildren")):
        check(re.search(re.escape(name) + r" \(" + attr + r"\)", out), "lm lists %s (%s): %r" % (name, attr, out))

    rc, out, err = cyradm(app, "sam user/dave/Lists bob lrs\nsam user/dave/Lists anyone read\n"
                               "sam user/dave/Lists carol +w\nlam user/dave/Lists")
    check(rc == 0 and not err.strip(), "sam sets ACL entries (rights, alias, +modifier): %r" % err.strip())
    check(acl_lines(out) >= {"dave lrswipkxtecdan", "bob lrs", "anyone lrs", "carol w"},
          "lam shows every entry: %r" % out)
    rc, out, err = cyradm(app, "dam user/dave/Lists anyone carol\nlam user/dave/Lists")
    check(rc == 0 and acl_lines(out) == {"dave lrswipkxtecdan", "bob lrs"},
          "dam removes entries: %r %r" % (out, err.strip()))
    rc, out, err = cyradm(app, "sam user/dave/Lists bob lrz")
    check("setaclmailbox" in err or "Invalid rights" in err, "sam with a bad right is refused: %r" % err.strip())

    c = imap(app, "bob", "bobpw")
    typ, _ = c.select('"Other Users/dave/Lists"', readonly=True)
    check(typ == "OK", "bob reads user/dave/Lists after sam gave him lrs")
    c.logout()

    rc, out, err = cyradm(app, "sq user/dave STORAGE 1024 MESSAGE 5")
    check(rc == 0 and not err.strip(), "sq sets STORAGE and MESSAGE: %r" % err.strip())
    c = imap(app, ADMIN_USER, ADMIN_PASSWORD)
    typ, data = c.getquota("user/dave")
    check(typ == "OK" and "STORAGE 0 1024" in data[0].decode() and "MESSAGE 0 5" in data[0].decode(),
          "GETQUOTA shows both limits set by sq: %r" % data)
    c.logout()
    # cyradm 3.6 parses a QUOTA response of one resource only (as against Cyrus): check lq/lqr with one
    rc, out, err = cyradm(app, "sq user/dave MESSAGE 2\nlq user/dave\nlqr user/dave/Lists")
    lines = [l for l in out.splitlines() if l.strip()]
    check(rc == 0 and not err.strip() and " MESSAGE 0/2 (0%)" in lines,
          "lq prints usage/limit: %r %r" % (lines, err.strip()))
    check("user/dave MESSAGE 0/2 (0%)" in lines,
          "lqr names the root user/dave for user/dave/Lists: %r" % lines)

    lmtp = LmtpClient.unix(app.lmtp_socket)
    lmtp.command("LHLO mta.test")
    results = []
    for n in range(3):
        lmtp.command("MAIL FROM:<sender@example.org>")
        rcpt = lmtp.command("RCPT TO:<dave@example.org>")[-1]
        if rcpt.startswith("250"):
            lmtp.command("DATA")
            results.append(lmtp.data(b"Subject: quota %d\r\n\r\nbody\r\n" % n, 1)[0])
        else:
            results.append(rcpt)
            lmtp.command("RSET")
    lmtp.close()
    check(str(results[0]).startswith("250") and str(results[1]).startswith("250")
          and re.match(r"[45]52", str(results[2])), "LMTP delivers 2 messages, the 3rd is over sq's MESSAGE 2: %r"
          % results)

    rc, out, err = cyradm(app, "mboxcfg user/dave/Lists comment 'Mailing lists'\n"
                               "mboxcfg user/dave/Lists expire 30\n"
                               "mboxcfg user/dave/Lists sharedseen true\n"
                               "mboxcfg user/dave/Lists squat false\n"
                               "mboxcfg user/dave/Lists news2mail lists@example.org\n"
                               "mboxcfg user/dave/Lists sieve lists\n"
                               "mboxcfg user/dave/Lists pop3showafter 'Mon, 2 Jan 2006 00:00:00 +0000'\n"
                               "mboxcfg user/dave/Lists /vendor/cmu/cyrus-imapd/duplicatedeliver true\n"
                               "mboxcfg user/dave/Lists /vendor/cmu/cyrus-imapd/pop3newuidl false\n"
                               "mboxcfg --private user/dave/Lists comment 'admin note'\n"
                               "info user/dave/Lists")
    check(rc == 0 and not err.strip(), "mboxcfg sets every entry cyradm knows: %r" % err.strip())
    for expected in ("{user/dave/Lists}:", "comment: Mailing lists", "expire: 30", "sharedseen: true",
                     "squat: false", "news2mail: lists@example.org", "sieve: lists",
                     "duplicatedeliver: true", "pop3newuidl: false", "comment: admin note"):
        check(expected in out, "info shows %r" % expected)
    rc, out, err = cyradm(app, "mboxcfg user/dave/Lists expire never")
    check("mboxconfig" in err and "Invalid value" in err, "mboxcfg refuses a bad value: %r" % err.strip())
    rc, out, err = cyradm(app, "mboxcfg user/dave/Lists expire none\ninfo user/dave/Lists")
    check(rc == 0 and "expire" not in out and "sieve: lists" in out, "mboxcfg ... none removes the entry: %r" % out)
    c = imap(app, "bob", "bobpw")
    typ, data = c._simple_command("GETMETADATA", '"Other Users/dave/Lists"', "/shared/comment")
    check(typ == "OK" and "Mailing lists" in " ".join(untagged(c, "METADATA")),
          "bob reads the comment cyradm set (GETMETADATA)")
    c.logout()

    rc, out, err = cyradm(app, "renm user/dave/Lists user/dave/Groups\nlm user/dave*\nlam user/dave/Groups")
    check(rc == 0 and not err.strip() and "user/dave/Groups" in out and "user/dave/Lists" not in out
          and "user/dave/Groups/Cyrus" in out and "bob lrs" in acl_lines(out),
          "renm renames the subtree, keeping the ACL: %r %r" % (out, err.strip()))

    rc, out, err = cyradm(app, "dm user/dave/Groups/Cyrus")
    check("deletemailbox" in err and "ermission" in err, "dm without x is refused, as in Cyrus: %r" % err.strip())
    rc, out, err = cyradm(app, "sam user/dave/Groups/Cyrus %s x\ndm user/dave/Groups/Cyrus\nlm user/dave*"
                          % ADMIN_USER)
    check(rc == 0 and not err.strip() and "user/dave/Groups/Cyrus" not in out,
          "after sam ... admin x, dm deletes: %r %r" % (out, err.strip()))

    rc, out, err = cyradm(app, "sq user/dave none")
    c = imap(app, ADMIN_USER, ADMIN_PASSWORD)
    typ, data = c.getquota("user/dave")
    gone = typ == "NO" and b"NONEXISTENT" in data[0]
    c.logout()
    check(rc == 0 and not err.strip() and gone, "sq ... none removes the quota root (GETQUOTA: NONEXISTENT): %r %r"
          % (err.strip(), data))

    rc, out, err = cyradm(app, "sam user/dave %s all\ndm user/dave\nlm user/dave*" % ADMIN_USER)
    check(rc == 0 and not err.strip() and "user/dave" not in out, "dm user/dave deletes the user: %r %r"
          % (out, err.strip()))

    # an ordinary user gets what its rights allow, not more
    rc, out, err = run_cyradm(app, "bob", "bobpw", "sq user/bob 100\nsam user/carol bob all\nlm")
    check("setquota" in err and "setaclmailbox" in err, "bob may neither sq nor sam others: %r" % err.strip())
    check("INBOX" in out and "user/carol" not in out and "carol" not in out,
          "bob's lm shows his own mailboxes only: %r" % out)


def main():
    run_appliance_test("cyradm", exercise)


if __name__ == "__main__":
    main()
