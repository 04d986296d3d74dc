#!/usr/bin/env python3
"""SORT and THREAD answers of Cyrus 3.6 and Dovecot 2.3 for the conformance corpus (../conformance/messages).

Appends the 30 messages as ../../../../shared/conformance/oracle.py does (INBOX emptied first, INTERNALDATE
01-Jan-2024 12:00:00 +0000, bytes unchanged), runs every UID SORT and UID THREAD of SORTS and THREADS, and writes
the answers with UIDs replaced by message file names. SortConformanceTest compares this engine with them.

    sort_oracle.py --oracle <path to oracle.py> --port 11143 --user user100 --password pass --out cyrus.json
    sort_oracle.py --merge cyrus.json dovecot.json --out expected.json
"""
import argparse
import importlib.util
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SORTS = [
    ("arrival", "(ARRIVAL)"), ("cc", "(CC)"), ("date", "(DATE)"), ("from", "(FROM)"), ("size", "(SIZE)"),
    ("subject", "(SUBJECT)"), ("to", "(TO)"), ("displayfrom", "(DISPLAYFROM)"), ("displayto", "(DISPLAYTO)"),
    ("reverse-date", "(REVERSE DATE)"), ("subject-reverse-size", "(SUBJECT REVERSE SIZE)"),
    ("from-subject", "(FROM SUBJECT)"),
]
THREADS = ["REFERENCES", "ORDEREDSUBJECT"]


def load_oracle(path):
    spec = importlib.util.spec_from_file_location("oracle", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(o, args):
    msgs = o.load_messages(os.path.join(HERE, "..", "conformance", "messages"))
    c = o.connect(args.host, args.port, args.user, args.password)
    typ, data = c.select("INBOX")
    if int(data[0] or 0) > 0:
        c.store("1:*", "+FLAGS.SILENT", "(\\Deleted)")
        c.expunge()
    names = []
    for name, raw in msgs:
        if o.append_raw(c, "INBOX", raw)[0] == "OK":
            names.append(name)
    c.select("INBOX")
    typ, data = c.uid("SEARCH", "ALL")
    uids = sorted(int(x) for x in b" ".join(d for d in data if d).split())
    uid2name = dict(zip(uids, names))
    out = {"server": c.welcome.decode("utf-8", "replace"), "sorts": {}, "threads": {}}
    for key, criteria in SORTS:
        typ, data = c.uid("SORT", criteria, "UTF-8", "ALL")
        got = [int(x) for x in b" ".join(d for d in data if d).split()]
        out["sorts"][key] = {"query": criteria, "status": typ, "messages": [uid2name[u] for u in got]}
    for algorithm in THREADS:
        typ, data = c.uid("THREAD", algorithm, "UTF-8", "ALL")
        text = b"".join(d for d in data if d).decode()
        out["threads"][algorithm] = {"status": typ,
                                     "threads": re.sub(r"\d+", lambda m: uid2name[int(m.group())], text)}
    c.logout()
    return out


def merge(cy, dv):
    out = {"servers": {"cyrus": cy["server"], "dovecot": dv["server"]}, "sorts": {}, "threads": {}}
    for kind in ("sorts", "threads"):
        for key in cy[kind]:
            a, b = cy[kind][key], dv[kind][key]
            out[kind][key] = {"cyrus": a, "dovecot": b, "agree": a == b}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", default=os.path.join(HERE, "..", "..", "..", "..", "..", "..", "shared",
                                                    "conformance", "oracle.py"))
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=11143)
    ap.add_argument("--user", default="user100")
    ap.add_argument("--password", default="pass")
    ap.add_argument("--merge", nargs=2)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if args.merge:
        result = merge(*(json.load(open(p)) for p in args.merge))
    else:
        result = run(load_oracle(args.oracle), args)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
