"""Deliver a brief by email (SMTP), to a Slack incoming webhook, or to any webhook with an
HMAC-SHA256 signature. Secrets come only from environment variables:

| variable | for |
|---|---|
| WHYNOW_SMTP_HOST, WHYNOW_SMTP_PORT (25), WHYNOW_SMTP_FROM | email |
| WHYNOW_SMTP_USER, WHYNOW_SMTP_PASSWORD, WHYNOW_SMTP_STARTTLS=1 | email, when the server asks |
| WHYNOW_EMAIL_TO | email: send every owner's brief here instead of to the owner |
| WHYNOW_SLACK_WEBHOOK_URL | slack |
| WHYNOW_WEBHOOK_SECRET | webhook: the key of the X-Whynow-Signature header |

A failed delivery is retried (3 attempts, backing off) and reported; it never stops the
others, and the brief is written to disk before any delivery starts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import make_msgid
from functools import partial

from whynow.clock import utcnow
from whynow.store import Store

from .brief import Brief
from .render import to_html, to_text

CHANNELS = ("email", "slack", "webhook")
ATTEMPTS = 3
SIGNATURE_HEADER = "X-Whynow-Signature"
TIMESTAMP_HEADER = "X-Whynow-Timestamp"


class DeliveryError(Exception):
    """A delivery that failed; `permanent` ones are not retried."""

    def __init__(self, message: str, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass
class Delivery:
    channel: str
    target: str
    status: str  # sent | failed
    attempts: int
    message: str = ""


def parse_channel(spec: str) -> tuple[str, str | None]:
    """'email', 'slack', or 'webhook:URL' (also 'webhook=URL')."""
    channel, _, target = spec.replace("=", ":", 1).partition(":")
    channel = channel.strip().lower()
    if channel not in CHANNELS:
        raise ValueError(f"unknown delivery {spec!r}: use email, slack or webhook:URL")
    if channel == "webhook" and not target.startswith(("http://", "https://")):
        raise ValueError(f"give the webhook's URL: --deliver webhook:https://... (got {spec!r})")
    return channel, target or None


def deliver(brief: Brief, specs: list[str], store: Store | None = None,
            backoff: float | None = None) -> list[Delivery]:
    """Every requested delivery, each retried on its own; the results, also recorded in the
    store's deliveries table."""
    backoff = float(os.environ.get("WHYNOW_DELIVERY_BACKOFF", 2.0)) if backoff is None else backoff
    results: list[Delivery] = []
    for spec in specs:
        channel, target = parse_channel(spec)
        for recipient, send in _sends(brief, channel, target):
            results.append(_with_retries(channel, recipient, send, backoff))
    if store is not None:
        store.executemany("INSERT INTO deliveries VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (utcnow(), brief.as_of, d.channel, d.target, d.status, d.attempts, d.message)
            for d in results])
    return results


def _sends(brief: Brief, channel: str, target: str | None):
    if channel == "email":
        override = os.environ.get("WHYNOW_EMAIL_TO")
        for owner in brief.owners:
            recipient = override or owner
            yield recipient, partial(send_email, _for_owner(brief, owner), recipient)
    elif channel == "slack":
        url = os.environ.get("WHYNOW_SLACK_WEBHOOK_URL", "")
        yield "slack webhook", partial(post_slack, brief, url)
    else:
        yield target, partial(post_webhook, brief, target)


def _with_retries(channel: str, target: str, send: Callable[[], None], backoff: float) -> Delivery:
    for attempt in range(1, ATTEMPTS + 1):
        try:
            send()
            return Delivery(channel, target, "sent", attempt)
        except DeliveryError as error:
            message, permanent = str(error), error.permanent
        except (OSError, smtplib.SMTPException) as error:
            message, permanent = f"{type(error).__name__}: {error}", False
        if permanent or attempt == ATTEMPTS:
            return Delivery(channel, target, "failed", attempt, message)
        time.sleep(backoff * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


def _for_owner(brief: Brief, owner: str) -> Brief:
    return replace(brief, owners={owner: brief.owners[owner]})


def email_message(brief: Brief, recipient: str) -> EmailMessage:
    """A multipart/alternative message: the plain-text brief and the HTML brief."""
    count = brief.account_count
    message = EmailMessage()
    message["Subject"] = (f"whynow brief {brief.as_of.isoformat()}: {count} account"
                          f"{'s' * (count != 1)} to contact")
    message["From"] = os.environ.get("WHYNOW_SMTP_FROM", "whynow@localhost")
    message["To"] = recipient
    message["Message-ID"] = make_msgid(domain="whynow.local")
    message.set_content(to_text(brief))
    message.add_alternative(to_html(brief), subtype="html")
    return message


def send_email(brief: Brief, recipient: str) -> None:
    if "@" not in recipient:
        raise DeliveryError(f"owner {recipient!r} is not an email address; set WHYNOW_EMAIL_TO",
                            permanent=True)
    host = os.environ.get("WHYNOW_SMTP_HOST", "localhost")
    port = int(os.environ.get("WHYNOW_SMTP_PORT", "25"))
    with smtplib.SMTP(host, port, timeout=30) as smtp:
        if os.environ.get("WHYNOW_SMTP_STARTTLS") == "1":
            smtp.starttls()
        if os.environ.get("WHYNOW_SMTP_USER"):
            smtp.login(os.environ["WHYNOW_SMTP_USER"], os.environ.get("WHYNOW_SMTP_PASSWORD", ""))
        smtp.send_message(email_message(brief, recipient))


def slack_payload(brief: Brief) -> dict:
    """Slack's mrkdwn: the accounts, why now and a link to the first evidence."""
    def esc(text: object) -> str:
        return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    lines = [f"*whynow brief, {brief.as_of.isoformat()}*"]
    for owner, section in brief.owners.items():
        lines.append(f"*{esc(owner)}*: {len(section.accounts)} accounts")
        for rank, account in enumerate(section.accounts, start=1):
            evidence = account.events[0].evidence
            url = evidence[0]["url"] if evidence else ""
            link = f" <{esc(url)}|source>" if url.startswith(("http://", "https://")) else ""
            lines.append(f"{rank}. *{esc(account.name)}* (score {account.score:g}):"
                         f" {esc(account.why_now)}.{link} Contact: {esc(account.contact)}")
    text = "\n".join(lines)
    return {"text": text, "blocks": [{"type": "section",
                                      "text": {"type": "mrkdwn", "text": text[:3000]}}]}


def post_slack(brief: Brief, url: str) -> None:
    if not url:
        raise DeliveryError("WHYNOW_SLACK_WEBHOOK_URL is not set", permanent=True)
    _post(url, json.dumps(slack_payload(brief)).encode(), {})


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over 'timestamp.body', hex: what a receiver recomputes to trust a post."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def post_webhook(brief: Brief, url: str) -> None:
    secret = os.environ.get("WHYNOW_WEBHOOK_SECRET")
    if not secret:
        raise DeliveryError("WHYNOW_WEBHOOK_SECRET is not set: webhooks are always signed",
                            permanent=True)
    body = json.dumps(brief.to_dict()).encode()
    timestamp = str(int(time.time()))
    _post(url, body, {TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: sign(secret, timestamp, body)})


def _post(url: str, body: bytes, headers: dict[str, str]) -> None:
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "User-Agent": "whynow", **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
    except urllib.error.HTTPError as error:
        retry = error.code == 429 or error.code >= 500
        raise DeliveryError(f"HTTP {error.code} from {url}", permanent=not retry) from error
    except urllib.error.URLError as error:
        raise DeliveryError(f"cannot reach {url}: {error.reason}") from error
