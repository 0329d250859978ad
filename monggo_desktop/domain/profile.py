"""The WhatsApp business profile and the phone number's details: plain values and the profile's rules.

The limits are the Cloud API's (cloud-api.md section 5). They live here, not in ``cloud/limits.py``, so the
profile screen can check as the owner types without reaching into the cloud layer; ``cloud/limits.py``
checks requests with these same rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from urllib.parse import urlsplit

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.words import Words

PROFILE_ABOUT = 139
PROFILE_ADDRESS = 256
PROFILE_DESCRIPTION = 512
PROFILE_EMAIL = 128
PROFILE_WEBSITE = 256
PROFILE_WEBSITES = 2

# In the order Meta's documentation lists them (the screen's drop-down follows it).
VERTICALS: tuple[str, ...] = (
    "UNDEFINED",
    "OTHER",
    "AUTO",
    "BEAUTY",
    "APPAREL",
    "EDU",
    "ENTERTAIN",
    "EVENT_PLAN",
    "FINANCE",
    "GROCERY",
    "GOVT",
    "HOTEL",
    "HEALTH",
    "NONPROFIT",
    "PROF_SERVICES",
    "RETAIL",
    "TRAVEL",
    "RESTAURANT",
    "NOT_A_BIZ",
)
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TEXT_LIMITS: Mapping[str, int] = {
    "about": PROFILE_ABOUT,
    "address": PROFILE_ADDRESS,
    "description": PROFILE_DESCRIPTION,
    "email": PROFILE_EMAIL,
}


class ProfileField(StrEnum):
    ABOUT = "about"
    ADDRESS = "address"
    DESCRIPTION = "description"
    EMAIL = "email"
    WEBSITES = "websites"
    VERTICAL = "vertical"


class Problem(StrEnum):
    TOO_LONG = "too_long"
    EMPTY = "empty"
    NOT_EMAIL = "not_email"
    NOT_WEB_ADDRESS = "not_web_address"
    TOO_MANY = "too_many"
    UNKNOWN_VERTICAL = "unknown_vertical"


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """What is wrong with one field; the screen and the API client each word it their own way."""

    field: ProfileField
    problem: Problem
    index: int | None = None  # which website (1 or 2)
    limit: int | None = None
    length: int | None = None

    @property
    def name(self) -> str:
        """The field as the Cloud API client names it: "about", "website 2"."""
        return f"website {self.index}" if self.index is not None else self.field.value


def profile_problems(fields: Mapping[str, object]) -> list[FieldProblem]:
    """Every problem of a profile update (the Cloud API's field names and values; None = not sent), in field order."""
    problems: list[FieldProblem] = []
    for name in ("about", "address", "description", "email"):
        value = fields.get(name)
        if value is None or (name == "email" and value == ""):
            continue  # not sent, or an e-mail address removed
        text = str(value)
        kind = ProfileField(name)
        if len(text) > TEXT_LIMITS[name]:
            problems.append(FieldProblem(kind, Problem.TOO_LONG, limit=TEXT_LIMITS[name], length=len(text)))
        elif name == "about" and not text.strip():
            problems.append(FieldProblem(kind, Problem.EMPTY))  # WhatsApp wants at least one character
        elif name == "email" and not EMAIL_PATTERN.match(text):
            problems.append(FieldProblem(kind, Problem.NOT_EMAIL))
    websites = fields.get("websites")
    if websites is not None:
        sites = list(websites) if isinstance(websites, list | tuple) else []
        if not isinstance(websites, list | tuple) or len(sites) > PROFILE_WEBSITES:
            problems.append(FieldProblem(ProfileField.WEBSITES, Problem.TOO_MANY, limit=PROFILE_WEBSITES))
        for index, site in enumerate(sites, start=1):
            problem = _website_problem(str(site), index)
            if problem is not None:
                problems.append(problem)
    vertical = fields.get("vertical")
    if vertical is not None and vertical not in VERTICALS:
        problems.append(FieldProblem(ProfileField.VERTICAL, Problem.UNKNOWN_VERTICAL))
    return problems


def _website_problem(site: str, index: int) -> FieldProblem | None:
    if not site:
        return FieldProblem(ProfileField.WEBSITES, Problem.EMPTY, index=index)
    if len(site) > PROFILE_WEBSITE:
        return FieldProblem(
            ProfileField.WEBSITES, Problem.TOO_LONG, index=index, limit=PROFILE_WEBSITE, length=len(site)
        )
    try:
        parts = urlsplit(site)
        host = parts.hostname
    except ValueError:  # "http://[::1" and the like
        return FieldProblem(ProfileField.WEBSITES, Problem.NOT_WEB_ADDRESS, index=index)
    if parts.scheme not in ("http", "https") or not host:
        return FieldProblem(ProfileField.WEBSITES, Problem.NOT_WEB_ADDRESS, index=index)
    return None


@dataclass(frozen=True, slots=True)
class ProfileFields:
    """What the owner edits; empty text means "none" (an about cannot be empty)."""

    about: str = ""
    address: str = ""
    description: str = ""
    email: str = ""
    websites: tuple[str, ...] = ()
    vertical: str | None = None  # None: never chosen (once chosen, WhatsApp keeps one)

    def cleaned(self) -> ProfileFields:
        """Spaces around the e-mail and the websites dropped, empty website boxes left out."""
        websites = tuple(site.strip() for site in self.websites if site.strip())
        return replace(self, email=self.email.strip(), websites=websites)

    def as_update(self) -> dict[str, object]:
        """The Cloud API update: every field, so what WhatsApp shows is what the screen showed."""
        clean = self.cleaned()
        update: dict[str, object] = {
            "about": clean.about,
            "address": clean.address,
            "description": clean.description,
            "email": clean.email,
            "websites": list(clean.websites),
        }
        if clean.vertical is not None:
            update["vertical"] = clean.vertical
        return update

    def problems(self) -> list[FieldProblem]:
        return profile_problems(self.as_update())


class ProfileInvalidError(InvalidInputError):
    """A profile that breaks WhatsApp's rules, refused before anything is sent; ``problems`` says what."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        first = problems[0]
        super().__init__("{field}: {problem}", field=first.name, problem=problem_words(first))
        self.problems = problems


def describe(problem: FieldProblem) -> str:
    """The problem in English, for logs (the screen has its own words, field by field)."""
    return str(problem_words(problem))


def problem_words(problem: FieldProblem) -> Words:
    """The problem as the API client's errors say it."""
    if problem.problem is Problem.TOO_LONG:
        return Words(
            "at most {most} characters (this has {length})", most=problem.limit or 0, length=problem.length or 0
        )
    if problem.problem is Problem.TOO_MANY:
        return Words("at most {most} addresses", most=problem.limit or 0)
    return _WORDS[problem.problem]


_WORDS = {
    Problem.EMPTY: Words("is empty"),
    Problem.NOT_EMAIL: Words("is not an e-mail address"),
    Problem.NOT_WEB_ADDRESS: Words("must start with http:// or https://"),
    Problem.UNKNOWN_VERTICAL: Words("must be one of the categories WhatsApp lists"),
}


@dataclass(frozen=True, slots=True)
class PhoneDetails:
    """The phone number as WhatsApp reports it (cloud-api.md section 7); values are Meta's codes."""

    display_number: str | None = None
    verified_name: str | None = None
    name_status: str | None = None
    quality_rating: str | None = None
    throughput_level: str | None = None
    messaging_limit: str | None = None


@dataclass(frozen=True, slots=True)
class ProfileSnapshot:
    """The profile and phone details as last fetched from WhatsApp, fresh or from the local copy."""

    fields: ProfileFields
    fetched_at: datetime
    phone: PhoneDetails | None = None
    picture_url: str | None = None
    picture: bytes | None = field(default=None, repr=False)  # the photo customers see, when it could be fetched
    from_cache: bool = False
    note: str | None = None  # why the local copy is shown (no connection yet, WhatsApp unreachable)
