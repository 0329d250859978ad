"""What Meta says about the business account or its number that the owner must not miss: restrictions,
violations, a ban, a drop in quality, a display name decision. Kept until the owner dismisses it."""

from __future__ import annotations

from datetime import datetime

from monggo_desktop.cloud.webhook_models import AccountEvent
from monggo_desktop.domain.models import AccountNotice
from monggo_desktop.storage import Store

# Changes that need nothing from the owner: recorded by Meta for partners and billing, not shown.
QUIET_EVENTS = frozenset(
    {
        "AD_ACCOUNT_LINKED",
        "PARTNER_ADDED",
        "PARTNER_APP_INSTALLED",
        "PARTNER_APP_UNINSTALLED",
        "PARTNER_REMOVED",
        "PRIMARY_BUSINESS_LOCATION_SET",
        "PRICING_TIERING_UPDATE",
        "MM_API_FOR_WA_TERMS_OF_SERVICE",
        "AUTH_INTL_PRICE_ELIGIBILITY_UPDATE",
    }
)


def record_notice(store: Store, event: AccountEvent, at: datetime) -> AccountNotice | None:
    """Store the notice the banner shows; None for a change that needs nothing from the owner."""
    if (event.event or "").upper() in QUIET_EVENTS:
        return None
    notice = AccountNotice(field=event.field, event=event.event, detail=event.detail, until=event.until, received_at=at)
    return store.account_notices.add(event.waba_id, notice)
