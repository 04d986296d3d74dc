"""A small LMTP client that reads one reply per recipient after DATA (smtplib.LMTP reads only one)."""
import socket


class LmtpClient:
    def __init__(self, sock):
        self.sock = sock
        self.file = sock.makefile("rb")
        self.greeting = self.reply()

    @classmethod
    def tcp(cls, port, host="127.0.0.1"):
        return cls(socket.create_connection((host, port), timeout=120))

    @classmethod
    def unix(cls, path):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(120)
        s.connect(path)
        return cls(s)

    def reply(self):
        """One (possibly multi-line) reply as a list of lines."""
        lines = []
        while True:
            line = self.file.readline().decode("utf-8", "replace").rstrip("\r\n")
            if not line:
                raise ConnectionError("connection closed; got %r" % lines)
            lines.append(line)
            if len(line) < 4 or line[3] != "-":
                return lines

    def command(self, line):
        self.sock.sendall(line.encode() + b"\r\n")
        return self.reply()

    def data(self, message, recipients):
        """Sends the message dot-stuffed and returns the final line of each of `recipients` replies."""
        body = message.replace(b"\r\n.", b"\r\n..")
        if body.startswith(b"."):
            body = b"." + body
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        self.sock.sendall(body + b".\r\n")
        return [self.reply()[-1] for _ in range(recipients)]

    def close(self):
        self.sock.close()
