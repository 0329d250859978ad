"""Where Meta delivers webhooks, set by the app itself (cloud-api.md section 8b).

Meta routes a webhook to the phone number's override if there is one, else the WABA's override, else the
app's callback URL. An override needs the app subscribed to the WABA first (error 100 otherwise), and Meta
verifies the new URI with the ``hub.challenge`` GET while the call is open (error 2200 when it fails), so the
receiver and its public URL must be up before registering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monggo_desktop.cloud.errors import unexpected_answer
from monggo_desktop.cloud.transport import Json, Transport
from monggo_desktop.domain.words import Words

# What the app-level subscription asks for: messages, and what Meta sends only to the app-level URL.
APP_FIELDS = (
    "messages",
    "message_template_status_update",
    "message_template_quality_update",
    "template_category_update",
    "account_update",
    "account_alerts",
    "phone_number_quality_update",
)


@dataclass(frozen=True, slots=True)
class WebhookRouting:
    """What ``GET /{phone-number-id}?fields=webhook_configuration`` says: each level's URL, if set."""

    phone_number: str | None
    whatsapp_business_account: str | None
    application: str | None

    @property
    def effective(self) -> str | None:
        """Where Meta sends this number's messages now."""
        return self.phone_number or self.whatsapp_business_account or self.application


class WebhooksApi:
    def __init__(self, transport: Transport, phone_number_id: str, waba_id: str) -> None:
        self._t = transport
        self._phone_number_id = phone_number_id
        self._waba_id = waba_id

    async def subscribe_app(self) -> None:
        """Subscribe the token's app to the WABA (no body): the precondition of any override."""
        answer = await self._t.request_json("POST", f"{self._waba_id}/subscribed_apps", idempotent=True)
        _success(answer, Words("the app's subscription"))

    async def subscribed_app_ids(self) -> list[str]:
        answer = await self._t.request_json("GET", f"{self._waba_id}/subscribed_apps", idempotent=True)
        data = answer.get("data")
        ids = []
        for item in data if isinstance(data, list) else []:
            app = item.get("whatsapp_business_api_data") if isinstance(item, dict) else None
            if isinstance(app, dict) and app.get("id") is not None:
                ids.append(str(app["id"]))
        return ids

    async def set_number_override(self, callback_url: str, verify_token: str) -> None:
        body = {"webhook_configuration": {"override_callback_uri": callback_url, "verify_token": verify_token}}
        answer = await self._t.request_json("POST", self._phone_number_id, json=body, idempotent=True)
        _success(answer, Words("the webhook override"))

    async def remove_number_override(self) -> None:
        body = {"webhook_configuration": {"override_callback_uri": ""}}
        answer = await self._t.request_json("POST", self._phone_number_id, json=body, idempotent=True)
        _success(answer, Words("removing the webhook override"))

    async def routing(self) -> WebhookRouting:
        answer = await self._t.request_json(
            "GET", self._phone_number_id, params={"fields": "webhook_configuration"}, idempotent=True
        )
        config = answer.get("webhook_configuration")
        config = config if isinstance(config, dict) else {}
        return WebhookRouting(
            phone_number=_text(config.get("phone_number")),
            whatsapp_business_account=_text(config.get("whatsapp_business_account")),
            application=_text(config.get("application")),
        )

    async def set_app_subscription(
        self, app_id: str, app_secret: str, callback_url: str, verify_token: str, fields: Sequence[str] = APP_FIELDS
    ) -> None:
        """The app-level callback URL, with the app's own token (``app-id|app-secret``), as pywa does."""
        params = {
            "object": "whatsapp_business_account",
            "callback_url": callback_url,
            "verify_token": verify_token,
            "fields": ",".join(fields),
        }
        answer = await self._t.request_json(
            "POST", f"{app_id}/subscriptions", data=params, idempotent=True, token=f"{app_id}|{app_secret}"
        )
        _success(answer, Words("the app's webhook subscription"))


def _success(answer: Json, what: Words) -> None:
    if answer.get("success") is not True:
        raise unexpected_answer(Words("without confirming {what}", what=what))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
