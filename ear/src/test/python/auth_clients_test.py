#!/usr/bin/env python3
"""Authentication with third-party clients against the packaged appliance: Cyrus's own imtest/pop3test/lmtptest
(Debian cyrus-clients) for SCRAM-SHA-256, PLAIN, CRAM-MD5 and proxy authorization, imaplib's login_cram_md5, openssl s_client for the TLS versions,
the failed-login throttle, and sasl_pwcheck_method "auxprop saslauthd" with a real saslauthd (sasl2-bin) that is
then stopped (a temporary failure, not a wrong password).

    auth_clients_test.py --repo <checkout> --jar <mail-appliance.jar> [--keep]
"""
import imaplib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

from harness import check, insecure, run_appliance_test

CYRUS_BIN = "/usr/lib/cyrus/bin"


def cyrus_tool(tool, args, commands, timeout=60):
    """Runs imtest & co: authenticate, pipe `commands` after authentication, return (exit status, output)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(commands)
        name = f.name
    try:
        r = subprocess.run([os.path.join(CYRUS_BIN, tool), "-f", name, *args], capture_output=True, text=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
        return r.returncode, r.stdout + r.stderr
    finally:
        os.unlink(name)


def exercise_cyrus_clients(app):
    for tool in ("imtest", "pop3test", "lmtptest"):
        check(os.path.exists(os.path.join(CYRUS_BIN, tool)), "%s is installed (cyrus-clients)" % tool)
    rc, out = cyrus_tool("imtest", ["-s", "-p", str(app.imaps), "-m", "SCRAM-SHA-256", "-a", "alice", "-w",
                                    "alicepw", "127.0.0.1"], "a1 NOOP\r\na2 LOGOUT\r\n")
    check("Authenticated." in out and "a1 OK" in out, "imtest -s -m SCRAM-SHA-256 authenticates alice: %s"
          % out.strip().splitlines()[-1:])
    rc, out = cyrus_tool("imtest", ["-t", "", "-p", str(app.imap), "-m", "PLAIN", "-a", "alice", "-w", "alicepw",
                                    "127.0.0.1"], "a1 LOGOUT\r\n")
    check("Authenticated." in out, "imtest STARTTLS + PLAIN authenticates alice")
    rc, out = cyrus_tool("imtest", ["-s", "-p", str(app.imaps), "-m", "PLAIN", "-a", "admin", "-u", "alice", "-w",
                                    "admin", "127.0.0.1"], "a1 SELECT INBOX\r\na2 LOGOUT\r\n")
    check("Authenticated." in out and "a1 OK" in out, "imtest proxy authorization: admin acts as alice")
    rc, out = cyrus_tool("imtest", ["-s", "-p", str(app.imaps), "-m", "PLAIN", "-a", "bob", "-u", "alice", "-w",
                                    "bobpw", "127.0.0.1"], "a1 LOGOUT\r\n")
    check("Authenticated." not in out and ("AUTHORIZATIONFAILED" in out or "failed" in out.lower()),
          "imtest: bob (no admin) may not act as alice")
    rc, out = cyrus_tool("imtest", ["-p", str(app.imap), "-t", "", "-m", "login", "-a", "alice", "-w", "alicepw",
                                    "127.0.0.1"], "a1 LOGOUT\r\n")
    check("Authenticated." in out, "imtest LOGIN after STARTTLS")
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check("AUTH=CRAM-MD5" in c.capabilities, "CRAM-MD5 is offered when sasl_mech_list names it")
    check(c.login_cram_md5("alice", "alicepw")[0] == "OK", "imaplib login_cram_md5 (RFC 2195) as alice")
    c.logout()
    rc, out = cyrus_tool("imtest", ["-s", "-p", str(app.imaps), "-m", "CRAM-MD5", "-a", "bob", "-w", "bobpw",
                                    "127.0.0.1"], "a1 LOGOUT\r\n")
    check("Authenticated." in out, "imtest -m CRAM-MD5 authenticates bob")
    rc, out = cyrus_tool("pop3test", ["-s", "-p", str(app.pop3s), "-m", "SCRAM-SHA-256", "-a", "alice", "-w",
                                      "alicepw", "127.0.0.1"], "STAT\r\nQUIT\r\n")
    check("Authenticated." in out and "+OK" in out, "pop3test -s -m SCRAM-SHA-256 authenticates alice")
    rc, out = cyrus_tool("pop3test", ["-t", "", "-p", str(app.pop3), "-m", "PLAIN", "-a", "bob", "-w", "bobpw",
                                      "127.0.0.1"], "QUIT\r\n")
    check("Authenticated." in out, "pop3test STLS + PLAIN authenticates bob")
    rc, out = cyrus_tool("lmtptest", ["-p", str(app.lmtp), "-m", "SCRAM-SHA-256", "-a", "admin", "-w", "admin",
                                      "127.0.0.1"], "QUIT\r\n")
    check("Authenticated." in out, "lmtptest -m SCRAM-SHA-256 authenticates admin over LMTP")


def exercise_tls_versions(app):
    def handshake(*args):
        r = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % app.imaps, "-brief", *args],
                           input="", capture_output=True, text=True, timeout=30)
        return r.returncode == 0 and "Protocol version" in r.stdout + r.stderr, r.stdout + r.stderr
    for version in ("-tls1", "-tls1_1"):
        ok, out = handshake(version)
        check(not ok, "openssl s_client %s is refused" % version)
    for version in ("-tls1_2", "-tls1_3"):
        ok, out = handshake(version)
        check(ok, "openssl s_client %s works" % version)
    r = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % app.imap, "-starttls", "imap", "-brief",
                        "-tls1_3"], input="", capture_output=True, text=True, timeout=30)
    check("Protocol version: TLSv1.3" in r.stdout + r.stderr, "openssl s_client -starttls imap negotiates TLS 1.3")


def exercise_throttle(app):
    """failedloginpause is 1 s in this configuration: pauses 1, 1, 1, 2, 4 s from one address."""
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    times = []
    for _ in range(5):
        start = time.monotonic()
        try:
            c.login("alice", "wrong")
        except imaplib.IMAP4.error:
            pass
        times.append(time.monotonic() - start)
    check(times[0] >= 0.9 and times[4] >= 3.8 and times[4] > 2.5 * times[0],
          "the 5th wrong password waits longer: %s s" % ", ".join("%.1f" % t for t in times))
    start = time.monotonic()
    check(c.login("alice", "alicepw")[0] == "OK", "the right password still works (after %.1f s)"
          % (time.monotonic() - start))
    c.logout()


def exercise_saslauthd(app, sasl_dir, user):
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check(c.login(user, "via saslauthd")[0] == "OK", "a saslauthd-only user logs in (auxprop saslauthd)")
    c.logout()
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check(c.login("alice", "alicepw")[0] == "OK", "an internal account still logs in first (auxprop)")
    c.logout()


def start_saslauthd(sasl_dir):
    user = "sasl" + uuid.uuid4().hex[:8]
    subprocess.run(["saslpasswd2", "-c", "-p", "-u", "", user], input="via saslauthd", text=True, check=True)
    # its own session: saslauthd signals its whole process group when it stops
    proc = subprocess.Popen(["setsid", "saslauthd", "-a", "sasldb", "-m", sasl_dir, "-n", "0", "-d"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if os.path.exists(os.path.join(sasl_dir, "mux")):
            break
        time.sleep(0.1)
    return proc, user


def exercise_virtual_domains(app):
    """virtdomains: userid with defaultdomain example.org: an MTA delivers to alice@Example.COM over LMTP, and
    imaplib, logging in as alice@example.com, reads it from her INBOX (example.com!user.alice), not plain alice's;
    poplib finds it in the same INBOX."""
    import poplib
    import smtplib
    app.add_user("alice@example.com", "alicecom")
    lmtp = smtplib.LMTP("127.0.0.1", app.lmtp)
    lmtp.ehlo("mta.test")
    refused = lmtp.sendmail("sender@example.org", ["alice@Example.COM"],
                            b"Subject: to the domain user\r\nMessage-ID: <vdom@test>\r\n\r\nhello example.com\r\n")
    check(refused == {}, "LMTP delivers to alice@Example.COM")
    lmtp.quit()
    msgs = app.admin_get("mailboxes/%s/messages" % urllib.parse.quote("example.com!user.alice"))
    check(len(msgs) == 1 and "/domain/example.com/user/alice/" in msgs[0]["file"],
          "the message lies in example.com!user.alice under domain/example.com/: %s" % msgs)
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check(c.login("alice@example.com", "alicecom")[0] == "OK", "imaplib logs in as alice@example.com")
    typ, data = c.select("INBOX")
    check(typ == "OK" and data[0] == b"1", "alice@example.com's INBOX holds the delivered message: %s" % data)
    typ, data = c.fetch("1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    check(b"to the domain user" in data[0][1], "FETCH shows the delivered message: %s" % data[0][1])
    typ, names = c.list()
    check(all(b"example.org" not in n and b"/alice" not in n for n in names), "LIST shows nothing outside example.com")
    c.logout()
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    check(c.login("alice@example.org", "alicepw")[0] == "OK", "alice@<defaultdomain> is plain alice")
    typ, data = c.status("INBOX", "(MESSAGES)")
    check(typ == "OK" and b"MESSAGES 0" in data[0], "plain alice's INBOX did not get example.com's mail: %s" % data)
    c.logout()
    p = poplib.POP3_SSL("127.0.0.1", app.pop3s, context=insecure())
    p.user("alice@example.com")
    p.pass_("alicecom")
    check(p.stat()[0] == 1, "POP3 USER alice@example.com opens her INBOX with the message")
    p.quit()


def main():
    sasl_dir = tempfile.mkdtemp(prefix="saslauthd-")
    saslauthd, sasl_user = start_saslauthd(sasl_dir)

    def exercise(app):
        app.add_user("alice", "alicepw")
        app.add_user("bob", "bobpw")
        exercise_cyrus_clients(app)
        exercise_tls_versions(app)
        exercise_virtual_domains(app)
        exercise_saslauthd(app, sasl_dir, sasl_user)
        saslauthd.terminate()
        saslauthd.wait(10)
        c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
        try:
            c.login(sasl_user, "via saslauthd")
            raise AssertionError("login worked with saslauthd down")
        except imaplib.IMAP4.error as e:
            check("UNAVAILABLE" in str(e), "saslauthd down: NO [UNAVAILABLE], not a wrong password: %s" % e)
        c.logout()
        exercise_throttle(app)

    def cleanup():
        if saslauthd.poll() is None:
            saslauthd.terminate()
        subprocess.run(["saslpasswd2", "-d", "-u", "", sasl_user], capture_output=True)
        shutil.rmtree(sasl_dir, ignore_errors=True)

    run_appliance_test("auth clients", exercise, cleanup=cleanup, extra_conf=(
        "failedloginpause: 1\nvirtdomains: userid\ndefaultdomain: example.org\nsasl_pwcheck_method: auxprop saslauthd\nsasl_saslauthd_path: %s/mux\n"
        "sasl_mech_list: PLAIN LOGIN SCRAM-SHA-1 SCRAM-SHA-256 CRAM-MD5 EXTERNAL" % sasl_dir))


if __name__ == "__main__":
    main()
