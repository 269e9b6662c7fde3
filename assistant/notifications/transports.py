"""Sending an alert: by email (SMTP, stdlib smtplib) or to a webhook
(a JSON POST with `requests`). Each transport raises `DeliveryFailed` with a
message that is safe to log: no password, no webhook address (its path is
often the secret), no patient text.

Tests inject their own transports (anything with `send(alert)`) into
`deliver_due`; the integration tests use these against local servers.
"""

from __future__ import annotations

import smtplib
import ssl
from typing import Dict, Protocol, Sequence

import requests

from assistant.notifications.enqueue import configured_channels, email_recipients
from assistant.notifications.exceptions import DeliveryFailed
from assistant.notifications.message import Alert
from assistant.settings import Settings

SMTP_TIMEOUT_SECONDS = 30
WEBHOOK_TIMEOUT_SECONDS = 10
# Port 465 is SMTP over TLS from the first byte (RFC 8314); others use STARTTLS when asked.
IMPLICIT_TLS_PORT = 465


class Transport(Protocol):
    def send(self, alert: Alert) -> None:
        """Deliver the alert or raise (DeliveryFailed, ideally)."""


class SmtpTransport:
    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        recipients: Sequence[str],
        username: str = "",
        password: str = "",
        starttls: bool = True,
        timeout: float = SMTP_TIMEOUT_SECONDS,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host, self.port, self.sender, self.recipients = host, port, sender, tuple(recipients)
        self.username, self._password, self.starttls = username, password, starttls
        self.timeout = timeout
        self.ssl_context = ssl_context

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpTransport:
        recipients = email_recipients(settings)
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.notify_email_from or recipients[0],
            recipients=recipients,
            username=settings.smtp_username,
            password=str(settings.smtp_password),
            starttls=settings.smtp_starttls,
        )

    def __repr__(self) -> str:
        return f"SmtpTransport({self.host}:{self.port}, to={len(self.recipients)} recipient(s))"

    def send(self, alert: Alert) -> None:
        where = f"SMTP server {self.host}:{self.port}"
        context = self.ssl_context or ssl.create_default_context()
        try:
            if self.port == IMPLICIT_TLS_PORT:
                client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.starttls and self.port != IMPLICIT_TLS_PORT:
                    client.starttls(context=context)
                if self.username:
                    client.login(self.username, self._password)
                refused = client.send_message(alert.email(self.sender, self.recipients))
        except smtplib.SMTPAuthenticationError as error:
            raise DeliveryFailed(
                f"{where} refused the sign-in for {self.username!r} ({error.smtp_code}); "
                "check SMTP_USERNAME and SMTP_PASSWORD"
            ) from None
        except smtplib.SMTPResponseException as error:
            raise DeliveryFailed(f"{where} answered {error.smtp_code}: {_decode(error.smtp_error)}") from None
        except smtplib.SMTPRecipientsRefused as error:
            raise DeliveryFailed(f"{where} refused every recipient ({len(error.recipients)})") from None
        except (smtplib.SMTPException, OSError) as error:  # refused, timed out, TLS, DNS
            raise DeliveryFailed(f"{where} failed: {type(error).__name__}: {error}") from None
        if refused:
            raise DeliveryFailed(f"{where} refused {len(refused)} of {len(self.recipients)} recipient(s)")


class WebhookTransport:
    def __init__(
        self, url: str, timeout: float = WEBHOOK_TIMEOUT_SECONDS, session: requests.Session | None = None
    ) -> None:
        self._url = url
        self.timeout = timeout
        self._session = session

    @classmethod
    def from_settings(cls, settings: Settings) -> WebhookTransport:
        return cls(str(settings.notify_webhook_url))

    def __repr__(self) -> str:
        return "WebhookTransport('**********')"

    def send(self, alert: Alert) -> None:
        post = self._session.post if self._session is not None else requests.post
        try:
            # No redirects: a POST redirected becomes a GET that delivers nothing.
            response = post(self._url, json=alert.as_json(), timeout=self.timeout, allow_redirects=False)
        except requests.Timeout:
            raise DeliveryFailed(f"the webhook did not answer within {self.timeout:g} s") from None
        except requests.RequestException as error:
            # requests' messages quote the URL, which is secret: name the error only.
            raise DeliveryFailed(f"the webhook could not be reached ({type(error).__name__})") from None
        with response:
            if not 200 <= response.status_code < 300:
                reason = f" {response.reason}" if response.reason else ""
                raise DeliveryFailed(f"the webhook answered HTTP {response.status_code}{reason}")


def transports_for(settings: Settings) -> Dict[str, Transport]:
    """The transports of the channels configured in `settings`, by channel."""
    available: Dict[str, Transport] = {}
    for channel in configured_channels(settings):
        if channel == "email":
            available["email"] = SmtpTransport.from_settings(settings)
        elif channel == "webhook":
            available["webhook"] = WebhookTransport.from_settings(settings)
    return available


def _decode(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:200]
