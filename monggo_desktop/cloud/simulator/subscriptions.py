"""Meta's side of webhook registration (cloud-api.md section 8b): subscriptions, overrides, verification.

- ``GET|POST|DELETE /{waba-id}/subscribed_apps``: the app's subscription to the WABA, and the WABA override.
- ``POST /{phone-number-id}`` with ``webhook_configuration``: the number's override.
- ``GET|POST /{app-id}/subscriptions``: the app's own callback URL and fields, with the app token only.

A new callback URI is verified while the request is open, as Meta does: a ``hub.challenge`` GET that must
answer 200 with exactly the challenge, else error 2200. The simulator only ever calls loopback URIs, and
accepts plain http for them (Meta requires https with a valid certificate).
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from aiohttp import web

from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator.config import SimulatorConfig, check_webhook_url
from monggo_desktop.cloud.simulator.http_helpers import read_json, reply
from monggo_desktop.cloud.simulator.routing import AppSubscription
from monggo_desktop.cloud.simulator.state import SimState

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

APP_OBJECT = "whatsapp_business_account"
MAX_OVERRIDE_URI = 200
FIELD_NAME = re.compile(r"[a-z][a-z0-9_]*")
# The fields the simulator delivers; what GET /{app-id}/subscriptions lists for the dashboard's URL.
DASHBOARD_FIELDS = ("messages", "message_template_status_update")
# What Meta's verification request calls itself.
VERIFY_USER_AGENT = "facebookplatform/1.0 (+http://developers.facebook.com)"
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


class SubscriptionApi:
    def __init__(
        self,
        config: SimulatorConfig,
        state: SimState,
        default_url: Callable[[], str | None],
        is_user_token: Callable[[str], bool] = lambda token: False,
    ) -> None:
        self._config = config
        self._state = state
        self._default_url = default_url  # the app-level URL "set in the dashboard": webhook_url
        self._is_user_token = is_user_token  # a token profile's token (tokens.py), besides access_token

    def authenticates_itself(self, path: str) -> bool:
        """``/{version}/{app-id}/subscriptions`` takes the app token, which the server's user-token check refuses."""
        parts = [part for part in path.split("/") if part]
        return len(parts) == 3 and parts[1] == self._config.app_id and parts[2] == "subscriptions"

    def route(self, node: str, edge: str, method: str) -> Handler | None:
        config = self._config
        if node == config.waba_id and edge == "subscribed_apps":
            handlers: dict[str, Handler] = {
                "GET": self._waba_apps,
                "POST": self._subscribe_waba,
                "DELETE": self._unsubscribe_waba,
            }
            return handlers.get(method)
        if node == config.app_id and edge == "subscriptions":
            return self._app_subscriptions  # checks the app token first, whatever the method
        return None

    # GET|POST|DELETE /{waba-id}/subscribed_apps

    async def _waba_apps(self, request: web.Request) -> web.Response:
        return reply({"data": self.subscribed_apps(self._config.waba_id)})

    def subscribed_apps(self, waba: str) -> list[dict[str, Any]]:
        """The apps subscribed to a WABA: this app, once it subscribed to the configured WABA."""
        routing, config = self._state.routing, self._config
        data: list[dict[str, Any]] = []
        if waba == config.waba_id and routing.waba_subscribed:
            item: dict[str, Any] = {
                "whatsapp_business_api_data": {
                    "id": config.app_id,
                    "link": f"https://www.facebook.com/games/?app_id={config.app_id}",
                    "name": config.app_name,
                }
            }
            if routing.waba_override:
                item["override_callback_uri"] = routing.waba_override
            data.append(item)
        return data

    async def _subscribe_waba(self, request: web.Request) -> web.Response:
        params = await read_params(request)
        uri, token = _text(params, "override_callback_uri"), _text(params, "verify_token")
        self._refuse_if_asked()
        routing = self._state.routing
        if not uri:
            # No override given: subscribe (again), and drop the override if there was one.
            routing.waba_subscribed = True
            routing.waba_override = None
            return reply({"success": True})
        await self._check_override(uri, token)
        routing.waba_override = uri
        return reply({"success": True})

    async def _unsubscribe_waba(self, request: web.Request) -> web.Response:
        routing = self._state.routing
        routing.waba_subscribed = False
        routing.waba_override = None  # it belonged to the subscription
        return reply({"success": True})

    # POST /{phone-number-id} with webhook_configuration

    async def phone_override(self, request: web.Request) -> web.Response:
        params = await read_params(request)
        configuration = params.get("webhook_configuration")
        if isinstance(configuration, str):  # a form field carries the object as JSON text, as Graph allows
            try:
                configuration = json.loads(configuration)
            except json.JSONDecodeError:
                raise ge.param_error("Param webhook_configuration must be a JSON object") from None
        if configuration is None:
            raise ge.required("webhook_configuration")
        if not isinstance(configuration, dict):
            raise ge.param_error("Param webhook_configuration must be a JSON object")
        uri = _text(configuration, "override_callback_uri")
        token = _text(configuration, "verify_token")
        if uri is None:
            raise ge.required("webhook_configuration[override_callback_uri]")
        self._refuse_if_asked()
        routing = self._state.routing
        if uri == "":
            routing.number_override = None
            return reply({"success": True})
        await self._check_override(uri, token)
        routing.number_override = uri
        return reply({"success": True})

    async def _check_override(self, uri: str, token: str | None) -> None:
        """Meta's order: the parameters, the WABA subscription, then the verification request."""
        if len(uri) > MAX_OVERRIDE_URI:
            raise ge.too_long("override_callback_uri", MAX_OVERRIDE_URI)
        if not token:
            raise ge.required("verify_token")
        if not self._state.routing.waba_subscribed:
            raise ge.override_needs_subscription()
        await verify_callback(uri, token, self._config.callback_verify_timeout)
        if not self._state.routing.waba_subscribed:  # DELETEd while the verification ran
            raise ge.override_needs_subscription()

    # GET|POST /{app-id}/subscriptions, app token only

    async def _app_subscriptions(self, request: web.Request) -> web.Response:
        params = await read_params(request)
        self._check_app_token(request, params)
        version = request.path.lstrip("/").split("/", 1)[0]
        if request.method == "GET":
            return reply({"data": self._app_subscription_list(version)})
        if request.method != "POST":
            raise ge.unsupported_request(request.method, self._config.app_id)
        obj = _text(params, "object")
        if not obj:
            raise ge.required("object")
        if obj != APP_OBJECT:
            raise ge.param_error(f"Param object must be {APP_OBJECT} (the only object the simulator knows)")
        callback, token = _text(params, "callback_url"), _text(params, "verify_token")
        if not callback:
            raise ge.required("callback_url")
        if not token:
            raise ge.required("verify_token")
        fields = _fields(params.get("fields"))
        self._refuse_if_asked()
        await verify_callback(callback, token, self._config.callback_verify_timeout)
        routing = self._state.routing
        # One callback URL per object and app: a new POST replaces it and adds its fields to the old ones.
        merged = dict(routing.app_subscription.fields) if routing.app_subscription is not None else {}
        merged.update(dict.fromkeys(fields, version))
        routing.app_subscription = AppSubscription(callback_url=callback, verify_token=token, fields=merged)
        return reply({"success": True})

    def _app_subscription_list(self, version: str) -> list[dict[str, Any]]:
        app = self._state.routing.app_subscription
        if app is not None:
            url, fields = app.callback_url, list(app.fields.items())
        elif (default := self._default_url()) is not None:
            url, fields = default, [(name, version) for name in DASHBOARD_FIELDS]
        else:
            return []
        return [
            {
                "object": APP_OBJECT,
                "callback_url": url,
                "active": True,
                "fields": [{"name": name, "version": field_version} for name, field_version in fields],
            }
        ]

    def _check_app_token(self, request: web.Request, params: dict[str, Any]) -> None:
        # pywa sends the app token as an access_token parameter next to its usual Bearer header; the
        # parameter wins, as it must for that to work.
        token = params.get("access_token")
        if not isinstance(token, str) or not token.strip():
            scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
            if scheme.lower() != "bearer":
                token = ""
        token = token.strip()
        if not token:
            raise ge.missing_token()
        config = self._config
        if hmac.compare_digest(token.encode(), f"{config.app_id}|{config.app_secret}".encode()):
            return
        if "|" in token:
            raise ge.invalid_app_token()
        user_token = config.access_token
        if (
            user_token is not None
            and not hmac.compare_digest(token.encode(), user_token.encode())
            and not self._is_user_token(token)
        ):
            raise ge.invalid_token()
        raise ge.app_token_required()

    def _refuse_if_asked(self) -> None:
        code = self._state.faults.refuse_webhook_registration_code
        if code is not None:
            raise ge.registration_refused(code)


async def verify_callback(uri: str, verify_token: str, timeout: float) -> None:
    """Meta's verification request; returns if ``uri`` answered 200 with exactly the challenge, else 2200."""
    try:
        check_webhook_url(uri)
    except ValueError:
        raise ge.callback_verification_failed(
            f"the simulator calls http(s) URLs on this machine only, not {uri[:MAX_OVERRIDE_URI]!r}"
        ) from None
    challenge = str(10**9 + secrets.randbelow(9 * 10**9))
    params = {"hub.mode": "subscribe", "hub.challenge": challenge, "hub.verify_token": verify_token}
    # trust_env=False: a proxy from the environment must never see a loopback request.
    async with httpx.AsyncClient(timeout=timeout, trust_env=False, follow_redirects=False) as client:
        try:
            response = await client.get(uri, params=params, headers={"User-Agent": VERIFY_USER_AGENT})
        except httpx.TimeoutException:
            millis = int(timeout * 1000)
            raise ge.callback_verification_failed(
                f"curl_errno = 28; curl_error = Operation timed out after {millis} milliseconds with 0 bytes "
                "received; HTTP Status Code = 0"
            ) from None
        except httpx.HTTPError:
            raise ge.callback_verification_failed(
                "curl_errno = 7; curl_error = Couldn't connect to server; HTTP Status Code = 0"
            ) from None
    status = f"HTTP Status Code = {response.status_code}; HTTP Message = {response.reason_phrase}"
    if response.status_code != 200:
        raise ge.callback_verification_failed(status)
    if response.content != challenge.encode():
        received = response.content[:64].decode("utf-8", "replace")
        raise ge.callback_verification_failed(
            f'{status}; Response does not match challenge, expected value="{challenge}", received="{received}"'
        )


async def read_params(request: web.Request) -> dict[str, Any]:
    """The parameters of a Graph call: the query string, then a JSON or form body over it."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type in _FORMS:
        form = await request.post()
        params.update({key: value for key, value in form.items() if isinstance(value, str)})
        return params
    body = await read_json(request)
    if not isinstance(body, dict):
        raise ge.param_error("The request body must be a JSON object")
    params.update(body)
    return params


def _text(params: dict[str, Any], name: str) -> str | None:
    value = params.get(name)
    if value is None or isinstance(value, str):
        return value
    raise ge.param_error(f"Param {name} must be a string")


def _fields(raw: Any) -> list[str]:
    if raw is None or raw == "" or raw == []:
        raise ge.required("fields")
    if isinstance(raw, str):
        names = [part.strip() for part in raw.split(",") if part.strip()]
    elif isinstance(raw, list) and all(isinstance(part, str) for part in raw):
        names = [part.strip() for part in raw]
    else:
        raise ge.param_error("Param fields must be a comma-separated list of field names")
    for name in names:
        if not FIELD_NAME.fullmatch(name):
            raise ge.param_error(f"Param fields has an invalid field name: {name[:64]!r}")
    if not names:
        raise ge.required("fields")
    return list(dict.fromkeys(names))
