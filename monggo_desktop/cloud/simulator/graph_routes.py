"""The Graph API paths: ``/{version}/{node}`` and ``/{version}/{node}/{edge}``, resolved like Graph does.

A node is resolved by what it is (phone number, WABA, media, upload session, template), then the edge
and method pick the handler. Anything else gets Graph's own "Unsupported … request" answer.
"""

from __future__ import annotations

import base64
import binascii
import copy
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.asset_routes import AssetApi
from monggo_desktop.cloud.simulator.config import SimulatorConfig
from monggo_desktop.cloud.simulator.http_helpers import project, read_json, reply, requested_fields
from monggo_desktop.cloud.simulator.outbound_webhooks import Billing, WebhookSender, status_payload, status_schedule
from monggo_desktop.cloud.simulator.state import WINDOW_SECONDS, SimState
from monggo_desktop.cloud.simulator.subscriptions import SubscriptionApi
from monggo_desktop.cloud.simulator.templates import DEFAULT_FIELDS, KNOWN_FIELDS
from monggo_desktop.cloud.simulator.validation import SendPlan, check_read_receipt, check_send
from monggo_desktop.domain.phone import display_international

VERSION = re.compile(r"v[0-9]+\.0")
DEFAULT_PAGE = 25
MAX_PAGE = 1000

PHONE_DEFAULT_FIELDS = (
    "verified_name",
    "code_verification_status",
    "display_phone_number",
    "quality_rating",
    "platform_type",
    "throughput",
    "id",
)


def is_graph_path(path: str) -> bool:
    first = path.lstrip("/").split("/", 1)[0]
    return bool(VERSION.fullmatch(first))


class GraphApi:
    def __init__(
        self,
        config: SimulatorConfig,
        state: SimState,
        assets: AssetApi,
        webhooks: WebhookSender,
        base_url: Callable[[], str],
    ) -> None:
        self._base_url = base_url
        self._config = config
        self._state = state
        self._assets = assets
        self._webhooks = webhooks
        self.subscriptions = SubscriptionApi(config, state, lambda: webhooks.url)

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        parts = [part for part in request.path.split("/") if part]
        if len(parts) < 2 or len(parts) > 3 or not VERSION.fullmatch(parts[0]):
            raise ge.unknown_path(request.path)
        if len(parts) == 3:
            return await self._edge(request, parts[1], parts[2])
        return await self._node(request, parts[1])

    async def _node(self, request: web.Request, node: str) -> web.StreamResponse:
        config, state, assets, method = self._config, self._state, self._assets, request.method
        if node in state.uploads:
            if method == "POST":
                return await assets.upload_chunk(request, state.uploads[node])
            if method == "GET":
                return assets.upload_status(state.uploads[node])
        elif node == config.phone_number_id and method == "GET":
            return self._phone_number(request)
        elif node == config.phone_number_id and method == "POST":
            return await self.subscriptions.phone_override(request)
        elif node == config.waba_id and method == "GET":
            return self._waba(request)
        elif (item := state.live_media(node)) is not None:
            if method == "GET":
                return assets.media_info(request, item)
            if method == "DELETE":
                return assets.delete_media(request, item)
        elif method == "GET" and (template := self._template_by_id(node)) is not None:
            return self._template(request, template)
        raise ge.unsupported_request(method, node)

    async def _edge(self, request: web.Request, node: str, edge: str) -> web.StreamResponse:
        config, assets, method = self._config, self._assets, request.method
        if (handler := self.subscriptions.route(node, edge, method)) is not None:
            return await handler(request)
        if node == config.phone_number_id:
            if edge == "messages" and method == "POST":
                return await self._messages(request)
            if edge == "media" and method == "POST":
                return await assets.upload_media(request)
            if edge == "whatsapp_business_profile" and method == "GET":
                return assets.profile(request)
            if edge == "whatsapp_business_profile" and method == "POST":
                return await assets.update_profile(request)
        elif node == config.app_id and edge == "uploads" and method == "POST":
            return assets.start_upload(request)
        elif node == config.waba_id and method == "GET":
            if edge == "message_templates":
                return self._templates(request)
            if edge == "phone_numbers":
                return self._phone_numbers(request)
        node_types = {
            config.phone_number_id: "WhatsAppBusinessPhoneNumber",
            config.waba_id: "WhatsAppBusinessAccount",
            config.app_id: "Application",
        }
        if method == "GET" and node in node_types:
            raise ge.nonexisting_field(edge, node_types[node])
        raise ge.unsupported_request(method, node)

    # POST /{phone-number-id}/messages

    async def _messages(self, request: web.Request) -> web.Response:
        body = await read_json(request)
        state, faults = self._state, self._state.faults
        if isinstance(body, dict) and "status" in body:
            check_read_receipt(body)
            if (inbound := state.inbound.get(body["message_id"])) is not None:
                inbound.read = True
            state.read_receipts.append(copy.deepcopy(body))
            return reply({"success": True})
        plan = check_send(body, state)
        now = self._state.clock()
        window_open = state.window_open(plan.wa_id, now)
        if faults.pair_rate_limit:
            last = state.last_sent_to.get(plan.wa_id)
            if last is not None and now - last < self._config.pair_interval:
                raise ge.pair_limited(faults.retry_after_seconds)
        if plan.template is None and not window_open and faults.reengagement_sync:
            raise ge.reengagement()
        record = state.add_outbound(plan.wa_id, plan.type, copy.deepcopy(body), now)
        failure = None if plan.template is not None or window_open else ge.reengagement().as_webhook_error()
        schedule = status_schedule(
            wamid=record.wamid,
            wa_id=plan.wa_id,
            accepted_at=now,
            delays=self._config.status_delays,
            callback_data=plan.callback_data,
            billing=self._billing(plan, now, window_open),
            failure=failure,
            out_of_order=faults.out_of_order_webhooks,
        )
        self._webhooks.send_statuses(schedule, lambda status: status_payload(self._config, status))
        message: dict[str, Any] = {"id": record.wamid}
        if plan.template is not None:
            message["message_status"] = "accepted"
        return reply(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": plan.to, "wa_id": plan.wa_id}],
                "messages": [message],
            }
        )

    def _billing(self, plan: SendPlan, now: float, window_open: bool) -> Billing:
        """Per-message pricing: service replies are free; a utility template is free inside the window."""
        if plan.template is None:
            category, billable = "service", False
            expires = self._state.window_expiry(plan.wa_id) or now + WINDOW_SECONDS
        else:
            category = str(plan.template["category"]).lower()
            billable = not (category == "utility" and window_open)
            expires = now + WINDOW_SECONDS
        conversation_id, expires = self._state.conversation(plan.wa_id, category, now, expires)
        return Billing(conversation_id=conversation_id, expires=expires, category=category, billable=billable)

    # GET /{waba-id}/message_templates, GET /{template-id}

    def _template_by_id(self, node: str) -> dict[str, Any] | None:
        return next((t for t in self._state.templates if t["id"] == node), None)

    def _template(self, request: web.Request, template: dict[str, Any]) -> web.Response:
        fields = requested_fields(request.query.get("fields"), KNOWN_FIELDS, DEFAULT_FIELDS, "WhatsAppBusinessHSM")
        return reply(project(template, fields))

    def _templates(self, request: web.Request) -> web.Response:
        query = request.query
        fields = requested_fields(query.get("fields"), KNOWN_FIELDS, DEFAULT_FIELDS, "WhatsAppBusinessHSM")
        limit = _int_param(query.get("limit"), "limit", DEFAULT_PAGE, 1, MAX_PAGE)
        items = [t for t in self._state.templates if _matches(t, query)]
        start = 0
        if "after" in query:
            start = _cursor(query["after"]) + 1
        elif "before" in query:
            start = max(0, _cursor(query["before"]) - limit)
        page = items[start : start + limit]
        answer: dict[str, Any] = {"data": [project(t, fields) for t in page]}
        if page:
            last = start + len(page) - 1
            paging: dict[str, Any] = {"cursors": {"before": _encode(start), "after": _encode(last)}}
            if last + 1 < len(items):
                paging["next"] = self._page_url(request, "after", _encode(last))
            if start > 0:
                paging["previous"] = self._page_url(request, "before", _encode(start))
            answer["paging"] = paging
        if "total_count" in query.get("summary", "").split(","):
            answer["summary"] = {"total_count": len(items)}
        return reply(answer)

    def _page_url(self, request: web.Request, key: str, cursor: str) -> str:
        params = {k: v for k, v in request.query.items() if k not in ("after", "before")}
        params[key] = cursor
        return f"{self._base_url()}{request.path}?{urlencode(params)}"

    # GET /{phone-number-id}, GET /{waba-id}, GET /{waba-id}/phone_numbers

    def _phone_info(self) -> dict[str, Any]:
        config = self._config
        info: dict[str, Any] = {
            "verified_name": config.verified_name,
            "code_verification_status": "VERIFIED",
            "display_phone_number": display_international("+" + config.display_phone_number),
            "quality_rating": "GREEN",
            "platform_type": "CLOUD_API",
            "throughput": {"level": "STANDARD"},
            "name_status": "APPROVED",
            "new_name_status": "NONE",
            "status": "CONNECTED",
            "account_mode": "LIVE",
            "is_official_business_account": False,
            "is_pin_enabled": True,
            "is_on_biz_app": False,
            "search_visibility": "VISIBLE",
            "messaging_limit_tier": "TIER_250",
            "whatsapp_business_manager_messaging_limit": "TIER_250",
            "health_status": {"can_send_message": "AVAILABLE", "entities": []},
            "last_onboarded_time": "2025-01-06T03:14:15+0000",
            "id": config.phone_number_id,
        }
        if configuration := self._state.routing.configuration(self._webhooks.url):
            info["webhook_configuration"] = configuration
        return info

    def _phone_fields(self, request: web.Request) -> dict[str, Any]:
        info = self._phone_info()
        known = [*info, "webhook_configuration"]
        fields = requested_fields(
            request.query.get("fields"), known, PHONE_DEFAULT_FIELDS, "WhatsAppBusinessPhoneNumber"
        )
        return project(info, fields)

    def _phone_number(self, request: web.Request) -> web.Response:
        return reply(self._phone_fields(request))

    def _phone_numbers(self, request: web.Request) -> web.Response:
        cursor = _encode(0)
        return reply(
            {"data": [self._phone_fields(request)], "paging": {"cursors": {"before": cursor, "after": cursor}}}
        )

    def _waba(self, request: web.Request) -> web.Response:
        config = self._config
        info = {
            "id": config.waba_id,
            "name": config.verified_name,
            "currency": "IDR",
            "timezone_id": "59",
            "message_template_namespace": "monggo_demo_namespace",
            "account_review_status": "APPROVED",
        }
        fields = requested_fields(request.query.get("fields"), info, ("id", "name"), "WhatsAppBusinessAccount")
        return reply(project(info, fields))


def _matches(template: dict[str, Any], query: Any) -> bool:
    statuses = {s.strip().upper() for s in query.get("status", "").split(",") if s.strip()}
    if statuses and template["status"] not in statuses:
        return False
    category = query.get("category")
    if category and template["category"] != category.upper():
        return False
    language = query.get("language")
    if language and template["language"] != language:
        return False
    name = query.get("name")
    return not name or name.lower() in template["name"].lower()


def _int_param(raw: str | None, name: str, default: int, least: int, most: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ge.param_error(f"Param {name} must be an integer") from None
    if not least <= value <= most:
        raise ge.param_error(f"Param {name} must be between {least} and {most}")
    return value


def _encode(index: int) -> str:
    # Opaque to clients, as Graph's cursors are; they must be passed back unchanged.
    return base64.urlsafe_b64encode(f"sim-cursor:{index}".encode()).decode().rstrip("=")


def _cursor(raw: str) -> int:
    try:
        text = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
        prefix, _, index = text.partition(":")
        if prefix != "sim-cursor":
            raise ValueError(text)
        return int(index)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ge.param_error(f"The cursor {raw!r} is not valid", message="(#100) Invalid cursor") from None
