"""What a token is and reaches: ``GET /debug_token`` (cloud-api.md section 1), and the numbers of a WhatsApp
Business Account (``GET /{WABA-ID}/phone_numbers``, section 7)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from monggo_desktop.cloud.client_assets import PHONE_FIELDS, phone_info
from monggo_desktop.cloud.errors import unexpected_answer
from monggo_desktop.cloud.models import PhoneNumberInfo
from monggo_desktop.cloud.transport import Transport
from monggo_desktop.domain.meta_token import TokenInfo, TokenKind
from monggo_desktop.domain.words import Words

MAX_NUMBER_PAGES = 20  # an account has a handful of numbers; a loop of pages is a bug on one side


class TokensApi:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    async def debug(self, token: str | None = None) -> TokenInfo:
        """What ``token`` (default: the client's own) is: valid or not, its app, kind, expiry and scopes."""
        answer = await self._t.request_json(
            "GET", "debug_token", params={"input_token": token or self._t.access_token}, idempotent=True
        )
        data = answer.get("data")
        if not isinstance(data, dict):
            raise unexpected_answer(Words("about the token without its data"))
        return token_info(data)

    async def numbers(self, waba_id: str) -> list[PhoneNumberInfo]:
        """Every phone number of the WhatsApp Business Account, following the pages."""
        numbers: list[PhoneNumberInfo] = []
        url = f"{_safe(waba_id)}/phone_numbers"
        params: dict[str, str] | None = {"fields": PHONE_FIELDS, "limit": "100"}
        for _ in range(MAX_NUMBER_PAGES):
            answer = await self._t.request_json("GET", url, params=params, idempotent=True)
            data = answer.get("data")
            numbers += (
                [phone_info(item, waba_id=waba_id) for item in data if isinstance(item, dict)]
                if isinstance(data, list)
                else []
            )
            paging = answer.get("paging")
            next_url = paging.get("next") if isinstance(paging, dict) else None
            if not isinstance(next_url, str) or not next_url:
                return numbers
            if not next_url.startswith(self._t.api_base_url + "/"):
                raise unexpected_answer(Words("with a next page on another server"))  # never send the token elsewhere
            url, params = next_url, None
        raise unexpected_answer(Words("with more pages of phone numbers than expected"))


def token_info(data: dict[str, Any]) -> TokenInfo:
    found = data.get("error")
    error: dict[str, Any] = found if isinstance(found, dict) else {}
    expires = data.get("expires_at")
    granular: dict[str, tuple[str, ...]] = {}
    for item in data.get("granular_scopes") or []:
        if isinstance(item, dict) and isinstance(item.get("scope"), str):
            targets = item.get("target_ids") or []
            granular[item["scope"]] = tuple(str(t) for t in targets if isinstance(t, str | int))
    kind = str(data.get("type") or "UNKNOWN").upper()
    return TokenInfo(
        is_valid=data.get("is_valid") is True,
        app_id=str(data.get("app_id") or ""),
        application=str(data.get("application") or ""),
        kind=TokenKind(kind) if kind in TokenKind.__members__ else TokenKind.UNKNOWN,
        expires_at=datetime.fromtimestamp(expires, UTC) if isinstance(expires, int) and expires > 0 else None,
        scopes=tuple(s for s in data.get("scopes") or [] if isinstance(s, str)),
        granular=granular,
        error_code=error.get("code") if isinstance(error.get("code"), int) else None,
        error_subcode=error.get("subcode") if isinstance(error.get("subcode"), int) else None,
    )


def _safe(value: str) -> str:
    text = value.strip()
    if not text or not text.isdigit():
        raise unexpected_answer(Words("with a WhatsApp Business Account id that is not a number"))
    return text
