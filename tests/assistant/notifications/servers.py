"""Real servers on 127.0.0.1 for the transport tests: a tiny SMTP server
(EHLO, optional STARTTLS and AUTH PLAIN/LOGIN, MAIL, RCPT, DATA) that keeps
what it receives, and an HTTP server whose answers are scripted."""

from __future__ import annotations

import base64
import http.server
import json
import socketserver
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Dict, List, Tuple


@dataclass
class Received:
    sender: str
    recipients: List[str]
    message: EmailMessage


@dataclass
class SmtpSink:
    """What the SMTP server accepts and received."""

    username: str = ""
    password: str = ""
    tls_context: ssl.SSLContext | None = None  # offers STARTTLS when set
    mail: List[Received] = field(default_factory=list)
    logins: List[str] = field(default_factory=list)
    tls_sessions: int = 0
    host: str = "127.0.0.1"
    port: int = 0


class _SmtpHandler(socketserver.StreamRequestHandler):
    server: Any

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:  # noqa: C901 (one small state machine)
        sink: SmtpSink = self.server.sink
        tls = False
        authenticated = not sink.username
        sender, recipients = "", []
        self.reply("220 sink.test ESMTP ready")
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb, _, argument = line.partition(" ")
            verb = verb.upper()
            if verb in ("EHLO", "HELO"):
                extensions = ["250-sink.test"]
                if sink.tls_context is not None and not tls:
                    extensions.append("250-STARTTLS")
                if sink.username:
                    extensions.append("250-AUTH PLAIN LOGIN")
                extensions.append("250 8BITMIME")
                self.reply("\r\n".join(extensions))
            elif verb == "STARTTLS" and sink.tls_context is not None:
                self.reply("220 go ahead")
                self.connection = sink.tls_context.wrap_socket(self.connection, server_side=True)
                self.rfile = self.connection.makefile("rb")
                self.wfile = self.connection.makefile("wb")
                tls = True
                sink.tls_sessions += 1
            elif verb == "AUTH":
                mechanism, _, initial = argument.partition(" ")
                if mechanism.upper() == "PLAIN":
                    if not initial:
                        self.reply("334 ")
                        initial = self.rfile.readline().decode().strip()
                    _, user, secret = base64.b64decode(initial).decode().split("\x00")
                else:  # LOGIN
                    self.reply("334 VXNlcm5hbWU6")
                    user = base64.b64decode(self.rfile.readline().strip()).decode()
                    self.reply("334 UGFzc3dvcmQ6")
                    secret = base64.b64decode(self.rfile.readline().strip()).decode()
                if (user, secret) == (sink.username, sink.password):
                    authenticated = True
                    sink.logins.append(user)
                    self.reply("235 2.7.0 Authentication successful")
                else:
                    self.reply("535 5.7.8 Authentication credentials invalid")
            elif verb == "MAIL":
                if not authenticated:
                    self.reply("530 5.7.0 Authentication required")
                    continue
                sender, recipients = argument.split(":", 1)[1].strip().strip("<>").split(">")[0], []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(argument.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if data in (b".\r\n", b".\n", b""):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                message = message_from_bytes(b"".join(lines), policy=policy.default)
                sink.mail.append(Received(sender, recipients, message))  # type: ignore[arg-type]
                self.reply("250 OK queued")
            elif verb == "RSET":
                sender, recipients = "", []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up mid-handshake is part of the tests


def start_smtp(sink: SmtpSink) -> _Server:
    server = _Server(("127.0.0.1", 0), _SmtpHandler)
    server.sink = sink  # type: ignore[attr-defined]
    sink.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


@dataclass
class WebhookInbox:
    """Scripted answers (status codes, used in turn; the last one repeats)
    and the requests received: (path, headers, JSON body)."""

    statuses: List[int] = field(default_factory=lambda: [200])
    received: List[Tuple[str, Dict[str, str], Any]] = field(default_factory=list)
    url: str = ""
    arrived: threading.Event = field(default_factory=threading.Event)


class _WebhookHandler(http.server.BaseHTTPRequestHandler):
    server: Any

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        inbox: WebhookInbox = self.server.inbox
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status = inbox.statuses[min(len(inbox.received), len(inbox.statuses) - 1)]
        inbox.received.append((self.path, dict(self.headers), json.loads(body)))
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        inbox.arrived.set()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # quiet test output


def start_webhook(inbox: WebhookInbox, path: str = "/hooks/T0000/B0000/secret-token-123") -> http.server.HTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _WebhookHandler)
    server.inbox = inbox  # type: ignore[attr-defined]
    inbox.url = f"http://127.0.0.1:{server.server_address[1]}{path}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


def self_signed_tls(folder: Path) -> Tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting it) for 127.0.0.1; files in `folder`."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    (folder / "cert.pem").write_bytes(cert_pem)
    (folder / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    client = ssl.create_default_context(cadata=cert_pem.decode())
    return server, client
