#!/usr/bin/env python3
"""The wire-level IMAP extensions against the packaged appliance, with imaplib and zlib as a client would use them:
COMPRESS=DEFLATE (RFC 4978) over IMAPS and after STARTTLS (TLS must stay below DEFLATE), BINARY (RFC 3516) on
base64 and quoted-printable parts and APPEND with a literal8, UTF8=ACCEPT (RFC 6855) and OBJECTID (RFC 8474).

    wire_extensions_test.py --repo <checkout> --jar <mail-appliance.jar> [--keep]

Exit status 0 means every check passed; each check prints one line.
"""
import base64
import quopri
import imaplib
import random
import re
import socket
import ssl
import zlib

from harness import check, insecure, run_appliance_test

imaplib.Commands.setdefault("COMPRESS", ("AUTH", "SELECTED"))


class Compressing:
    """imaplib with COMPRESS=DEFLATE: raw DEFLATE (wbits -15) both ways once the server said OK, each command
    sync-flushed, as RFC 4978 clients do. The TLS socket stays underneath, so this also proves TLS below DEFLATE."""
    deflater = None
    wire_octets = 0

    def compress(self):
        typ, data = self._simple_command("COMPRESS", "DEFLATE")
        if typ == "OK":
            self.deflater = zlib.compressobj(6, zlib.DEFLATED, -15)
            self.inflater = zlib.decompressobj(-15)
            self.inflated = b""
        return typ, data

    def send(self, data):
        if self.deflater:
            data = self.deflater.compress(data) + self.deflater.flush(zlib.Z_SYNC_FLUSH)
        super().send(data)

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise imaplib.IMAP4.abort("connection closed while compressed")
        self.wire_octets += len(chunk)
        self.inflated += self.inflater.decompress(chunk)

    def read(self, size):
        if not self.deflater:
            return super().read(size)
        while len(self.inflated) < size:
            self._fill()
        data, self.inflated = self.inflated[:size], self.inflated[size:]
        return data

    def readline(self):
        if not self.deflater:
            return super().readline()
        while b"\n" not in self.inflated:
            self._fill()
        i = self.inflated.index(b"\n") + 1
        line, self.inflated = self.inflated[:i], self.inflated[i:]
        return line


class CompressingImaps(Compressing, imaplib.IMAP4_SSL):
    """Over the implicit-TLS port."""


class CompressingImap(Compressing, imaplib.IMAP4):
    """Over the plain port, after STARTTLS."""


def code(c, name):
    """The value of the response code NAME of the last response (imaplib files it under the code's name)."""
    data = c.untagged_responses.pop(name, None)
    return data[-1].decode() if data else None


def fetch_part(c, msn, item):
    typ, data = c.fetch(msn, "(%s)" % item)
    check(typ == "OK", "FETCH %s %s: %s" % (msn, item, typ))
    return b"".join(d[1] for d in data if isinstance(d, tuple))


def big_message(seed, size):
    rnd = random.Random(seed)
    body = "\r\n".join("line %06d %s" % (i, "".join(rnd.choice("abcdefghij ") for _ in range(60)))
                       for i in range(size // 72))
    return ("From: Carol <carol@example.org>\r\nSubject: big %d\r\n\r\n%s\r\n" % (seed, body)).encode()


def exercise_compress(app):
    c = CompressingImaps("127.0.0.1", app.imaps, ssl_context=insecure(), timeout=20)
    c.login("alice", "alicepw")
    caps = c.capability()[1][0].decode().upper().split()
    check("COMPRESS=DEFLATE" in caps, "COMPRESS=DEFLATE is advertised after login")
    big = big_message(1, 300_000)
    check(c.append("INBOX", None, None, big)[0] == "OK", "APPEND a 300 kB message before compression")
    typ, data = c.compress()
    check(typ == "OK", "COMPRESS DEFLATE over IMAPS: %s %r" % (typ, data))
    # every response must arrive at once (sync flush): a lost flush would leave the client waiting into the timeout
    for i in range(5):
        check(c.noop()[0] == "OK", "NOOP %d answered through DEFLATE inside TLS" % i)
    caps = c.capability()[1][0].decode().upper().split()
    check("COMPRESS=DEFLATE" not in caps, "no longer advertised once active")
    try:
        c._simple_command("COMPRESS", "DEFLATE")
        check(False, "a second COMPRESS must fail")
    except imaplib.IMAP4.error as e:
        check("COMPRESSIONACTIVE" in str(e), "a second COMPRESS: BAD [COMPRESSIONACTIVE]: %s" % e)
    check(c.select("INBOX")[0] == "OK", "SELECT through the compressed link")
    before = c.wire_octets
    n = c.search(None, "ALL")[1][0].split()[-1]
    body = fetch_part(c, n, "BODY.PEEK[]")
    check(body == big, "FETCH of the 300 kB message through DEFLATE is byte-identical")
    check(c.wire_octets - before < len(big) // 2,
          "it travelled compressed (%d octets on the wire for %d)" % (c.wire_octets - before, len(big)))
    check(c.append("INBOX", None, None, big_message(2, 50_000))[0] == "OK", "APPEND (a literal) through DEFLATE")
    c.logout()

    s = CompressingImap("127.0.0.1", app.imap, timeout=20)
    check(s.starttls(ssl_context=insecure())[0] == "OK", "STARTTLS on the plain port")
    s.login("alice", "alicepw")
    check(s.compress()[0] == "OK", "COMPRESS DEFLATE after STARTTLS")
    s.select("INBOX")
    body = fetch_part(s, n, "BODY.PEEK[]")
    check(body == big, "FETCH after STARTTLS + COMPRESS is byte-identical (TLS below DEFLATE)")
    s.logout()


def literal8_append(app, user, password, mailbox, message):
    """APPEND with a literal8 (~{n+}): imaplib cannot send one, so this speaks the protocol itself."""
    raw = insecure().wrap_socket(socket.create_connection(("127.0.0.1", app.imaps), timeout=20))
    f = raw.makefile("rb")

    def tagged(tag):
        while True:
            line = f.readline()
            if not line or line.startswith(tag + b" "):
                return line

    f.readline()
    raw.sendall(b"a LOGIN %s %s\r\n" % (user.encode(), password.encode()))
    check(tagged(b"a").startswith(b"a OK"), "raw LOGIN for a literal8 APPEND")
    raw.sendall(b"b APPEND %s ~{%d+}\r\n" % (mailbox.encode(), len(message)) + message + b"\r\n")
    line = tagged(b"b")
    raw.sendall(b"c LOGOUT\r\n")
    raw.close()
    return line.decode().strip()


def exercise_binary(app):
    rnd = random.Random(7)
    payload = bytes(rnd.getrandbits(8) for _ in range(100_000))
    payload = payload[:10] + b"\x00" + payload[11:]
    text = "Grüße aus Köln, a long line that quoted-printable must break somewhere along the way " * 3
    qp = quopri.encodestring(text.encode("utf-8")).replace(b"\n", b"\r\n")
    message = (b"From: Carol <carol@example.org>\r\nSubject: binary\r\nMIME-Version: 1.0\r\n"
               b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain; charset=utf-8\r\n"
               b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp + b"\r\n--zz\r\n"
               b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + base64.encodebytes(payload).replace(b"\n", b"\r\n") + b"--zz--\r\n")
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    c.login("alice", "alicepw")
    check("BINARY" in c.capability()[1][0].decode().upper().split(), "BINARY is advertised after login")
    c.create("Bin")
    check(c.append("Bin", None, None, message)[0] == "OK", "APPEND a message with base64 and QP parts")
    c.select("Bin")
    check(fetch_part(c, "1", "BINARY.PEEK[2]") == payload,
          "BINARY[2] decodes 100 kB of base64 (with NUL, so a literal8 that imaplib reads) byte-exact")
    typ, data = c.fetch("1", "(BINARY.SIZE[2] BINARY.SIZE[1])")
    check(b"BINARY.SIZE[2] %d" % len(payload) in data[0] and b"BINARY.SIZE[1] %d" % len(text.encode()) in data[0],
          "BINARY.SIZE of both parts: %r" % data[0])
    check(fetch_part(c, "1", "BINARY.PEEK[1]").decode("utf-8") == text, "BINARY[1] undoes quoted-printable")
    check(fetch_part(c, "1", "BINARY.PEEK[2]<1000.500>") == payload[1000:1500], "partial BINARY on decoded octets")
    check(b"\\Seen" not in c.fetch("1", "(FLAGS)")[1][0], "BINARY.PEEK leaves \\Seen alone")
    # APPEND with a literal8: 8-bit text is stored, NUL is refused with UNKNOWN-CTE
    eight_bit = "Subject: acht bit\r\n\r\nStraße\r\n".encode("utf-8")
    answer = literal8_append(app, "alice", "alicepw", "Bin", eight_bit)
    check(re.match(r"b OK \[APPENDUID \d+ 2\]", answer), "APPEND ~{n+} with 8-bit text: %s" % answer)
    answer = literal8_append(app, "alice", "alicepw", "Bin", b"Subject: nul\r\n\r\na\x00b\r\n")
    check(answer.startswith("b NO [UNKNOWN-CTE]"), "APPEND ~{n+} with NUL: %s" % answer)
    c.noop()
    check(fetch_part(c, "2", "BODY.PEEK[]") == eight_bit, "the literal8 message is stored as sent")
    c.logout()


def exercise_utf8(app):
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    c.login("alice", "alicepw")
    check("UTF8=ACCEPT" in c.capability()[1][0].decode().upper().split(), "UTF8=ACCEPT is advertised")
    # imaplib keeps the pre-login list, which has no ENABLE yet
    c._get_capabilities()
    typ, data = c.enable("UTF8=ACCEPT")
    check(typ == "OK" and c.utf8_enabled, "ENABLE UTF8=ACCEPT: %r" % data)
    check(c.create('"Entwürfe/Été"')[0] == "OK", "CREATE with a UTF-8 quoted name")
    typ, data = c.list('""', '"Entw*"')
    listed = b"\n".join(data).decode("utf-8")
    check('"Entwürfe/Été"' in listed, "LIST answers UTF-8 names: %s" % listed)
    typ, data = c.status('"Entwürfe/Été"', "(MESSAGES)")
    check(typ == "OK" and "Entwürfe/Été" in data[0].decode("utf-8"), "STATUS by UTF-8 name: %r" % data)
    check(c.select('"Entwürfe/Été"')[0] == "OK", "SELECT by UTF-8 name")
    c.logout()
    plain = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    plain.login("alice", "alicepw")
    typ, data = plain.list('""', "Entw*")
    listed = b"\n".join(data).decode("ascii")
    check("Entw&APw-rfe/&AMk-t&AOk-" in listed, "a client without ENABLE sees modified UTF-7: %s" % listed)
    plain.logout()


def exercise_objectid(app):
    c = imaplib.IMAP4_SSL("127.0.0.1", app.imaps, ssl_context=insecure())
    c.login("alice", "alicepw")
    check("OBJECTID" in c.capability()[1][0].decode().upper().split(), "OBJECTID is advertised")
    c.untagged_responses.pop("MAILBOXID", None)
    check(c.create("Ids")[0] == "OK", "CREATE Ids")
    created = code(c, "MAILBOXID")
    check(created and re.fullmatch(r"\([A-Za-z0-9_-]{1,255}\)", created), "CREATE answers MAILBOXID %s" % created)
    typ, data = c.status("Ids", "(MAILBOXID)")
    check(("MAILBOXID %s" % created) in data[0].decode(), "STATUS MAILBOXID is the same: %r" % data)
    check(c.rename("Ids", "Ids2")[0] == "OK", "RENAME Ids Ids2")
    c.select("Ids2")
    check(code(c, "MAILBOXID") == created, "SELECT after RENAME reports the same MAILBOXID")
    c.append("Ids2", None, None, b"Subject: id\r\n\r\nsame content\r\n")
    c.noop()
    typ, data = c.fetch("1", "(EMAILID THREADID)")
    m = re.search(rb"EMAILID \((M[0-9a-f]{24})\) THREADID NIL", data[0])
    check(m, "FETCH EMAILID THREADID: %r" % data[0])
    check(c.copy("1", "INBOX")[0] == "OK", "COPY to INBOX")
    c.select("INBOX")
    typ, data = c.search(None, "EMAILID", m.group(1).decode())
    found = data[0].split()
    check(len(found) == 1, "SEARCH EMAILID finds the copy: %r" % data)
    typ, data = c.fetch(found[0].decode(), "(EMAILID)")
    check(m.group(1) in data[0], "the copy keeps its EMAILID")
    c.delete("Ids2")
    c.create("Ids2")
    typ, data = c.status("Ids2", "(MAILBOXID)")
    check(("MAILBOXID %s" % created) not in data[0].decode(), "a re-created mailbox gets a new MAILBOXID")
    c.logout()


def exercise(app):
    app.add_user("alice", "alicepw")
    exercise_compress(app)
    exercise_binary(app)
    exercise_utf8(app)
    exercise_objectid(app)


if __name__ == "__main__":
    run_appliance_test("wire extensions", exercise)
