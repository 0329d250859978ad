"""The business profile's codes in readable, translated words: categories, the phone number's statuses, and
what is wrong with a field. WhatsApp's own code is shown for a value this version does not know yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from monggo_desktop.domain.profile import FieldProblem, Problem, ProfileField


def vertical_text(code: str) -> str:
    """The category as WhatsApp names it in the app."""
    names = {
        "UNDEFINED": QCoreApplication.translate("ProfileTexts", "Not specified"),
        "OTHER": QCoreApplication.translate("ProfileTexts", "Other"),
        "AUTO": QCoreApplication.translate("ProfileTexts", "Automotive"),
        "BEAUTY": QCoreApplication.translate("ProfileTexts", "Beauty, spa and salon"),
        "APPAREL": QCoreApplication.translate("ProfileTexts", "Clothing and apparel"),
        "EDU": QCoreApplication.translate("ProfileTexts", "Education"),
        "ENTERTAIN": QCoreApplication.translate("ProfileTexts", "Entertainment"),
        "EVENT_PLAN": QCoreApplication.translate("ProfileTexts", "Event planning and service"),
        "FINANCE": QCoreApplication.translate("ProfileTexts", "Finance and banking"),
        "GROCERY": QCoreApplication.translate("ProfileTexts", "Food and grocery"),
        "GOVT": QCoreApplication.translate("ProfileTexts", "Public service"),
        "HOTEL": QCoreApplication.translate("ProfileTexts", "Hotel and lodging"),
        "HEALTH": QCoreApplication.translate("ProfileTexts", "Medical and health"),
        "NONPROFIT": QCoreApplication.translate("ProfileTexts", "Non-profit organisation"),
        "PROF_SERVICES": QCoreApplication.translate("ProfileTexts", "Professional services"),
        "RETAIL": QCoreApplication.translate("ProfileTexts", "Shopping and retail"),
        "TRAVEL": QCoreApplication.translate("ProfileTexts", "Travel and transportation"),
        "RESTAURANT": QCoreApplication.translate("ProfileTexts", "Restaurant"),
        "NOT_A_BIZ": QCoreApplication.translate("ProfileTexts", "Not a business"),
    }
    return names.get(code, code)


def quality_text(code: str | None) -> str:
    names = {
        "GREEN": QCoreApplication.translate("ProfileTexts", "High (green)"),
        "YELLOW": QCoreApplication.translate("ProfileTexts", "Medium (yellow)"),
        "RED": QCoreApplication.translate("ProfileTexts", "Low (red): sending may be limited"),
        "UNKNOWN": QCoreApplication.translate("ProfileTexts", "Not rated yet"),
    }
    return _known(names, code)


def name_status_text(code: str | None) -> str:
    names = {
        "APPROVED": QCoreApplication.translate("ProfileTexts", "Approved"),
        "AVAILABLE_WITHOUT_REVIEW": QCoreApplication.translate("ProfileTexts", "Shown without review"),
        "PENDING_REVIEW": QCoreApplication.translate("ProfileTexts", "Waiting for review"),
        "DECLINED": QCoreApplication.translate("ProfileTexts", "Declined"),
        "EXPIRED": QCoreApplication.translate("ProfileTexts", "Expired"),
        "NONE": QCoreApplication.translate("ProfileTexts", "None"),
    }
    return _known(names, code)


def throughput_text(code: str | None) -> str:
    names = {
        "STANDARD": QCoreApplication.translate("ProfileTexts", "Standard (80 messages a second)"),
        "HIGH": QCoreApplication.translate("ProfileTexts", "High (up to 1,000 messages a second)"),
        "NOT_APPLICABLE": QCoreApplication.translate("ProfileTexts", "Not applicable"),
    }
    return _known(names, code)


def messaging_limit_text(code: str | None) -> str:
    names = {
        "TIER_50": QCoreApplication.translate("ProfileTexts", "50 customers a day"),
        "TIER_250": QCoreApplication.translate("ProfileTexts", "250 customers a day"),
        "TIER_1K": QCoreApplication.translate("ProfileTexts", "1,000 customers a day"),
        "TIER_2K": QCoreApplication.translate("ProfileTexts", "2,000 customers a day"),
        "TIER_10K": QCoreApplication.translate("ProfileTexts", "10,000 customers a day"),
        "TIER_100K": QCoreApplication.translate("ProfileTexts", "100,000 customers a day"),
        "TIER_UNLIMITED": QCoreApplication.translate("ProfileTexts", "Unlimited"),
    }
    return _known(names, code)


def field_text(problem: FieldProblem) -> str:
    if problem.field is ProfileField.WEBSITES and problem.index is not None:
        return QCoreApplication.translate("ProfileTexts", "Website {n}").format(n=problem.index)
    names = {
        ProfileField.ABOUT: QCoreApplication.translate("ProfileTexts", "About"),
        ProfileField.ADDRESS: QCoreApplication.translate("ProfileTexts", "Address"),
        ProfileField.DESCRIPTION: QCoreApplication.translate("ProfileTexts", "Description"),
        ProfileField.EMAIL: QCoreApplication.translate("ProfileTexts", "E-mail"),
        ProfileField.WEBSITES: QCoreApplication.translate("ProfileTexts", "Websites"),
        ProfileField.VERTICAL: QCoreApplication.translate("ProfileTexts", "Category"),
    }
    return names[problem.field]


def problem_text(problem: FieldProblem) -> str:
    """One line that says which field is wrong and how to fix it."""
    words = {
        Problem.TOO_LONG: QCoreApplication.translate(
            "ProfileTexts", "{field}: at most {limit} characters (this has {length})"
        ),
        Problem.EMPTY: QCoreApplication.translate("ProfileTexts", "{field}: cannot be empty"),
        Problem.NOT_EMAIL: QCoreApplication.translate(
            "ProfileTexts", "{field}: not an e-mail address (it needs an @, like halo@toko.example)"
        ),
        Problem.NOT_WEB_ADDRESS: QCoreApplication.translate(
            "ProfileTexts", "{field}: a web address starts with http:// or https://"
        ),
        Problem.TOO_MANY: QCoreApplication.translate("ProfileTexts", "{field}: at most {limit} addresses"),
        Problem.UNKNOWN_VERTICAL: QCoreApplication.translate("ProfileTexts", "{field}: choose one of the categories"),
    }
    return words[problem.problem].format(
        field=field_text(problem), limit=problem.limit or "", length=problem.length or ""
    )


def _known(names: dict[str, str], code: str | None) -> str:
    if not code:
        return QCoreApplication.translate("ProfileTexts", "Not reported")
    return names.get(code, code)
