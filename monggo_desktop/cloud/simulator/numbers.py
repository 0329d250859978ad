"""The WABAs and business phone numbers the simulator serves (cloud-api.md sections 1 and 7).

The configured WABA and number, then ``extra_wabas`` and ``extra_phone_numbers``:

- ``GET /{phone-number-id}?fields=…``: one number's details.
- ``GET /{waba-id}/phone_numbers``: the WABA's numbers (the configured number first on the configured WABA),
  cursor-paged like any Graph edge, with the same ``fields`` projection.
- ``GET /{waba-id}``: the WABA itself.

Meta's field names and values: the "WhatsApp Business Phone Number" reference and its example answer
(``verified_name``, ``code_verification_status``, ``display_phone_number``, ``quality_rating``,
``platform_type``, ``throughput``, ``id``), as cloud-api.md section 7 quotes it; the other fields of both
nodes from Meta's Business Messaging OpenAPI description and the fields pywa asks for. As on Graph, a known
field without a value (no display-name change requested, no Official Business Account application) is
left out of the answer, and an unknown one is refused.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import phonenumbers
from aiohttp import web

from monggo_desktop.cloud.simulator.config import ExtraPhoneNumber, SimulatorConfig
from monggo_desktop.cloud.simulator.http_helpers import page, project, reply, requested_fields
from monggo_desktop.cloud.simulator.state import SimState
from monggo_desktop.cloud.simulator.templates import DEFAULT_FIELDS as TEMPLATE_FIELDS
from monggo_desktop.domain.phone import display_international

PHONE_NODE = "WhatsAppBusinessPhoneNumber"
WABA_NODE = "WhatsAppBusinessAccount"

PHONE_DEFAULT_FIELDS = (
    "verified_name",
    "code_verification_status",
    "display_phone_number",
    "quality_rating",
    "platform_type",
    "throughput",
    "id",
)
# Fields a number can have that the simulated ones have no value for, or not always.
PHONE_VALUELESS_FIELDS = (
    "webhook_configuration",  # only once a callback URL is set
    "certificate",  # only once the display name is approved
    "new_display_name",
    "new_certificate",
    "official_business_account",
    "quality_score",
    "eligibility_for_api_business_global_search",
    "unified_cert_status",
    "host_platform",
    "username",
)
WABA_DEFAULT_FIELDS = ("id", "name")
WABA_VALUELESS_FIELDS = (
    "purchase_order_number",
    "audiences",
    "on_behalf_of_business_info",
    "owner_business_info",
    "schedules",
    "dcc_config",
    "marketing_messages_lite_api_status",
    "marketing_messages_onboarding_status",
)


class Numbers:
    def __init__(
        self,
        config: SimulatorConfig,
        state: SimState,
        webhook_url: Callable[[], str | None],
        base_url: Callable[[], str],
        subscribed_apps: Callable[[str], list[dict[str, Any]]],
    ) -> None:
        self._config = config
        self._state = state
        self._webhook_url = webhook_url  # the app-level URL "set in the dashboard"
        self._base_url = base_url
        self._subscribed_apps = subscribed_apps
        self._extras = {number.id: number for number in config.extra_phone_numbers}

    # What a node id is.

    @property
    def wabas(self) -> tuple[str, ...]:
        return (self._config.waba_id, *self._config.extra_wabas)

    def is_waba(self, node: str) -> bool:
        return node in self.wabas

    def extra(self, node: str) -> ExtraPhoneNumber | None:
        return self._extras.get(node)

    def is_number(self, node: str) -> bool:
        return node == self._config.phone_number_id or node in self._extras

    def owner(self, node: str) -> str | None:
        """The WABA a number or WABA node belongs to (a WABA is its own); None for every other node."""
        if node == self._config.phone_number_id:
            return self._config.waba_id
        if (number := self._extras.get(node)) is not None:
            return number.waba_id or self._config.waba_id
        return node if self.is_waba(node) else None

    def node_types(self) -> dict[str, str]:
        """Node id -> Graph node type, for "nonexisting field" answers."""
        types = dict.fromkeys(self.wabas, WABA_NODE)
        types.update(dict.fromkeys([self._config.phone_number_id, *self._extras], PHONE_NODE))
        return types

    def number_ids(self, waba: str) -> list[str]:
        """The ids of the WABA's numbers, in the order ``phone_numbers`` lists them."""
        config = self._config
        ids = [config.phone_number_id] if waba == config.waba_id else []
        ids += [n.id for n in config.extra_phone_numbers if (n.waba_id or config.waba_id) == waba]
        return ids

    # GET /{phone-number-id}, GET /{waba-id}/phone_numbers, GET /{waba-id}

    def phone_number(self, request: web.Request, node: str) -> web.Response:
        return reply(self._fields(request, node))

    def phone_numbers(self, request: web.Request, waba: str) -> web.Response:
        fields = self._requested(request)  # a bad field is refused before the paging is looked at
        ids, paging = page(request, self.number_ids(waba), self._base_url())
        answer: dict[str, Any] = {"data": [project(self.info(number_id), fields) for number_id in ids]}
        if paging is not None:
            answer["paging"] = paging
        return reply(answer)

    def waba(self, request: web.Request, waba: str) -> web.Response:
        info = self.waba_info(waba)
        known = [*info, *WABA_VALUELESS_FIELDS]
        fields = requested_fields(request.query.get("fields"), known, WABA_DEFAULT_FIELDS, WABA_NODE)
        return reply(project(info, fields))

    def waba_info(self, waba: str) -> dict[str, Any]:
        """Every field of a WABA the simulator has a value for: a verified business in Indonesia."""
        templates = self._state.templates if waba == self._config.waba_id else []
        return {
            "id": waba,
            "name": self._config.verified_name,
            "status": "ACTIVE",
            "currency": "IDR",
            "country": "ID",
            "primary_business_location": "ID",
            "timezone_id": "59",
            "message_template_namespace": "monggo_demo_namespace",
            "account_review_status": "APPROVED",
            "business_verification_status": "verified",  # lower case, as Graph answers (pywa reads it so)
            "ownership_type": "SELF_OWNED",
            "is_enabled_for_insights": False,
            "disable_marketing_messages_on_cloud_api": False,
            "health_status": {"can_send_message": "AVAILABLE", "entities": []},
            # Edges asked for as fields come back as their first page, as in Graph's field expansion.
            "subscribed_apps": {"data": self._subscribed_apps(waba)},
            "phone_numbers": {"data": [project(self.info(n), PHONE_DEFAULT_FIELDS) for n in self.number_ids(waba)]},
            "message_templates": {"data": [project(t, TEMPLATE_FIELDS) for t in templates]},
        }

    def info(self, node: str) -> dict[str, Any]:
        """Every field of a number the simulator knows, in Meta's order."""
        config = self._config
        number = self._extras.get(node)
        if number is None:
            number = ExtraPhoneNumber(id=config.phone_number_id, display_phone_number=config.display_phone_number)
        verified_name = number.verified_name or config.verified_name
        dial_code = phonenumbers.parse("+" + number.display_phone_number).country_code or 0
        info: dict[str, Any] = {
            "verified_name": verified_name,
            "code_verification_status": number.code_verification_status,
            "display_phone_number": display_international("+" + number.display_phone_number),
            "quality_rating": number.quality_rating,
            "platform_type": number.platform_type,
            "throughput": {"level": number.throughput_level},
            "name_status": number.name_status,
            "new_name_status": "NONE",
            "status": number.status,
            "account_mode": "LIVE",
            "is_official_business_account": False,
            "is_pin_enabled": True,
            "is_on_biz_app": False,
            "search_visibility": "VISIBLE",
            "messaging_limit_tier": number.messaging_limit_tier,
            "whatsapp_business_manager_messaging_limit": number.messaging_limit_tier,
            "health_status": {"can_send_message": "AVAILABLE", "entities": []},
            "last_onboarded_time": "2025-01-06T03:14:15+0000",
            "country_code": phonenumbers.region_code_for_country_code(dial_code),
            "country_dial_code": str(dial_code),
            "is_preverified_number": False,
            # The display-name certificate, shown once the name is approved (a stand-in, base64 as Meta's).
            "certificate": _certificate(verified_name, number.display_phone_number),
            "conversational_automation": {"enable_welcome_message": False, "prompts": [], "id": number.id},
            "id": number.id,
        }
        if number.name_status != "APPROVED":
            del info["certificate"]
        if configuration := self._webhook_configuration(node):
            info["webhook_configuration"] = configuration
        return info

    def _webhook_configuration(self, node: str) -> dict[str, str]:
        configuration = self._state.routing.configuration(self._webhook_url())
        if node == self._config.phone_number_id:
            return configuration
        # The overrides the simulator keeps belong to the configured number and WABA; another number shares
        # the app's URL, and the WABA override when it is on the configured WABA.
        if self.owner(node) != self._config.waba_id:
            configuration.pop("whatsapp_business_account", None)
        configuration.pop("phone_number", None)
        return configuration

    def _requested(self, request: web.Request) -> list[str]:
        known = [*self.info(self._config.phone_number_id), *PHONE_VALUELESS_FIELDS]
        return requested_fields(request.query.get("fields"), known, PHONE_DEFAULT_FIELDS, PHONE_NODE)

    def _fields(self, request: web.Request, node: str) -> dict[str, Any]:
        return project(self.info(node), self._requested(request))


def _certificate(verified_name: str, digits: str) -> str:
    return base64.b64encode(f"simulator display-name certificate: {verified_name} (+{digits})".encode()).decode()
