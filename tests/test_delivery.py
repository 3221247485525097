"""Delivery: email to a local SMTP server, Slack and signed webhooks to a local HTTP server;
failures are retried and reported, and the brief is on disk whatever happens."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
from datetime import date
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from typer.testing import CliRunner

from triggers.events import save_event
from triggers.model import Event, Evidence
from watchlists import Account, save_account
from whynow.cli import app
from whynow.store import Store

runner = CliRunner()
DAY = "2026-06-02"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content,
                                                                    policy=policy.default)))
        return "250 OK"


@pytest.fixture
def smtp(monkeypatch):
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("WHYNOW_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("WHYNOW_SMTP_PORT", str(port))
    monkeypatch.setenv("WHYNOW_SMTP_FROM", "briefs@whynow.test")
    yield inbox
    controller.stop()


class Hook(ThreadingHTTPServer):
    """Records each POST; answers with the queued statuses, then 200."""

    def __init__(self):
        self.posts: list[tuple[str, dict, bytes]] = []
        self.statuses: list[int] = []
        super().__init__(("127.0.0.1", 0), _HookHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _HookHandler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.posts.append((self.path, dict(self.headers), body))
        self.send_response(self.server.statuses.pop(0) if self.server.statuses else 200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def hook(monkeypatch):
    server = Hook()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("WHYNOW_DELIVERY_BACKOFF", "0.01")
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def briefed_db(db):
    """One account of ana@example.com with a funding round whose crawled text has markup."""
    with Store(db) as store:
        save_account(store, Account("Acme Robotics", domain="acme.io", owner="ana@example.com"))
        save_event(store, Event(
            "ev1", "funding", "acme.io", "Acme Robotics", 0.9,
            {"amount": 12_000_000, "currency": "USD", "round": "series_a"},
            "Raised $12M <script>alert(1)</script>", date(2026, 6, 1),
            [Evidence("https://news.example.com/acme", "Acme Robotics raised $12M.",
                      date(2026, 6, 1), "a1")]))
    return db


def brief(db, tmp_path, *deliver: str):
    output = tmp_path / "brief.html"
    args = ["brief", "--as-of", DAY, "--format", "html", "-o", str(output), "--db", str(db)]
    for spec in deliver:
        args += ["--deliver", spec]
    return runner.invoke(app, args), output


def test_an_email_arrives_with_an_html_and_a_plain_text_part(briefed_db, tmp_path, smtp):
    result, output = brief(briefed_db, tmp_path, "email")
    assert result.exit_code == 0, result.output
    [(recipients, message)] = smtp.messages
    assert recipients == ["ana@example.com"]
    assert message["Subject"] == "whynow brief 2026-06-02: 1 account to contact"
    assert message["From"] == "briefs@whynow.test"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Why now: Raised $12M <script>alert(1)</script>" in text  # plain text is plain
    assert "Raised $12M &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert output.read_text().splitlines() == html.splitlines()  # the same brief, on disk
    assert "sent email to ana@example.com (1 attempt)" in result.stderr


def test_an_smtp_server_that_is_down_is_retried_reported_and_the_brief_kept(
        briefed_db, tmp_path, monkeypatch):
    monkeypatch.setenv("WHYNOW_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("WHYNOW_SMTP_PORT", str(free_port()))
    monkeypatch.setenv("WHYNOW_DELIVERY_BACKOFF", "0.01")
    result, output = brief(briefed_db, tmp_path, "email")
    assert result.exit_code == 1
    assert "failed email to ana@example.com (3 attempts): ConnectionRefusedError" in result.stderr
    assert "Acme Robotics" in output.read_text()
    with Store(briefed_db) as store:
        assert store.rows("SELECT channel, status, attempts FROM deliveries") == [
            {"channel": "email", "status": "failed", "attempts": 3}]


def test_a_webhook_is_signed_with_hmac_sha256_over_timestamp_and_body(
        briefed_db, tmp_path, hook, monkeypatch):
    monkeypatch.setenv("WHYNOW_WEBHOOK_SECRET", "s3cret")
    result, _ = brief(briefed_db, tmp_path, f"webhook:{hook.url}/whynow")
    assert result.exit_code == 0, result.output
    [(path, headers, body)] = hook.posts
    assert path == "/whynow"
    signed = headers["X-Whynow-Timestamp"].encode() + b"." + body
    expected = hmac.new(b"s3cret", signed, hashlib.sha256).hexdigest()
    assert headers["X-Whynow-Signature"] == "sha256=" + expected
    payload = json.loads(body)
    assert payload["owners"][0]["accounts"][0]["name"] == "Acme Robotics"
    assert "s3cret" not in body.decode()


def test_an_unsigned_webhook_is_refused_not_sent(briefed_db, tmp_path, hook, monkeypatch):
    monkeypatch.delenv("WHYNOW_WEBHOOK_SECRET", raising=False)
    result, output = brief(briefed_db, tmp_path, f"webhook:{hook.url}/whynow")
    assert result.exit_code == 1
    assert "WHYNOW_WEBHOOK_SECRET is not set" in result.stderr
    assert hook.posts == [] and output.exists()


def test_a_server_error_is_retried_and_a_client_error_is_not(briefed_db, tmp_path, hook,
                                                             monkeypatch):
    monkeypatch.setenv("WHYNOW_WEBHOOK_SECRET", "k")
    hook.statuses = [503]
    result, _ = brief(briefed_db, tmp_path, f"webhook:{hook.url}/a")
    assert result.exit_code == 0 and "sent webhook" in result.stderr and "(2 attempts)" in (
        result.stderr)
    hook.statuses = [404]
    result, _ = brief(briefed_db, tmp_path, f"webhook:{hook.url}/b")
    assert result.exit_code == 1
    assert "HTTP 404" in result.stderr and "(1 attempt)" in result.stderr
    assert [p for p, _, _ in hook.posts] == ["/a", "/a", "/b"]


def test_slack_gets_mrkdwn_with_crawled_markup_escaped(briefed_db, tmp_path, hook, monkeypatch):
    monkeypatch.setenv("WHYNOW_SLACK_WEBHOOK_URL", hook.url + "/services/T0/B0/x")
    result, _ = brief(briefed_db, tmp_path, "slack")
    assert result.exit_code == 0, result.output
    payload = json.loads(hook.posts[0][2])
    assert "*Acme Robotics*" in payload["text"]
    assert "&lt;script&gt;" in payload["text"] and "<script>" not in payload["text"]
    assert "<https://news.example.com/acme|source>" in payload["text"]
    assert payload["blocks"][0]["text"]["type"] == "mrkdwn"


def test_one_failed_channel_does_not_stop_the_others(briefed_db, tmp_path, hook, smtp,
                                                     monkeypatch):
    monkeypatch.delenv("WHYNOW_SLACK_WEBHOOK_URL", raising=False)
    result, _ = brief(briefed_db, tmp_path, "slack", "email")
    assert result.exit_code == 1
    assert "WHYNOW_SLACK_WEBHOOK_URL is not set" in result.stderr
    assert len(smtp.messages) == 1


def test_an_unknown_channel_is_refused_before_anything_runs(briefed_db, tmp_path):
    result, output = brief(briefed_db, tmp_path, "pigeon")
    assert result.exit_code == 1 and "unknown delivery 'pigeon'" in result.stderr
    assert not output.exists()
