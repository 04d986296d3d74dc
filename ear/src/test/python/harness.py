"""Runs the packaged appliance for tests: the development configuration copied into a temp dir with free ports."""
import json
import os
import re
import signal
import socket
import ssl
import subprocess
import time
import urllib.request
import base64

STARTUP_TIMEOUT = 240
# the development configuration's admin (admins: admin) and its bootstrap_password
ADMIN_USER = "admin"
ADMIN_PASSWORD = "admin"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok -", what, flush=True)


def insecure():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class Appliance:
    """The uber jar started through bin/appliance in `workdir`, with the dev config's ports replaced by free ones."""

    def __init__(self, repo, jar, workdir, extra_conf=""):
        """extra_conf: imapd.conf lines added to the development configuration (replacing keys it sets)."""
        self.repo, self.jar, self.workdir = repo, jar, workdir
        self.imap, self.imaps, self.lmtp, self.http = free_port(), free_port(), free_port(), free_port()
        self.pop3, self.pop3s = free_port(), free_port()
        self.nntp, self.nntps = free_port(), free_port()
        self.sieve = free_port()
        self.lmtp_socket = os.path.join(workdir, "var", "run", "lmtp")
        self.conf = os.path.join(workdir, "etc", "imapd.conf")
        os.makedirs(os.path.dirname(self.conf), exist_ok=True)
        with open(os.path.join(repo, "etc", "dev", "imapd.conf")) as f:
            text = f.read()
        text = re.sub(r"(?m)^admin_http_port:.*$", "admin_http_port: %d" % self.http, text)
        for line in extra_conf.splitlines():
            key = line.split(":", 1)[0].strip()
            if not key or key.startswith("#"):
                continue
            # a key set twice is an error in imapd.conf (as in Cyrus): override the development value in place
            pattern = r"(?m)^%s:.*$" % re.escape(key)
            if re.search(pattern, text):
                text = re.sub(pattern, lambda _: line.strip(), text)
            else:
                text += "\n" + line.strip() + "\n"
        with open(self.conf, "w") as f:
            f.write(text)
        with open(os.path.join(repo, "etc", "dev", "cyrus.conf")) as f:
            text = f.read()
        for old, new in (("1143", self.imap), ("1993", self.imaps), ("2003", self.lmtp), ("1110", self.pop3),
                         ("1995", self.pop3s), ("1119", self.nntp), ("1563", self.nntps),
                         ("4190", self.sieve)):
            text = text.replace("127.0.0.1:%s" % old, "127.0.0.1:%d" % new)
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
                check(self.health_ready(),
                      "greeting '%s' came only once the store was ready (health UP)" % line.strip()[:60])
                greeted = time.monotonic() - self.began
                self.wait_for_admin(deadline)
                return greeted, early
            check(line.startswith("* BYE [UNAVAILABLE]"), "an early connection is refused cleanly: %r" % line)
            time.sleep(0.2)
        raise AssertionError("no IMAP greeting within %ss" % STARTUP_TIMEOUT)

    def wait_for_admin(self, deadline):
        """The store opens its gate before Payara has finished deploying the WAR's web part (the admin endpoint)."""
        while time.monotonic() < deadline:
            try:
                self.admin_get("users/admin")
                return
            except Exception:
                time.sleep(0.2)
        raise AssertionError("the admin endpoint did not come up")

    def health_ready(self):
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/health/ready" % self.http, timeout=10) as r:
                return r.status == 200
        except Exception:
            return False

    def admin_get(self, path):
        return json.loads(self.admin_call("GET", path))

    def admin_call(self, method, path, body=None):
        req = urllib.request.Request("http://127.0.0.1:%d/mail/admin/%s" % (self.http, path), data=body,
                                     method=method)
        req.add_header("Authorization", "Basic " + base64.b64encode(
            ("%s:%s" % (ADMIN_USER, ADMIN_PASSWORD)).encode()).decode())
        if body is not None:
            req.add_header("Content-Type", "text/plain; charset=utf-8")
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.read()

    def java_pid(self):
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid), "java"], capture_output=True, text=True).stdout
        return int(out.split()[0])

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(90)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.log.close()

    def kill9(self):
        """SIGKILL the launcher and the JVM at once: nothing gets to flush or clean up."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        for _ in range(100):
            if subprocess.run(["pgrep", "-f", self.conf], capture_output=True).returncode != 0:
                break
            time.sleep(0.1)
        self.log.close()

    def tool(self, name, *args, stdin=None):
        return subprocess.run([os.path.join(self.repo, "bin", name), "-C", self.conf, *args], input=stdin,
                              text=True, capture_output=True, cwd=self.workdir)

    def add_user(self, name, password):
        r = self.tool("saslpasswd2", "-p", name, stdin=password + "\n")
        check(r.returncode == 0, "saslpasswd2 -p %s: %s" % (name, r.stderr.strip() or "ok"))
        r = self.tool("mkuser", name)
        check(r.returncode == 0, "mkuser %s: %s" % (name, r.stderr.strip() or "ok"))

    def print_log_tail(self, out, lines=80):
        if self.log:
            with open(self.log.name) as f:
                out.write("---- last appliance log lines ----\n" + "".join(f.readlines()[-lines:]))


def run_appliance_test(name, exercise, extra_conf="", cleanup=None):
    """The main() of a packaged-appliance test: reads --repo, --jar and --keep, starts the appliance in a fresh
    directory (with `extra_conf` added to imapd.conf), waits for its greeting, runs exercise(app), stops it. On a
    failure the appliance is stopped and its log tail printed; `cleanup` (if any) runs in every case."""
    import argparse
    import shutil
    import sys
    import tempfile
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--keep", action="store_true", help="keep the work dir")
    args = ap.parse_args()
    workdir = tempfile.mkdtemp(prefix=name.replace(" ", "-") + "-")
    app = Appliance(os.path.abspath(args.repo), os.path.abspath(args.jar), workdir, extra_conf=extra_conf)
    try:
        app.start()
        seconds, _ = app.wait_for_greeting()
        print("greeting after %.1f s" % seconds)
        exercise(app)
        app.stop()
    except BaseException:
        if app.proc and app.proc.poll() is None:
            app.stop()
        app.print_log_tail(sys.stderr)
        raise
    finally:
        if cleanup:
            cleanup()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print("%s: all checks passed" % name)
