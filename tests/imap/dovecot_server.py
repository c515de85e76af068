"""A real Dovecot for the IMAP tests: its own config, base_dir, users and maildirs.

Debian's dovecot-imapd binaries, started on a free port with a configuration written
here: a passwd-file userdb and passdb (plain passwords, allowed over loopback), maildirs
in a temporary directory, optionally TLS with a self-signed certificate made with
openssl, a reduced capability list (no IDLE, no MOVE), or an OAuth2 passdb for XOAUTH2
that asks a token-info URL. Run as root, Dovecot drops to its own users (dovenull,
dovecot) and the mail belongs to nobody; run as anyone else, everything runs as them.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from imapclient import IMAPClient

from tests.conftest import free_port

BASIC_CAPABILITIES = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ UIDPLUS"


class DovecotUnavailable(RuntimeError):
    pass


def dovecot_problem() -> str | None:
    missing = [b for b in ("dovecot", "doveadm") if shutil.which(b) is None]
    if missing:
        return (f"{' and '.join(missing)} not found: install Debian's dovecot-imapd "
                "(apt-get install -y dovecot-imapd)")
    return None


class Dovecot:
    def __init__(self, *, tls: bool = False, capabilities: str | None = None,
                 tokeninfo_url: str | None = None):
        self.root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))
        self.root.chmod(0o755)  # Dovecot's unprivileged users must reach sockets and mail
        self.port = free_port()
        self.tls_port = free_port() if tls else 0
        self.tls = tls
        self.capabilities = capabilities
        self.tokeninfo_url = tokeninfo_url
        self.users: dict[str, str] = {}
        self.process: subprocess.Popen | None = None
        self._ids = _run_as()

    # --- setup ---------------------------------------------------------------------------
    def add_user(self, name: str, password: str) -> None:
        self.users[name] = password
        home = self.root / "mail" / name
        home.mkdir(parents=True, exist_ok=True)
        for path in (self.root / "mail", home):
            os.chown(path, self._ids["mail_uid"], self._ids["mail_gid"])
        self._write_passwd()

    def _write_passwd(self) -> None:
        uid, gid = self._ids["mail_uid"], self._ids["mail_gid"]
        lines = [f"{n}:{{PLAIN}}{p}:{uid}:{gid}::{self.root / 'mail' / n}::"
                 for n, p in self.users.items()]
        (self.root / "passwd").write_text("\n".join(lines) + "\n")

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    def _write_config(self) -> None:
        (self.root / "run").mkdir(exist_ok=True)
        (self.root / "run").chmod(0o755)
        self.config_path.write_text(_config(self))
        if self.tokeninfo_url:
            (self.root / "oauth2.conf").write_text(
                f"tokeninfo_url = {self.tokeninfo_url}\nusername_attribute = email\n")
        if self.tls and not (self.root / "cert.pem").exists():
            make_certificate(self.root)

    @property
    def ca_file(self) -> Path:
        return self.root / "cert.pem"

    # --- running -------------------------------------------------------------------------
    def start(self, timeout: float = 15.0) -> None:
        self._write_config()
        log = open(self.root / "master.out", "ab")  # noqa: SIM115 - kept by the process
        self.process = subprocess.Popen(
            ["dovecot", "-F", "-c", str(self.config_path)], stdout=log, stderr=log,
            start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise DovecotUnavailable(f"dovecot exited {self.process.returncode}: "
                                         f"{self.log_tail()}")
            if _greets(self.port):
                return
            time.sleep(0.05)
        self.stop()
        raise DovecotUnavailable(f"dovecot did not answer on {self.port}: {self.log_tail()}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.process = None
        _wait_port_closed(self.port)

    def crash(self) -> None:
        """Every Dovecot process at once, as in a machine failure. (On a plain stop the
        master goes, but a connected client's imap process serves on for a while.)"""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(10)
        self.process = None
        _wait_port_closed(self.port)

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        pgid = self.process.pid if self.process else None
        self.stop()
        if pgid is not None:
            try:
                os.killpg(pgid, signal.SIGKILL)  # imap processes that outlived their master
            except ProcessLookupError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 15) -> str:
        text = ""
        for name in ("master.out", "dovecot.log"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")
        return " | ".join(text.strip().splitlines()[-lines:])

    def doveadm(self, *args: str) -> str:
        done = subprocess.run(["doveadm", "-c", str(self.config_path), *args],
                              capture_output=True, text=True, timeout=30)
        if done.returncode not in (0, 68):  # 68: "no users kicked"
            raise RuntimeError(f"doveadm {' '.join(args)}: {done.returncode} {done.stderr}")
        return done.stdout

    def kick(self, user: str) -> None:
        self.doveadm("kick", user)

    # --- clients -------------------------------------------------------------------------
    def client(self, user: str) -> IMAPClient:
        client = IMAPClient("127.0.0.1", self.port, ssl=False, timeout=10)
        client.login(user, self.users[user])
        return client

    def deliver(self, user: str, *messages: bytes, folder: str = "INBOX") -> None:
        """New mail, appended over a connection of its own (as an MTA's delivery would)."""
        with self.client(user) as client:
            for message in messages:
                client.append(folder, message)

    def url(self, user: str, folder: str = "INBOX", *, tls: str = "none",
            password: str | None = None, **options) -> str:
        """A mailbox URL for INTAKE_IMAP_URLS: tls is none, starttls or imaps."""
        scheme, port = ("imaps", self.tls_port) if tls == "imaps" else ("imap", self.port)
        query = {"starttls": "yes" if tls == "starttls" else "no"} if scheme == "imap" else {}
        query.update({k: str(v) for k, v in options.items()})
        password = self.users.get(user, "x") if password is None else password
        return (f"{scheme}://{quote(user, safe='')}:{quote(password, safe='')}"
                f"@127.0.0.1:{port}/{quote(folder)}?"
                + "&".join(f"{k}={v}" for k, v in query.items()))

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        out = self.doveadm("mailbox", "status", "-u", user, "uidvalidity", folder)
        return int(out.strip().rpartition("=")[2])


def make_certificate(directory: Path) -> None:
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(directory / "key.pem"), "-out", str(directory / "cert.pem"),
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60)
    for name in ("key.pem", "cert.pem"):
        (directory / name).chmod(0o644)


def _run_as() -> dict:
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        return {"login_user": "dovenull", "internal_user": "dovecot",
                "internal_group": "dovecot", "mail_uid": nobody.pw_uid,
                "mail_gid": nobody.pw_gid}
    me = pwd.getpwuid(os.geteuid())
    import grp
    group = grp.getgrgid(os.getegid()).gr_name
    return {"login_user": me.pw_name, "internal_user": me.pw_name, "internal_group": group,
            "mail_uid": me.pw_uid, "mail_gid": os.getegid()}


def _config(d: Dovecot) -> str:
    ids = d._ids
    mechanisms = "plain login" + (" xoauth2 oauthbearer" if d.tokeninfo_url else "")
    lines = [
        f"base_dir = {d.root}/run",
        f"state_dir = {d.root}/run/state",
        f"instance_name = intake-test-{d.port}",
        "protocols = imap",
        "listen = 127.0.0.1",
        f"log_path = {d.root}/dovecot.log",
        f"default_login_user = {ids['login_user']}",
        f"default_internal_user = {ids['internal_user']}",
        f"default_internal_group = {ids['internal_group']}",
        f"first_valid_uid = {min(ids['mail_uid'], 500)}",
        "disable_plaintext_auth = no",
        f"auth_mechanisms = {mechanisms}",
        "mail_location = maildir:~/Maildir",
        "passdb {", "  driver = passwd-file", "  mechanisms = plain login",
        f"  args = scheme=PLAIN username_format=%u {d.root}/passwd", "}",
        "userdb {", "  driver = passwd-file", f"  args = username_format=%u {d.root}/passwd",
        "}",
        "service imap-login {", "  chroot =",
        f"  inet_listener imap {{\n    port = {d.port}\n  }}",
        f"  inet_listener imaps {{\n    port = {d.tls_port}\n    ssl = yes\n  }}", "}",
        "service anvil {", "  chroot =", "}",
    ]
    if d.tokeninfo_url:
        lines += ["passdb {", "  driver = oauth2", "  mechanisms = xoauth2 oauthbearer",
                  f"  args = {d.root}/oauth2.conf", "}"]
    if d.tls:
        lines += ["ssl = yes", f"ssl_cert = <{d.root}/cert.pem", f"ssl_key = <{d.root}/key.pem"]
        if Path("/usr/share/dovecot/dh.pem").exists():
            lines.append("ssl_dh = </usr/share/dovecot/dh.pem")
    else:
        lines.append("ssl = no")
    if d.capabilities:
        lines.append(f"imap_capability = {d.capabilities}")
    return "\n".join(lines) + "\n"


def _greets(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            return sock.recv(100).startswith(b"* OK")
    except OSError:
        return False


def _wait_port_closed(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        except OSError:
            return
        time.sleep(0.05)
