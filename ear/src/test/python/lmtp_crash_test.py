#!/usr/bin/env python3
"""Crash test: 8 concurrent LMTP clients deliver while the appliance is killed with SIGKILL; after a restart every
message that got a 250 must be present byte-exact, and nothing may be half-present (every index record has its
complete file, every file in a mailbox directory has a record). Repeated on the same data.

    lmtp_crash_test.py --repo <checkout> --jar <mail-appliance.jar> [--rounds 3] [--load-seconds 4]
"""
import argparse
import hashlib
import os
import random
import shutil
import sys
import tempfile
import threading
import time

from harness import Appliance, check
from lmtp_client import LmtpClient

USERS = ["crash%d" % i for i in range(1, 7)]
CLIENTS = 8


def message(client, n, rnd):
    """A message of CRLF lines, some starting with a dot (the client dot-stuffs them, the store must not)."""
    lines, size = [], rnd.choice([200, 2_000, 20_000, 120_000])
    while size > 0:
        line = ("." if rnd.random() < 0.1 else "") + " ".join(
            rnd.choice(["alpha", "beta", "gamma", "delta", "x" * rnd.randint(1, 40)]) for _ in range(rnd.randint(1, 12)))
        lines.append(line)
        size -= len(line) + 2
    return ("From: load%d@example.org\r\nSubject: crash test %d/%d\r\nMessage-ID: <c%d.%d.%f@test>\r\n\r\n%s\r\n"
            % (client, client, n, client, n, time.time(), "\r\n".join(lines))).encode()


def deliver_until_killed(port, client, acked, stop):
    rnd = random.Random(client * 7919 + int(time.time()))
    n = 0
    while not stop.is_set():
        try:
            c = LmtpClient.tcp(port)
            c.command("LHLO crash.test")
            while not stop.is_set():
                n += 1
                rcpts = rnd.sample(USERS, rnd.choice([1, 1, 2, 3]))
                msg = message(client, n, rnd)
                c.command("MAIL FROM:<load%d@example.org>" % client)
                for r in rcpts:
                    if not c.command("RCPT TO:<%s@example.org>" % r)[0].startswith("250"):
                        raise AssertionError("RCPT refused")
                c.command("DATA")
                replies = c.data(msg, len(rcpts))
                stored = b"Return-Path: <load%d@example.org>\r\n" % client + msg
                digest = hashlib.sha1(stored).hexdigest()
                for r, reply in zip(rcpts, replies):
                    if reply.startswith("250"):
                        acked.append((r, digest))
        except (OSError, ConnectionError, AssertionError):
            time.sleep(0.05)   # the server is gone (killed) or restarting


def verify(app, acked):
    missing = 0
    for user in USERS:
        records = app.admin_get("mailboxes/user.%s/messages" % user)
        guids = {}
        for r in records:
            data = open(r["file"], "rb").read()
            digest = hashlib.sha1(data).hexdigest()
            if digest != r["guid"] or len(data) != r["size"]:
                raise AssertionError("user.%s uid %s: file does not match its record" % (user, r["uid"]))
            guids[digest] = guids.get(digest, 0) + 1
        want = [d for (u, d) in acked if u == user]
        missing += sum(1 for d in want if d not in guids)
        directory = os.path.dirname(records[0]["file"]) if records else None
        if directory:
            files = {f for f in os.listdir(directory) if f.endswith(".") and f[:-1].isdigit()}
            indexed = {os.path.basename(r["file"]) for r in records}
            if files != indexed:
                raise AssertionError("user.%s: files without records %s, records without files %s"
                                     % (user, sorted(files - indexed)[:5], sorted(indexed - files)[:5]))
    return missing


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--jar", required=True)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--load-seconds", type=float, default=4.0)
    args = ap.parse_args()
    workdir = tempfile.mkdtemp(prefix="lmtp-crash-")
    app = Appliance(os.path.abspath(args.repo), os.path.abspath(args.jar), workdir)
    acked = []
    try:
        app.start()
        app.wait_for_greeting()
        for u in USERS:
            app.add_user(u, "pw")
        for rnd in range(1, args.rounds + 1):
            stop = threading.Event()
            before = len(acked)
            threads = [threading.Thread(target=deliver_until_killed, args=(app.lmtp, i, acked, stop), daemon=True)
                       for i in range(CLIENTS)]
            for t in threads:
                t.start()
            time.sleep(args.load_seconds)
            app.kill9()
            stop.set()
            for t in threads:
                t.join(30)
            check(len(acked) > before, "round %d: %d recipient deliveries acknowledged before kill -9"
                  % (rnd, len(acked) - before))
            app.start()
            app.wait_for_greeting()
            missing = verify(app, acked)
            check(missing == 0, "round %d: all %d acknowledged deliveries present byte-exact, no half-present message"
                  % (rnd, len(acked)))
        app.stop()
    except BaseException:
        if app.proc and app.proc.poll() is None:
            app.stop()
        app.print_log_tail(sys.stderr)
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("lmtp crash test: all rounds passed")


if __name__ == "__main__":
    main()
