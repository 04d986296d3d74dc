#!/usr/bin/env python3
"""ManageSieve (RFC 5804) against the packaged appliance: a raw-socket client for every command and response code
(Python has no ManageSieve module), Cyrus's own sivtest (cyrus-clients) with PLAIN after STARTTLS and
SCRAM-SHA-256, and sieve-connect (Debian) uploading, listing, activating and downloading a script.

    managesieve_test.py --repo <checkout> --jar <mail-appliance.jar> [--keep]
"""
import base64
import os
import re
import socket
import subprocess
import tempfile

from harness import check, insecure, run_appliance_test

CYRUS_BIN = "/usr/lib/cyrus/bin"
SCRIPT = 'require ["fileinto"];\r\nif header :contains "subject" "[list]" {\r\n  fileinto "Lists";\r\n}\r\n'


class Sieve:
    """A minimal ManageSieve client: strings, literals {n+}, responses with codes."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buf = b""

    def send(self, data):
        self.sock.sendall(data if isinstance(data, bytes) else data.encode("utf-8"))

    def _line(self):
        while b"\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("connection closed; had %r" % self.buf)
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def _octets(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("connection closed in a literal")
            self.buf += chunk
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def response(self):
        """Lines until OK/NO/BYE: (lines before, final line). A {n} literal line is read with its octets."""
        lines = []
        while True:
            line = self._line()
            m = re.match(rb"^(.*)\{(\d+)\}$", line)
            if m and not line.startswith((b"OK", b"NO", b"BYE")):
                lines.append(self._octets(int(m.group(2))).decode("utf-8"))
                continue
            text = line.decode("utf-8")
            if re.match(r"^(OK|NO|BYE)\b", text):
                return lines, text
            lines.append(text)

    def command(self, text):
        self.send(text + "\r\n")
        return self.response()

    def starttls(self):
        lines, final = self.command("STARTTLS")
        check(final.startswith("OK"), "STARTTLS: %s" % final)
        self.sock = insecure().wrap_socket(self.sock, server_hostname="localhost")
        return self.response()

    def close(self):
        self.sock.close()


def literal(text):
    data = text.encode("utf-8")
    return "{%d+}\r\n%s" % (len(data), text)


def exercise_raw(app):
    s = Sieve(app.sieve)
    caps, final = s.response()
    check(final == "OK", "greeting ends with OK")
    check(any(c.startswith('"IMPLEMENTATION"') for c in caps), "greeting lists IMPLEMENTATION: %s" % caps)
    check('"STARTTLS"' in caps, "STARTTLS offered on the clear link")
    sasl = [c for c in caps if c.startswith('"SASL"')][0]
    check("PLAIN" not in sasl and "SCRAM-SHA-256" in sasl, "no PLAIN before TLS: %s" % sasl)
    check(any(c.startswith('"SIEVE"') and "fileinto" in c for c in caps), "SIEVE lists fileinto")
    _, final = s.command('PUTSCRIPT "x" "keep;"')
    check(final.startswith("NO"), "PUTSCRIPT before AUTHENTICATE: %s" % final)
    _, final = s.command('AUTHENTICATE "PLAIN" "%s"' % base64.b64encode(b"\0alice\0alicepw").decode())
    check(final.startswith("NO"), "PLAIN refused before TLS: %s" % final)
    caps, final = s.starttls()
    check(final == "OK" and '"STARTTLS"' not in caps, "capabilities re-issued over TLS, without STARTTLS")
    check("PLAIN" in [c for c in caps if c.startswith('"SASL"')][0], "PLAIN offered over TLS")
    _, final = s.command('AUTHENTICATE "PLAIN" "%s"' % base64.b64encode(b"\0alice\0wrong").decode())
    check(final.startswith("NO"), "wrong password: %s" % final)
    # the continuation form: an empty challenge, the response as a literal
    s.send('AUTHENTICATE "PLAIN"\r\n')
    challenge = s._line() + b"|" + s._line()
    check(challenge == b'{0}|', "PLAIN starts with an empty challenge, sent as a literal: %r" % challenge)
    _, final = s.command(literal(base64.b64encode(b"\0alice\0alicepw").decode()))
    check(final.startswith("OK"), "AUTHENTICATE PLAIN: %s" % final)
    caps, _ = s.command("CAPABILITY")
    check('"OWNER" "alice"' in caps, "OWNER after login: %s" % caps)
    _, final = s.command('PUTSCRIPT "lists" ' + literal(SCRIPT))
    check(final == "OK", "PUTSCRIPT with a literal: %s" % final)
    _, final = s.command('PUTSCRIPT "broken" "if header :is \\"x\\" { keep; "')
    check(final.startswith("NO") and "line 1" in final, "a parse error is refused with its reason: %s" % final)
    _, final = s.command('CHECKSCRIPT "fileinto \\"x\\";"')
    check(final.startswith("NO") and "require" in final, "CHECKSCRIPT: fileinto without require: %s" % final)
    _, final = s.command('HAVESPACE "big" 999999')
    check(final.startswith("NO (QUOTA/MAXSIZE)"), "HAVESPACE over sieve_maxscriptsize: %s" % final)
    for name in ("two", "three"):
        _, final = s.command('PUTSCRIPT "%s" "keep;"' % name)
        check(final == "OK", "PUTSCRIPT %s" % name)
    _, final = s.command('PUTSCRIPT "four" "keep;"')
    check(final.startswith("NO (QUOTA/MAXSCRIPTS)"), "fourth script over sieve_maxscripts 3: %s" % final)
    _, final = s.command('SETACTIVE "lists"')
    check(final == "OK", "SETACTIVE")
    lines, final = s.command("LISTSCRIPTS")
    check(lines == ['"lists" ACTIVE', '"three"', '"two"'], "LISTSCRIPTS: %s" % lines)
    lines, final = s.command('GETSCRIPT "lists"')
    check(final == "OK" and lines[0] == SCRIPT, "GETSCRIPT returns the script octet for octet")
    _, final = s.command('DELETESCRIPT "lists"')
    check(final.startswith("NO (ACTIVE)"), "the active script cannot be deleted: %s" % final)
    _, final = s.command('RENAMESCRIPT "two" "three"')
    check(final.startswith("NO (ALREADYEXISTS)"), "RENAMESCRIPT onto an existing name: %s" % final)
    _, final = s.command('RENAMESCRIPT "nosuch" "x"')
    check(final.startswith("NO (NONEXISTENT)"), "RENAMESCRIPT of a missing script: %s" % final)
    _, final = s.command('RENAMESCRIPT "lists" "mailing lists"')
    check(final == "OK", "RENAMESCRIPT keeps the active script active")
    _, final = s.command('SETACTIVE ""')
    check(final == "OK", 'SETACTIVE "" deactivates')
    _, final = s.command('DELETESCRIPT "mailing lists"')
    check(final == "OK", "an inactive script can be deleted")
    _, final = s.command('NOOP "t1"')
    check(final.startswith('OK (TAG "t1")'), "NOOP echoes its tag: %s" % final)
    _, final = s.command("UNAUTHENTICATE")
    check(final == "OK", "UNAUTHENTICATE")
    _, final = s.command("LISTSCRIPTS")
    check(final.startswith("NO"), "LISTSCRIPTS after UNAUTHENTICATE: %s" % final)
    _, final = s.command("LOGOUT")
    check(final.startswith("OK"), "LOGOUT")
    s.close()


def sivtest(args, commands, timeout=60):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(commands)
        name = f.name
    try:
        r = subprocess.run([os.path.join(CYRUS_BIN, "sivtest"), "-f", name, *args], capture_output=True,
                           text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        return r.returncode, r.stdout + r.stderr
    finally:
        os.unlink(name)


def exercise_sivtest(app):
    check(os.path.exists(os.path.join(CYRUS_BIN, "sivtest")), "sivtest is installed (cyrus-clients)")
    rc, out = sivtest(["-t", "", "-p", str(app.sieve), "-m", "PLAIN", "-a", "bob", "-w", "bobpw", "127.0.0.1"],
                      'PUTSCRIPT "vacation" {42+}\r\nrequire "vacation";\r\nvacation "I am away";'
                      '\r\nSETACTIVE "vacation"\r\nLISTSCRIPTS\r\nLOGOUT\r\n')
    check("Authenticated." in out, "sivtest STARTTLS + PLAIN authenticates bob: %s" % out.strip().splitlines()[-3:])
    check('"vacation" ACTIVE' in out, "sivtest: script stored and active: %s" % out.strip().splitlines()[-6:])
    rc, out = sivtest(["-t", "", "-p", str(app.sieve), "-m", "PLAIN", "-a", "bob", "-w", "wrong", "127.0.0.1"],
                      "LOGOUT\r\n")
    check("Authenticated." not in out, "sivtest with a wrong password is not authenticated")
    rc, out = sivtest(["-p", str(app.sieve), "-m", "SCRAM-SHA-256", "-a", "bob", "-w", "bobpw", "127.0.0.1"],
                      'GETSCRIPT "vacation"\r\nLOGOUT\r\n')
    check("Authenticated." in out and "I am away" in out,
          "sivtest -m SCRAM-SHA-256 (server-final in OK (SASL ...)) reads the script: %s"
          % out.strip().splitlines()[-4:])


def exercise_sieve_connect(app):
    def run(*args):
        r, w = os.pipe()
        os.write(w, b"alicepw\n")
        os.close(w)
        try:
            p = subprocess.run(["sieve-connect", "--server", "127.0.0.1", "--port", str(app.sieve), "--user",
                                "alice", "--passwordfd", str(r), "--notlsverify", "--authmech", "PLAIN", *args],
                               capture_output=True, text=True, timeout=60, pass_fds=(r,), stdin=subprocess.DEVNULL)
        finally:
            os.close(r)
        return p.returncode, p.stdout + p.stderr
    with tempfile.TemporaryDirectory() as d:
        local = os.path.join(d, "filter.sieve")
        with open(local, "w") as f:
            f.write('require "fileinto";\nif size :over 1M { fileinto "Big"; }\n')
        rc, out = run("--upload", "--localsieve", local, "--remotesieve", "big")
        check(rc == 0, "sieve-connect --upload: %s" % out.strip())
        rc, out = run("--activate", "--remotesieve", "big")
        check(rc == 0, "sieve-connect --activate: %s" % out.strip())
        rc, out = run("--list")
        check(rc == 0 and "big" in out, "sieve-connect --list shows the script: %s" % out.strip())
        back = os.path.join(d, "back.sieve")
        rc, out = run("--download", "--remotesieve", "big", "--localsieve", back)
        check(rc == 0 and open(back).read().replace("\r\n", "\n") == open(local).read(),
              "sieve-connect --download returns the script: %s" % out.strip())


def main():
    def exercise(app):
        app.add_user("alice", "alicepw")
        app.add_user("bob", "bobpw")
        exercise_raw(app)
        exercise_sivtest(app)
        exercise_sieve_connect(app)

    run_appliance_test("managesieve", exercise, extra_conf="sieve_maxscripts: 3\nsieve_maxscriptsize: 8")


if __name__ == "__main__":
    main()
