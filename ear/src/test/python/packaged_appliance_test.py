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
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request

STARTUP_TIMEOUT = 240


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok -", what, flush=True)


class Appliance:
    def __init__(self, repo, jar, workdir):
        self.repo, self.jar, self.workdir = repo, jar, workdir
        self.imap, self.imaps, self.http = free_port(), free_port(), free_port()
        self.conf = os.path.join(workdir, "etc", "imapd.conf")
        os.makedirs(os.path.dirname(self.conf))
        with open(os.path.join(repo, "etc", "dev", "imapd.conf")) as f:
            text = f.read()
        text = re.sub(r"(?m)^admin_http_port:.*$", "admin_http_port: %d" % self.http, text)
        with open(self.conf, "w") as f:
            f.write(text)
        with open(os.path.join(repo, "etc", "dev", "cyrus.conf")) as f:
            text = f.read()
        text = text.replace("127.0.0.1:1143", "127.0.0.1:%d" % self.imap)
        text = text.replace("127.0.0.1:1993", "127.0.0.1:%d" % self.imaps)
        with open(os.path.join(workdir, "etc", "cyrus.conf"), "w") as f:
            f.write(text)
        self.proc = None
        self.log = None

    def start(self):
        self.log = open(os.path.join(self.workdir, "appliance-%d.log" % time.time_ns()), "w")
        env = dict(os.environ, APPLIANCE_JAR=self.jar)
        self.began = time.monotonic()
        self.proc = subprocess.Popen([os.path.join(self.repo, "bin", "appliance"), "-C", self.conf],
                                     cwd=self.workdir, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)

    def wait_for_greeting(self):
        """Connect as early as possible: every answer must be a proper greeting or a temporary refusal, never a
        command served on a half-ready store."""
        deadline = self.began + STARTUP_TIMEOUT
        early = []
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("appliance exited with %s; see %s" % (self.proc.returncode, self.log.name))
            try:
                with socket.create_connection(("127.0.0.1", self.imap), timeout=120) as s:
                    line = s.makefile("rb").readline().decode()
            except (ConnectionRefusedError, socket.timeout, ConnectionResetError):
                time.sleep(0.2)
                continue
            early.append(line.strip())
            if line.startswith("* OK"):
                ready = self.health_ready()
                check(ready, "greeting '%s' came only once the store was ready (health UP)" % line.strip()[:60])
                return time.monotonic() - self.began, early
            check(line.startswith("* BYE [UNAVAILABLE]"), "an early connection is refused cleanly: %r" % line)
            time.sleep(0.2)
        raise AssertionError("no IMAP greeting within %ss" % STARTUP_TIMEOUT)

    def health_ready(self):
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/health/ready" % self.http, timeout=10) as r:
                return r.status == 200
        except Exception:
            return False

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.log.close()

    def tool(self, name, *args, stdin=None):
        return subprocess.run([os.path.join(self.repo, "bin", name), "-C", self.conf, *args], input=stdin,
                              text=True, capture_output=True, cwd=self.workdir)


def insecure():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


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
    r = app.tool("saslpasswd2", "-d", "bob")
    check(r.returncode != 0, "saslpasswd2 -d of an unknown login fails")


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
        if app.log:
            with open(app.log.name) as f:
                sys.stderr.write("---- last appliance log lines ----\n" + "".join(f.readlines()[-80:]))
        raise
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print("packaged appliance: all checks passed")


if __name__ == "__main__":
    main()
