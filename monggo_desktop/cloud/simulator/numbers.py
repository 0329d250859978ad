"""The WABAs and business phone numbers the simulator serves (cloud-api.md sections 1 and 7).

The configured WABA and number, then ``extra_wabas`` and ``extra_phone_numbers``:

- ``GET /{phone-number-id}?fields=…``: one number's details.
- ``GET /{waba-id}/phone_numbers``: the WABA's numbers (the configured number first on the configured WABA),
  cursor-paged like any Graph edge, with the same ``fields`` projection.
- ``GET /{waba-id}``: the WABA itself.

Meta's field names and values: the "WhatsApp Business Phone Number" reference and its example answer
(``verified_name``, ``code_verification_status``, ``display_phone_number``, ``quality_rating``,
``platform_type``, ``throughput``, ``id``), as cloud-api.md section 7 quotes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web

from monggo_desktop.cloud.simulator.config import ExtraPhoneNumber, SimulatorConfig
from monggo_desktop.cloud.simulator.http_helpers import page, project, reply, requested_fields
from monggo_desktop.cloud.simulator.state import SimState
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


class Numbers:
    def __init__(
        self,
        config: SimulatorConfig,
        state: SimState,
        webhook_url: Callable[[], str | None],
        base_url: Callable[[], str],
    ) -> None:
        self._config = config
        self._state = state
        self._webhook_url = webhook_url  # the app-level URL "set in the dashboard"
        self._base_url = base_url
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
        config = self._config
        info = {
            "id": waba,
            "name": config.verified_name,
            "currency": "IDR",
            "timezone_id": "59",
            "message_template_namespace": "monggo_demo_namespace",
            "account_review_status": "APPROVED",
        }
        fields = requested_fields(request.query.get("fields"), info, ("id", "name"), WABA_NODE)
        return reply(project(info, fields))

    def info(self, node: str) -> dict[str, Any]:
        """Every field of a number the simulator knows, in Meta's order."""
        config = self._config
        number = self._extras.get(node)
        if number is None:
            number = ExtraPhoneNumber(id=config.phone_number_id, display_phone_number=config.display_phone_number)
        info: dict[str, Any] = {
            "verified_name": number.verified_name or config.verified_name,
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
            "id": number.id,
        }
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
        known = [*self.info(self._config.phone_number_id), "webhook_configuration"]
        return requested_fields(request.query.get("fields"), known, PHONE_DEFAULT_FIELDS, PHONE_NODE)

    def _fields(self, request: web.Request, node: str) -> dict[str, Any]:
        return project(self.info(node), self._requested(request))
