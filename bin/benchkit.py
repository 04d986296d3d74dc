"""Shared pieces of the bin/bench-* scripts: LoadGen compiled once, the anchors (Cyrus, Dovecot) started and
stopped around a run, the packaged appliance with bench accounts, and the result table."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(repo, "ear", "src", "test", "python"))
from harness import Appliance  # noqa: E402

SHARED = os.path.abspath(os.path.join(repo, "..", "shared", "bench"))
JAVA25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
ANCHORS = "/var/tmp/anchors"


def compile_loadgen():
    classes = tempfile.mkdtemp(prefix="loadgen-")
    subprocess.run([JAVA25.replace("/java", "/javac"), "-d", classes, os.path.join(SHARED, "loadgen", "LoadGen.java")],
                   check=True)
    return classes


def loadgen(classes, workload, label, port, args):
    """One LoadGen run; returns its JSON result line."""
    cmd = [JAVA25, "-cp", classes, "LoadGen", "--workload", workload, "--label", label, "--port", str(port), *args]
    out = subprocess.run(cmd, capture_output=True, text=True)
    lines = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if not lines:
        raise SystemExit("LoadGen %s failed for %s: %s" % (workload, label, out.stderr[-2000:]))
    # the whole result goes to stderr: server_cpu_ms_per_op and other_cpu_s matter on a noisy machine
    print(lines[-1], file=sys.stderr)
    return json.loads(lines[-1])


def start_anchors():
    """Starts Cyrus and Dovecot; returns their master PIDs. The daemons inherit our stdout: do not keep the pipe."""
    subprocess.run([os.path.join(SHARED, "anchors", "start.sh")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)
    return (int(open(ANCHORS + "/cyrus/run/master.pid").read()),
            int(open(ANCHORS + "/dovecot/run/master.pid").read()))


def stop_anchors():
    subprocess.run([os.path.join(SHARED, "anchors", "stop.sh")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_appliance(jar, users, extra_conf=""):
    """The packaged appliance in a fresh directory with accounts user<N>/pass for N in `users`."""
    work = tempfile.mkdtemp(prefix="bench-")
    app = Appliance(repo, os.path.abspath(jar), work, extra_conf=extra_conf)
    app.start()
    app.wait_for_greeting()
    for n in users:
        app.admin_call("PUT", "users/user%d/password" % n, b"pass")
        app.admin_call("POST", "users/user%d" % n)
    return app


def stop_appliance(app):
    if app.proc and app.proc.poll() is None:
        app.stop()
    shutil.rmtree(app.workdir, ignore_errors=True)


def settle():
    subprocess.run(["sync"])
    time.sleep(3)


def ratios(results, key, unit):
    """Prints the appliance's (last result) ratio to each anchor on `key`."""
    mine = results[-1][key]
    for r in results[:-1]:
        print("appliance / %s: %.2fx %s" % (r["label"], mine / r[key] if r[key] else float("inf"), unit))
