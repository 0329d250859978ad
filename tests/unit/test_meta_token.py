"""A token as Meta's own `debug_token` examples describe it (tests/fixtures/meta), judged for a shop owner."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monggo_desktop.cloud.client_tokens import token_info
from monggo_desktop.domain.meta_token import (
    REFUSED,
    TokenInfo,
    TokenKind,
    TokenVerdict,
    assess,
    health,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meta"


def meta_example(name: str) -> TokenInfo:
    return token_info(json.loads((FIXTURES / name).read_text())["data"])


def test_meta_s_manage_accounts_example_names_both_accounts_newest_first():
    info = meta_example("debug_token_manage_accounts.json")
    assert info.is_valid and info.app_id == "670843887433847" and info.kind is TokenKind.USER
    assert info.waba_ids == ("102289599326934", "101569239400667")
    assert info.expires_at == datetime.fromtimestamp(1665090000, UTC)
    assert info.missing_scopes == ()
    # The day before it ends it is a temporary token; a month before, merely one that expires.
    assert assess(info, info.expires_at - timedelta(hours=20)).verdict is TokenVerdict.TEMPORARY
    assert assess(info, info.expires_at - timedelta(days=5)).verdict is TokenVerdict.EXPIRES_SOON
    assert assess(info, info.expires_at - timedelta(days=30)).verdict is TokenVerdict.GOOD
    assert assess(info, info.expires_at + timedelta(seconds=1)).verdict is TokenVerdict.EXPIRED


def test_a_system_user_s_token_never_expires_and_may_name_no_account():
    info = meta_example("debug_token_permissions.json")
    assert info.kind is TokenKind.SYSTEM_USER and info.expires_at is None and info.application == "Lucky Shrub"
    assert assess(info, datetime(2026, 12, 7, tzinfo=UTC)).verdict is TokenVerdict.GOOD
    assert info.waba_ids == ()  # an admin system user's granular scopes carry no target ids: the ids are asked for


def test_a_missing_permission_is_named():
    data = json.loads((FIXTURES / "debug_token_permissions.json").read_text())["data"]
    data["scopes"] = ["whatsapp_business_management", "public_profile"]
    judged = assess(token_info(data), datetime(2026, 12, 7, tzinfo=UTC))
    assert judged.verdict is TokenVerdict.MISSING_PERMISSION and judged.missing == ("whatsapp_business_messaging",)
    assert not judged.usable


def test_an_invalid_token_is_expired_whatever_its_date():
    info = token_info({"is_valid": False, "error": {"code": 190, "subcode": 463, "message": "expired"}})
    assert (info.error_code, info.error_subcode) == (190, 463)
    assert assess(info, datetime(2026, 12, 7, tzinfo=UTC)).verdict is TokenVerdict.EXPIRED


def test_the_kept_expiry_becomes_the_banner_s_state():
    now = datetime(2026, 12, 7, tzinfo=UTC)
    assert not health(None, now).known
    assert health(0, now).verdict is TokenVerdict.GOOD
    assert health(REFUSED, now).verdict is TokenVerdict.EXPIRED
    assert health(int((now + timedelta(days=3)).timestamp()), now).needs_action
    assert not health(int((now + timedelta(days=60)).timestamp()), now).needs_action
    assert health(0, now, paused=True).verdict is TokenVerdict.EXPIRED  # sending paused on the token
