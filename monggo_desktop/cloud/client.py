"""The Cloud API client: one object, with one part per area of the API.

``CloudApiClient.messages`` sends, ``.media`` uploads and downloads, ``.profile`` is the business profile,
``.templates`` lists message templates, ``.phone`` reads the phone number's details, ``.webhooks`` registers
where Meta delivers webhooks.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from monggo_desktop.cloud import payloads
from monggo_desktop.cloud.client_assets import MediaApi, PhoneApi, ProfileApi, TemplatesApi
from monggo_desktop.cloud.client_tokens import TokensApi
from monggo_desktop.cloud.client_webhooks import WebhooksApi
from monggo_desktop.cloud.errors import unexpected_answer
from monggo_desktop.cloud.models import SendResult
from monggo_desktop.cloud.payloads import ListSection, TemplateButton, TemplateParameter
from monggo_desktop.cloud.retry import RetryPolicy
from monggo_desktop.cloud.transport import Json, Timeouts, Transport
from monggo_desktop.domain.account_rules import DEFAULT_API_BASE, DEFAULT_API_VERSION
from monggo_desktop.domain.words import Words


@dataclass(frozen=True, slots=True)
class ClientConfig:
    access_token: str = field(repr=False)
    phone_number_id: str
    waba_id: str
    app_id: str | None = None  # needed only for the resumable upload of a profile photo
    api_base_url: str = DEFAULT_API_BASE
    api_version: str = DEFAULT_API_VERSION
    timeouts: Timeouts = field(default_factory=Timeouts)


class CloudApiClient:
    def __init__(
        self,
        config: ClientConfig,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self.config = config
        self.transport = Transport(
            api_base_url=config.api_base_url,
            access_token=config.access_token,
            api_version=config.api_version,
            timeouts=config.timeouts,
            retry=retry or RetryPolicy(),
            sleep=sleep,
            clock=clock,
            http=http,
        )
        self.messages = MessagesApi(self.transport, config.phone_number_id)
        self.media = MediaApi(self.transport, config.phone_number_id)
        self.profile = ProfileApi(self.transport, config.phone_number_id, config.app_id)
        self.templates = TemplatesApi(self.transport, config.waba_id)
        self.phone = PhoneApi(self.transport, config.phone_number_id)
        self.webhooks = WebhooksApi(self.transport, config.phone_number_id, config.waba_id)
        self.tokens = TokensApi(self.transport)

    def set_access_token(self, token: str) -> None:
        """A new token (the old one expired): every later request uses it."""
        self.transport.access_token = token

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def __aenter__(self) -> CloudApiClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class MessagesApi:
    def __init__(self, transport: Transport, phone_number_id: str) -> None:
        self._t = transport
        self._path = f"{phone_number_id}/messages"

    async def _send(self, body: Json) -> SendResult:
        answer = await self._t.request_json("POST", self._path, json=body, idempotent=False)
        messages = answer.get("messages")
        if not isinstance(messages, list) or not messages or not isinstance(messages[0], dict):
            raise unexpected_answer(Words("without a message id"))
        first_contact = (answer.get("contacts") or [{}])[0] if isinstance(answer.get("contacts"), list) else {}
        return SendResult(
            wamid=str(messages[0].get("id")),
            wa_id=first_contact.get("wa_id") if isinstance(first_contact, dict) else None,
            input=first_contact.get("input") if isinstance(first_contact, dict) else None,
            message_status=messages[0].get("message_status"),
        )

    async def send_text(
        self,
        to: str,
        body: str,
        *,
        preview_url: bool = False,
        reply_to: str | None = None,
        callback_data: str | None = None,
    ) -> SendResult:
        content = payloads.text(body, preview_url=preview_url)
        return await self._send(payloads.envelope(to, "text", content, reply_to=reply_to, callback_data=callback_data))

    async def send_media(
        self,
        to: str,
        kind: str,
        media_id: str,
        *,
        caption: str | None = None,
        filename: str | None = None,
        voice: bool = False,
        reply_to: str | None = None,
        callback_data: str | None = None,
    ) -> SendResult:
        content = payloads.media(kind, media_id, caption=caption, filename=filename, voice=voice)
        return await self._send(payloads.envelope(to, kind, content, reply_to=reply_to, callback_data=callback_data))

    async def send_template(
        self,
        to: str,
        name: str,
        language: str,
        *,
        header: Sequence[TemplateParameter] = (),
        body: Sequence[TemplateParameter] = (),
        buttons: Sequence[TemplateButton] = (),
        callback_data: str | None = None,
    ) -> SendResult:
        content = payloads.template(name, language, header=header, body=body, buttons=buttons)
        return await self._send(payloads.envelope(to, "template", content, reply_to=None, callback_data=callback_data))

    async def send_reaction(
        self, to: str, message_id: str, emoji: str, *, callback_data: str | None = None
    ) -> SendResult:
        """React to ``message_id``; an empty ``emoji`` removes the reaction."""
        content = payloads.reaction(message_id, emoji)
        return await self._send(payloads.envelope(to, "reaction", content, reply_to=None, callback_data=callback_data))

    async def send_location(
        self,
        to: str,
        latitude: float,
        longitude: float,
        *,
        name: str | None = None,
        address: str | None = None,
        reply_to: str | None = None,
        callback_data: str | None = None,
    ) -> SendResult:
        content = payloads.location(latitude, longitude, name=name, address=address)
        return await self._send(
            payloads.envelope(to, "location", content, reply_to=reply_to, callback_data=callback_data)
        )

    async def send_contacts(
        self, to: str, cards: Sequence[Json], *, reply_to: str | None = None, callback_data: str | None = None
    ) -> SendResult:
        content = payloads.contacts(cards)
        return await self._send(
            payloads.envelope(to, "contacts", content, reply_to=reply_to, callback_data=callback_data)
        )

    async def send_buttons(
        self,
        to: str,
        body: str,
        buttons: Sequence[tuple[str, str]],
        *,
        header: str | None = None,
        footer: str | None = None,
        reply_to: str | None = None,
        callback_data: str | None = None,
    ) -> SendResult:
        content = payloads.reply_buttons(body, buttons, header=header, footer=footer)
        return await self._send(
            payloads.envelope(to, "interactive", content, reply_to=reply_to, callback_data=callback_data)
        )

    async def send_list(
        self,
        to: str,
        body: str,
        button: str,
        sections: Sequence[ListSection],
        *,
        header: str | None = None,
        footer: str | None = None,
        reply_to: str | None = None,
        callback_data: str | None = None,
    ) -> SendResult:
        content = payloads.list_message(body, button, sections, header=header, footer=footer)
        return await self._send(
            payloads.envelope(to, "interactive", content, reply_to=reply_to, callback_data=callback_data)
        )

    async def mark_read(self, message_id: str, *, typing: bool = False) -> None:
        """Mark an inbound message (and the thread before it) read; ``typing`` also shows the typing indicator."""
        body: dict[str, Any] = {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}
        if typing:
            body["typing_indicator"] = {"type": "text"}
        answer = await self._t.request_json("POST", self._path, json=body, idempotent=True)
        if answer.get("success") is not True:
            raise unexpected_answer(Words("without confirming the read receipt"))
