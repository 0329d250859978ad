"""The access token and the number's quality in the owner's words, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from monggo_desktop.domain.meta_token import TokenAssessment, TokenHealth, TokenVerdict
from monggo_desktop.ui.local_format import moment_text


def system_user_steps() -> str:
    return QCoreApplication.translate(
        "Token",
        "To get a token that keeps working: in Meta Business settings open Users → System users, add a system user, "
        "assign it your app and your WhatsApp account, then Generate new token with the whatsapp_business_messaging "
        "and whatsapp_business_management permissions and no expiry, and paste it here.",
    )


def token_text(token: TokenAssessment) -> str:
    """When the token stops working, said plainly."""
    if token.expires_at is None:
        return QCoreApplication.translate("Token", "The access token does not expire.")
    day = moment_text(token.expires_at)
    return QCoreApplication.translate("Token", "The access token works until {day}.").format(day=day)


def token_warning_text(token: TokenAssessment) -> str:
    """The warning before a token that will stop working is saved; empty when there is none."""
    if token.verdict is TokenVerdict.TEMPORARY:
        head = QCoreApplication.translate(
            "Token", "This is a temporary token: it stops working within a day, and sending stops with it."
        )
    elif token.verdict is TokenVerdict.EXPIRES_SOON:
        head = QCoreApplication.translate("Token", "This token stops working within a week.")
    elif token.verdict is TokenVerdict.EXPIRED:
        head = QCoreApplication.translate("Token", "The access token no longer works (expired or revoked).")
    else:
        return ""
    return head + " " + system_user_steps()


def health_text(token: TokenHealth | None) -> str:
    """Settings' and the banner's line about the token."""
    if token is None or not token.known:
        return QCoreApplication.translate("Token", "Not checked with WhatsApp yet: it is checked at every start.")
    if token.verdict is TokenVerdict.EXPIRED:
        return QCoreApplication.translate(
            "Token", "WhatsApp refused the access token (expired or revoked): sending waits for a new one."
        )
    if token.expires_at is None:
        return QCoreApplication.translate("Token", "The access token does not expire.")
    day = moment_text(token.expires_at)
    if token.needs_action:
        return QCoreApplication.translate("Token", "The access token stops working on {day}.").format(day=day)
    return QCoreApplication.translate("Token", "The access token works until {day}.").format(day=day)
