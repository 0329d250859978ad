"""Everything the simulator remembers between requests; ``reset()`` returns it to the start of a run."""

from __future__ import annotations

import base64
import copy
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from monggo_desktop.cloud.simulator.config import SimulatorConfig
from monggo_desktop.cloud.simulator.routing import WebhookRouting
from monggo_desktop.cloud.simulator.templates import seed_templates

WINDOW_SECONDS = 24 * 3600
UPLOADED_MEDIA_TTL = 30 * 24 * 3600  # ids from POST /media
INBOUND_MEDIA_TTL = 7 * 24 * 3600  # ids from webhooks
MEDIA_URL_TTL = 5 * 60

SEED_PROFILE: dict[str, Any] = {
    "about": "Batik Monggo: batik tulis dan cap dari Yogyakarta.",
    "address": "Jl. Malioboro 52, Yogyakarta",
    "description": "Batik tulis dan cap buatan perajin Yogyakarta. Dikirim ke seluruh Indonesia setiap hari kerja.",
    "email": "halo@monggo.example",
    "websites": ["https://monggo.example/"],
    "vertical": "APPAREL",
}


@dataclass
class MediaItem:
    id: str
    data: bytes
    mime_type: str
    created: float
    ttl: float
    filename: str | None = None
    sha256: str = ""

    def __post_init__(self) -> None:
        self.sha256 = hashlib.sha256(self.data).hexdigest()

    def expired(self, now: float) -> bool:
        return now >= self.created + self.ttl


@dataclass
class UploadSession:
    id: str  # "upload:<session>"
    file_name: str
    file_length: int
    file_type: str
    data: bytearray = field(default_factory=bytearray)
    handle: str | None = None


@dataclass
class OutboundMessage:
    wamid: str
    wa_id: str
    type: str
    accepted_at: float
    body: dict[str, Any]


@dataclass
class InboundMessage:
    wamid: str
    wa_id: str
    message: dict[str, Any]
    read: bool = False


class SimState:
    def __init__(self, config: SimulatorConfig, clock: Callable[[], float] = time.time) -> None:
        self._config = config
        self.clock = clock  # seconds since the epoch; tests pass a fake one to cross 24 h or 5 min at once
        self.sent_messages: list[dict[str, Any]] = []
        self.read_receipts: list[dict[str, Any]] = []  # mark-as-read and typing-indicator bodies
        self.reset()

    @property
    def config(self) -> SimulatorConfig:
        return self._config

    def reset(self) -> None:
        # Lists are cleared in place: tests may hold a reference to sent_messages.
        self.sent_messages.clear()
        self.read_receipts.clear()
        self.faults = copy.deepcopy(self._config.faults)
        self.server_errors_sent = 0
        self.windows: dict[str, float] = {}  # wa_id -> time of the customer's last message
        self.last_sent_to: dict[str, float] = {}  # wa_id -> time of our last accepted message (pair limit)
        self.names: dict[str, str] = {}  # wa_id -> profile name seen in inbound webhooks
        self.media: dict[str, MediaItem] = {}
        self.media_tokens: dict[str, str] = {}  # media id -> secret part of its download URLs
        self.uploads: dict[str, UploadSession] = {}
        self.handles: dict[str, UploadSession] = {}
        self.profile: dict[str, Any] = copy.deepcopy(SEED_PROFILE)
        self.profile_picture: UploadSession | None = None
        self.templates: list[dict[str, Any]] = seed_templates()
        self.outbound: dict[str, OutboundMessage] = {}
        self.inbound: dict[str, InboundMessage] = {}
        self.conversations: dict[tuple[str, str], tuple[str, float]] = {}  # (wa_id, category) -> (id, expiry)
        self.routing = WebhookRouting()  # WABA subscription, overrides, the app's subscription

    # The 24-hour customer-service window.

    def open_window(self, wa_id: str, at: float | None = None) -> None:
        self.windows[wa_id] = self.clock() if at is None else at

    def window_expiry(self, wa_id: str) -> float | None:
        opened = self.windows.get(wa_id)
        return None if opened is None else opened + WINDOW_SECONDS

    def window_open(self, wa_id: str, now: float) -> bool:
        expiry = self.window_expiry(wa_id)
        return expiry is not None and now < expiry

    def conversation(self, wa_id: str, category: str, now: float, expires: float) -> tuple[str, float]:
        """The open conversation of this category with this user, or a new one until ``expires``."""
        current = self.conversations.get((wa_id, category))
        if current is None or current[1] <= now:
            current = (secrets.token_hex(16), expires)
            self.conversations[(wa_id, category)] = current
        return current

    # Media.

    def add_media(self, data: bytes, mime_type: str, *, inbound: bool, filename: str | None = None) -> MediaItem:
        item = MediaItem(
            id=_numeric_id(),
            data=data,
            mime_type=mime_type,
            created=self.clock(),
            ttl=INBOUND_MEDIA_TTL if inbound else UPLOADED_MEDIA_TTL,
            filename=filename,
        )
        self.media[item.id] = item
        self.media_tokens[item.id] = secrets.token_urlsafe(16)
        return item

    def live_media(self, media_id: str) -> MediaItem | None:
        item = self.media.get(media_id)
        if item is None or item.expired(self.clock()):
            return None
        return item

    # Resumable uploads.

    def new_upload(self, file_name: str, file_length: int, file_type: str) -> UploadSession:
        session = UploadSession(
            id="upload:" + secrets.token_urlsafe(24), file_name=file_name, file_length=file_length, file_type=file_type
        )
        self.uploads[session.id] = session
        return session

    def finish_upload(self, session: UploadSession) -> str:
        if session.handle is None:
            name = base64.b64encode(session.file_name.encode()).decode()
            kind = base64.b64encode(session.file_type.encode()).decode()
            session.handle = f"4:{name}:{kind}:ARZ{secrets.token_urlsafe(24)}:e:{int(self.clock()) + 30 * 86400}"
            self.handles[session.handle] = session
        return session.handle

    # Templates.

    def find_template(self, name: str, language: str | None = None) -> dict[str, Any]:
        """The template of this name (and language); ValueError if there is none, or more than one."""
        found = [t for t in self.templates if t["name"] == name and language in (None, t["language"])]
        if not found:
            raise ValueError(f"no template {name!r}" + (f" in {language!r}" if language else ""))
        if len(found) > 1:
            languages = ", ".join(t["language"] for t in found)
            raise ValueError(f"template {name!r} exists in several languages ({languages}): give language")
        return found[0]

    # Message ids.

    def add_outbound(self, wa_id: str, type_: str, body: dict[str, Any], now: float) -> OutboundMessage:
        record = OutboundMessage(wamid=new_wamid(wa_id), wa_id=wa_id, type=type_, accepted_at=now, body=body)
        self.outbound[record.wamid] = record
        self.sent_messages.append(body)
        self.last_sent_to[wa_id] = now
        return record

    def add_inbound(self, wa_id: str, message: dict[str, Any]) -> InboundMessage:
        record = InboundMessage(wamid=message["id"], wa_id=wa_id, message=message)
        self.inbound[record.wamid] = record
        return record

    def snapshot(self) -> dict[str, Any]:
        """What GET /_sim/state shows: enough to see what the app did, without media bytes."""
        return {
            "faults": self.faults.as_dict(),
            "sent_messages": self.sent_messages,
            "read_receipts": self.read_receipts,
            "windows": {wa_id: {"opened": t, "expires": t + WINDOW_SECONDS} for wa_id, t in self.windows.items()},
            "media": {
                m.id: {"mime_type": m.mime_type, "file_size": len(m.data), "sha256": m.sha256}
                for m in self.media.values()
            },
            "profile": self.profile,
            "inbound_message_ids": list(self.inbound),
            "outbound_message_ids": list(self.outbound),
        }


def _numeric_id() -> str:
    # Meta's media ids are 15-16 digit numbers, kept as strings.
    return str(10**15 + secrets.randbelow(9 * 10**15))


def new_wamid(wa_id: str) -> str:
    """An id shaped like Meta's: base64 of a small protobuf holding the number and a random message key."""
    number = wa_id.encode()
    key = secrets.token_hex(10).upper().encode()
    raw = b"\x1c\x18" + bytes([len(number)]) + number + b"\x15\x02\x00\x11\x18" + bytes([len(key)]) + key + b"\x00"
    return "wamid." + base64.b64encode(raw).decode()
