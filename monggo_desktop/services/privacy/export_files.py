"""The files inside a data export: the JSON shapes of ``data.json``, the rows of ``messages.csv``, the HTML
transcripts and the names of the media files. Everything here writes to a stream and keeps nothing."""

from __future__ import annotations

import hashlib
import html
import json
import mimetypes
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import IO

from monggo_desktop.domain.models import Account, Contact, DeletionRequest, Direction, MediaRef, Message
from monggo_desktop.domain.profile import ProfileSnapshot
from monggo_desktop.domain.spreadsheet import safe_cell
from monggo_desktop.storage.repositories.export_queries import (
    ExportedConsent,
    ExportedConversation,
    ExportedMessage,
)

CHUNK = 64 * 1024
MEDIA_FOLDER = "media"
TRANSCRIPT_FOLDER = "transcripts"
MESSAGES_CSV_HEADER = (
    "id",
    "local_id",
    "conversation",
    "contact",
    "direction",
    "type",
    "text",
    "timestamp",
    "status",
    "sent_at",
    "delivered_at",
    "read_at",
    "failed_at",
    "error",
    "media_file",
)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_NAME_LENGTH = 60
# (message id, message type, media record) -> the media file's name in the ZIP, or None when it is not included
MediaFileOf = Callable[[int, str, MediaRef], str | None]


class HashingWriter:
    """Writes text (as UTF-8) or bytes into a binary sink in large chunks, hashing and counting what it writes."""

    def __init__(self, sink: IO[bytes]) -> None:
        self._sink = sink
        self._hash = hashlib.sha256()
        self._buffer = bytearray()
        self.size = 0

    def write(self, text: str) -> None:
        self.write_bytes(text.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        self._hash.update(data)
        self.size += len(data)
        if len(data) >= CHUNK:  # a media file: straight through, no copy into the buffer
            self.flush()
            self._sink.write(data)
            return
        self._buffer += data
        if len(self._buffer) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            self._sink.write(bytes(self._buffer))
            self._buffer.clear()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


# --- data.json ---------------------------------------------------------------------------------------


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a ``Z``, to the millisecond (the precision the database keeps)."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def account_json(account: Account) -> dict[str, object]:
    return {
        "phone_number_id": account.phone_number_id,
        "waba_id": account.waba_id,
        "display_number": account.display_number,
        "verified_name": account.verified_name,
        "state": account.state.value,
        "created_at": iso(account.created_at),
        "closed_at": iso(account.closed_at),
    }


def profile_json(snapshot: ProfileSnapshot) -> dict[str, object]:
    """The business profile as last fetched from WhatsApp (the local copy); the photo is not included."""
    return {
        **asdict(snapshot.fields),
        "websites": list(snapshot.fields.websites),
        "phone": asdict(snapshot.phone) if snapshot.phone is not None else None,
        "fetched_at": iso(snapshot.fetched_at),
    }


def contact_json(contact: Contact) -> dict[str, object]:
    return {
        "phone": contact.phone_e164,
        "wa_id": contact.wa_id,
        "user_id": contact.user_id,  # the BSUID WhatsApp gives this customer (cloud-api.md §8c)
        "username": contact.username,
        "display_name": contact.display_name,
        "profile_name": contact.profile_name,
        "labels": list(contact.labels),
        "notes": contact.notes,
        "legal_basis": contact.legal_basis.value if contact.legal_basis else None,
        "consent_given_at": iso(contact.consent_given_at),
        "consent_withdrawn_at": iso(contact.consent_withdrawn_at),
        "marketing_opt_out": contact.marketing_opt_out,
        "marketing_opt_out_at": iso(contact.marketing_opt_out_at),
        "created_at": iso(contact.created_at),
        "updated_at": iso(contact.updated_at),
    }


def conversation_json(item: ExportedConversation) -> dict[str, object]:
    c = item.conversation
    return {
        "id": c.id,
        "contact": item.contact_e164,
        "account": item.account_phone_number_id,
        "unread_count": c.unread_count,
        "last_inbound_at": iso(c.last_inbound_at),
        "last_message_at": iso(c.last_message_at),
        "archived": c.archived,
        "pinned": c.pinned,
        "created_at": iso(c.created_at),
    }


def message_json(item: ExportedMessage, media_file: str | None) -> dict[str, object]:
    m = item.message
    data: dict[str, object] = {
        "id": m.wamid,
        "local_id": m.id,
        "conversation": m.conversation_id,
        "direction": m.direction.value,
        "contact": item.contact_e164,
        "type": m.type,
        "text": m.body,
        "timestamp": iso(m.created_at),
        "status": m.status.value,
    }
    optional: dict[str, object] = {
        "edited_at": iso(m.edited_at),
        "deleted_by_customer_at": iso(m.revoked_at),
        "sent_at": iso(m.sent_at),
        "delivered_at": iso(m.delivered_at),
        "read_at": iso(m.read_at),
        "played_at": iso(m.played_at),
        "failed_at": iso(m.failed_at),
        "error_code": m.error_code,
        "error_title": m.error_title,
        "reply_to": m.reply_to_wamid,
        "reaction_to": m.reaction_to_wamid,
        "reaction_emoji": m.reaction_emoji,
        "payload": m.payload,
        "media_file": media_file,
    }
    if item.media is not None:
        optional["media"] = {
            "mime_type": item.media.mime_type,
            "filename": item.media.filename,
            "sha256": item.media.sha256,
            "size": item.media.file_size,
        }
    data.update((key, value) for key, value in optional.items() if value is not None)
    return data


def consent_json(item: ExportedConsent) -> dict[str, object]:
    e = item.event
    return {
        "contact": item.contact_e164,
        "at": iso(e.at),
        "kind": e.kind.value,
        "legal_basis": e.legal_basis.value if e.legal_basis else None,
        "source": e.source.value,
    }


def receipt_json(receipt: DeletionRequest) -> dict[str, object]:
    """A deletion receipt holds no number: only the salted hash, the times and what was removed."""
    return {
        "subject_hash": receipt.subject_hash,
        "requested_at": iso(receipt.requested_at),
        "state": receipt.state.value,
        "executed_at": iso(receipt.executed_at),
        "verified_at": iso(receipt.verified_at),
        "counts": dict(receipt.counts),
    }


# --- messages.csv ------------------------------------------------------------------------------------


def message_csv_row(item: ExportedMessage, media_file: str | None) -> list[object]:
    """One row in MESSAGES_CSV_HEADER's order; text cells are spreadsheet-safe."""
    m = item.message
    error = " ".join(str(part) for part in (m.error_code, m.error_title) if part is not None)
    return [
        m.wamid or "",
        m.id,
        m.conversation_id,
        item.contact_e164,
        m.direction.value,
        m.type,
        safe_cell(m.body or ""),
        iso(m.created_at),
        m.status.value,
        iso(m.sent_at) or "",
        iso(m.delivered_at) or "",
        iso(m.read_at) or "",
        iso(m.failed_at) or "",
        safe_cell(error),
        media_file or "",
    ]


# --- names of files in the ZIP -----------------------------------------------------------------------


def safe_name(text: str) -> str:
    """A file-name part any archive tool and file system takes: letters, digits, dot, dash, underscore."""
    return _UNSAFE_NAME.sub("_", text).strip("._")[:_NAME_LENGTH]


def transcript_name(conversation_id: int, title: str | None) -> str:
    """``transcripts/<id>-<name>.html``; without a title (an encrypted export), only the id.

    An AES ZIP encrypts the files' contents, not their names: an encrypted export names no one.
    """
    name = safe_name(title) if title else ""
    return f"{TRANSCRIPT_FOLDER}/{conversation_id}" + (f"-{name}" if name else "") + ".html"


def media_name(message_id: int, message_type: str, media: MediaRef, *, original_name: bool) -> str:
    """``media/<message id>-<original name or type>.<ext>``; the original name only where names may show."""
    mime = media.mime_type.split(";")[0].strip().lower()
    extension = mimetypes.guess_extension(mime) or ".bin"
    base = media.filename if original_name and media.filename else ""
    stem, dot, ext = base.rpartition(".")
    if dot and stem:
        base = stem
        # The type the app verified decides what the file is: the customer's ".html" on a text/plain document
        # would open as a web page. Their extension stays only when it is one of that type's own (".jpeg").
        if "." + ext.lower() in mimetypes.guess_all_extensions(mime):
            extension = "." + ext.lower()
    label = safe_name(base) or safe_name(message_type) or "file"
    return f"{MEDIA_FOLDER}/{message_id}-{label}{extension}"


# --- transcripts -------------------------------------------------------------------------------------

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111}"
    "h1{margin-bottom:0}.number{color:#555;margin-top:.2rem}h2{font-size:1rem;color:#555;text-align:center;"
    "margin:1.5rem 0 .5rem}.m{margin:.4rem 0;padding:.5rem .75rem;border-radius:.6rem;max-width:80%}"
    ".in{background:#f1f1f1}.out{background:#dcf8c6;margin-left:auto}.meta{font-size:.8rem;color:#555}"
    ".text{white-space:pre-wrap;margin:.2rem 0}"
)


def write_transcript(
    out: HashingWriter,
    *,
    name: str,
    phone: str,
    conversation_id: int,
    messages: Iterable[Message],
    media_file_of: Callable[[Message], str | None],
    check: Callable[[], None],
    zone: tzinfo | None = None,
) -> int:
    """One conversation as a readable page: the customer as the title, a header per day, each message with its
    time, who wrote it, its text (escaped) and a link to its media file. Days and times are the shop's: ``zone``,
    by default this computer's (as the reports), named once with its offset. Returns the messages."""
    zone = zone or datetime.now().astimezone().tzinfo or UTC
    title = html.escape(f"{name} ({phone})" if name and name != phone else phone)
    out.write(
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title><style>{_STYLE}</style></head>\n'
        f'<body>\n<h1>{html.escape(name or phone)}</h1>\n<p class="number">{html.escape(phone)}</p>\n'
        f'<p class="meta">Conversation {conversation_id}. Times are in {html.escape(zone_words(zone))}.</p>\n'
    )
    day: date | None = None
    count = 0
    for message in messages:
        check()
        moment = message.created_at.astimezone(zone)
        if moment.date() != day:
            day = moment.date()
            out.write(f"<h2>{day.isoformat()}</h2>\n")
        out.write(_message_html(message, moment, media_file_of(message)))
        count += 1
    out.write("</body></html>\n")
    return count


def zone_words(zone: tzinfo, at: datetime | None = None) -> str:
    """``WIB (UTC+07:00)``: the zone's short name where it has one, and its offset from UTC."""
    moment = (at or datetime.now(UTC)).astimezone(zone)
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    written = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    name = moment.tzname() or ""
    if not name or name == "UTC" or name.startswith(("UTC", "+", "-")):
        return written if minutes else "UTC"
    return f"{name} ({written})"


def _message_html(message: Message, moment: datetime, media_file: str | None) -> str:
    inbound = message.direction is Direction.INBOUND
    who = "Customer" if inbound else "Business"
    meta = f"{moment:%H:%M} · {who}"
    if message.type != "text":
        meta += f" · {html.escape(message.type)}"
    if not inbound:
        meta += f" · {html.escape(message.status.value)}"
    parts = [f'<div class="m {"in" if inbound else "out"}"><div class="meta">{meta}</div>']
    if message.body:
        parts.append(f'<p class="text">{html.escape(message.body)}</p>')
    if message.reaction_emoji:
        parts.append(f'<p class="text">Reacted {html.escape(message.reaction_emoji)}</p>')
    if media_file is not None:
        link = html.escape("../" + media_file, quote=True)
        parts.append(f'<p><a href="{link}">{html.escape(media_file.rpartition("/")[2])}</a></p>')
    if message.error_title:
        parts.append(f'<p class="meta">Not delivered: {html.escape(message.error_title)}</p>')
    parts.append("</div>\n")
    return "".join(parts)
