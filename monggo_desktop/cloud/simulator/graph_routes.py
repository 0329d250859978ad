"""The Graph API paths: ``/{version}/{node}`` and ``/{version}/{node}/{edge}``, resolved like Graph does.

A node is resolved by what it is (phone number, WABA, media, upload session, template), then the edge
and method pick the handler. Anything else gets Graph's own "Unsupported … request" answer.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from typing import Any

from aiohttp import web

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.asset_routes import AssetApi
from monggo_desktop.cloud.simulator.config import MANAGEMENT, MESSAGING, SimulatorConfig
from monggo_desktop.cloud.simulator.http_helpers import page, project, read_json, reply, requested_fields
from monggo_desktop.cloud.simulator.numbers import Numbers
from monggo_desktop.cloud.simulator.outbound_webhooks import Billing, WebhookSender, status_payload, status_schedule
from monggo_desktop.cloud.simulator.state import WINDOW_SECONDS, SimState
from monggo_desktop.cloud.simulator.subscriptions import SubscriptionApi
from monggo_desktop.cloud.simulator.templates import DEFAULT_FIELDS, KNOWN_FIELDS
from monggo_desktop.cloud.simulator.tokens import DEBUG_TOKEN, Tokens
from monggo_desktop.cloud.simulator.validation import SendPlan, check_read_receipt, check_send
from monggo_desktop.domain.customer_ids import is_bsuid

VERSION = re.compile(r"v[0-9]+\.0")
# Templates a WABA may have once its business is verified (Meta, "Message templates"; 250 before).
TEMPLATE_LIMIT = 6000
# The edges of a phone number that need whatsapp_business_messaging; every other call on a number or WABA
# needs whatsapp_business_management (Meta, "WhatsApp permissions").
MESSAGING_EDGES = frozenset({"messages", "media"})


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
        tokens: Tokens,
    ) -> None:
        self._base_url = base_url
        self._config = config
        self._state = state
        self._assets = assets
        self._webhooks = webhooks
        self._tokens = tokens
        self.subscriptions = SubscriptionApi(config, state, lambda: webhooks.url, tokens.is_known)
        self.numbers = Numbers(config, state, lambda: webhooks.url, base_url, self.subscriptions.subscribed_apps)

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        parts = [part for part in request.path.split("/") if part]
        if len(parts) < 2 or len(parts) > 3 or not VERSION.fullmatch(parts[0]):
            raise ge.unknown_path(request.path)
        if len(parts) == 3:
            return await self._edge(request, parts[1], parts[2])
        return await self._node(request, parts[1])

    async def _node(self, request: web.Request, node: str) -> web.StreamResponse:
        config, state, assets, numbers, method = self._config, self._state, self._assets, self.numbers, request.method
        if node == DEBUG_TOKEN and method == "GET":
            return self._tokens.debug_token(request)
        if (owner := numbers.owner(node)) is not None:
            self._tokens.require(request, owner, MANAGEMENT, node)
        if node in state.uploads:
            if method == "POST":
                return await assets.upload_chunk(request, state.uploads[node])
            if method == "GET":
                return assets.upload_status(state.uploads[node])
        elif numbers.is_number(node) and method == "GET":
            return numbers.phone_number(request, node)
        elif node == config.phone_number_id and method == "POST":
            return await self.subscriptions.phone_override(request)
        elif numbers.is_waba(node) and method == "GET":
            return numbers.waba(request, node)
        elif (item := state.live_media(node)) is not None:
            if method == "GET":
                return assets.media_info(request, item)
            if method == "DELETE":
                return assets.delete_media(request, item)
        elif method == "GET" and (template := self._template_by_id(node)) is not None:
            return self._template(request, template)
        raise ge.unsupported_request(method, node)

    async def _edge(self, request: web.Request, node: str, edge: str) -> web.StreamResponse:
        config, assets, numbers, method = self._config, self._assets, self.numbers, request.method
        if (owner := numbers.owner(node)) is not None:
            needs = MESSAGING if numbers.is_number(node) and edge in MESSAGING_EDGES else MANAGEMENT
            self._tokens.require(request, owner, needs, node)
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
        elif numbers.is_waba(node) and method == "GET":
            if edge == "message_templates":
                # The simulator's templates live on the configured WABA; another WABA has none yet.
                return self._templates(request, self._state.templates if node == config.waba_id else [])
            if edge == "phone_numbers":
                return numbers.phone_numbers(request, node)
        node_types = {**numbers.node_types(), config.app_id: "Application"}
        if method == "GET" and node in node_types:
            raise ge.nonexisting_field(edge, node_types[node])
        raise ge.unsupported_request(method, node)

    # POST /{phone-number-id}/messages

    async def _messages(self, request: web.Request) -> web.Response:
        body = await read_json(request)
        state, faults = self._state, self._state.faults
        if isinstance(body, dict) and "status" in body:
            check_read_receipt(body, state)
            state.inbound[body["message_id"]].read = True
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
                "contacts": [
                    {"input": plan.to, "user_id": plan.wa_id}
                    if is_bsuid(plan.wa_id)
                    else {"input": plan.to, "wa_id": plan.wa_id}
                ],
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

    def _templates(self, request: web.Request, templates: Sequence[dict[str, Any]]) -> web.Response:
        query = request.query
        fields = requested_fields(query.get("fields"), KNOWN_FIELDS, DEFAULT_FIELDS, "WhatsAppBusinessHSM")
        items = [t for t in templates if _matches(t, query)]
        chunk, paging = page(request, items, self._base_url())
        answer: dict[str, Any] = {"data": [project(t, fields) for t in chunk]}
        if paging is not None:
            answer["paging"] = paging
        asked = [name.strip() for name in query.get("summary", "").split(",")]
        summary = {name: value for name, value in _summary(items, templates).items() if name in asked}
        if summary:
            answer["summary"] = summary
        return reply(answer)


def _summary(matching: Sequence[dict[str, Any]], templates: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The ``summary`` fields of the template list that pywa asks for."""
    languages = {t["language"] for t in templates}
    names = {t["name"] for t in templates}
    return {
        "total_count": len(matching),
        "message_template_count": len(templates),
        "message_template_limit": TEMPLATE_LIMIT,
        # Whether every template exists in every language the WABA's templates use.
        "are_translations_complete": len(templates) == len(names) * len(languages),
    }


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
