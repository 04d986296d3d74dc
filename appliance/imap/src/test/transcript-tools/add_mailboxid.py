#!/usr/bin/env python3
"""Adds the OBJECTID (RFC 8474) lines to mail transcripts written before it: * OK [MAILBOXID (...)] Ok before every
SELECT/EXAMINE tagged OK ([READ-WRITE]/[READ-ONLY]) and [MAILBOXID (...)] in CREATE's OK. Idempotent.

    add_mailboxid.py appliance/imap/src/test/resources/mail-transcripts/*.txt
"""
import re, sys
for path in sys.argv[1:]:
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    out = []
    for i, line in enumerate(lines):
        m = re.match(r'^(S\d*): \S+ OK \[READ-(WRITE|ONLY)\]', line)
        if m and not (out and 'MAILBOXID' in out[-1]):
            out.append('%s: * OK [MAILBOXID (...)] Ok' % m.group(1))
        line = re.sub(r'^(S\d*: \S+) OK CREATE completed$', r'\1 OK [MAILBOXID (...)] CREATE completed', line)
        out.append(line)
    open(path, 'w', encoding='utf-8', newline='').write('\n'.join(out))
