"""Where each webhook goes: Meta's routing of cloud-api.md section 8b, as state the simulator keeps.

A change of an overridable field (``messages`` and a few others) goes to the phone number's override, else
the WABA's override (while the app is subscribed to the WABA), else the app's callback URL. Every other
field (template and account webhooks) goes to the app's callback URL only. The app's callback URL is the
one set with ``POST /{app-id}/subscriptions``, else the simulator's ``webhook_url`` (what Meta's dashboard
would hold). When the app subscribed through the API, only the fields it subscribed to are delivered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Meta, "Webhook overrides": the fields an override redirects. Everything else stays on the app's URL.
OVERRIDABLE_FIELDS = frozenset(
    {"messages", "message_echoes", "smb_message_echoes", "history", "smb_app_state_sync", "calls"}
)


@dataclass
class AppSubscription:
    """``POST /{app-id}/subscriptions`` for the ``whatsapp_business_account`` object."""

    callback_url: str
    verify_token: str
    fields: dict[str, str] = field(default_factory=dict)  # field name -> Graph version it was subscribed with


@dataclass
class WebhookRouting:
    waba_subscribed: bool = False  # POST /{waba-id}/subscribed_apps done (and not DELETEd since)
    waba_override: str | None = None
    number_override: str | None = None
    app_subscription: AppSubscription | None = None

    def app_url(self, default: str | None) -> str | None:
        return self.app_subscription.callback_url if self.app_subscription is not None else default

    def url_for(self, field_name: str, default: str | None, *, require_subscription: bool = False) -> str | None:
        """The URL a change of ``field_name`` goes to now; None: it is not delivered at all."""
        if require_subscription and not self.waba_subscribed:
            return None
        if self.app_subscription is not None and field_name not in self.app_subscription.fields:
            return None
        if field_name in OVERRIDABLE_FIELDS:
            if self.number_override:
                return self.number_override
            if self.waba_subscribed and self.waba_override:
                return self.waba_override
        return self.app_url(default)

    def configuration(self, default: str | None) -> dict[str, str]:
        """``webhook_configuration`` of ``GET /{phone-number-id}``: only the levels that are set."""
        config: dict[str, str] = {}
        if self.number_override:
            config["phone_number"] = self.number_override
        if self.waba_subscribed and self.waba_override:
            config["whatsapp_business_account"] = self.waba_override
        if (app := self.app_url(default)) is not None:
            config["application"] = app
        return config

    def snapshot(self, default: str | None, *, require_subscription: bool) -> dict[str, Any]:
        """What ``GET /_sim/state`` shows under ``webhook_routing`` (verify tokens left out)."""
        app = self.app_subscription
        return {
            "waba_subscribed": self.waba_subscribed,
            "require_waba_subscription": require_subscription,
            "number_override": self.number_override,
            "waba_override": self.waba_override,
            "app_subscription": None if app is None else {"callback_url": app.callback_url, "fields": list(app.fields)},
            "default_url": default,
            "messages_go_to": self.url_for("messages", default, require_subscription=require_subscription),
            "templates_go_to": self.url_for(
                "message_template_status_update", default, require_subscription=require_subscription
            ),
        }
