"""Rules for the account settings a user types in at setup."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.words import Value

DEFAULT_API_BASE = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v25.0"
_META_ID = re.compile(r"^[0-9]{5,32}$")
_API_VERSION = re.compile(r"^v[0-9]{1,3}\.0$")


def check_meta_id(value: str, what: Value) -> str:
    text = value.strip()
    if not _META_ID.match(text):
        raise InvalidInputError("the {what} is the long number shown in Meta's dashboard (digits only)", what=what)
    return text


def check_api_version(value: str) -> str:
    text = value.strip()
    if not _API_VERSION.match(text):
        raise InvalidInputError("the API version looks like {example}", example=DEFAULT_API_VERSION)
    return text


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_api_base(value: str) -> str:
    """HTTPS everywhere (TLS in transit); plain HTTP only to this machine, for the simulator."""
    text = value.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidInputError("the API base must be a URL such as {example}", example=DEFAULT_API_BASE)
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InvalidInputError("the API base must use https (plain http is allowed only on this machine)")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise InvalidInputError("the API base is a plain URL without query, fragment or user name")
    return text
