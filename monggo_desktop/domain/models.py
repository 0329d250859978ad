"""The aggregates, as plain dataclasses. Times are aware UTC datetimes; ids are local row ids."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field  # "field" is also an attribute name below
from datetime import UTC, datetime
from enum import StrEnum

from monggo_desktop.domain.status import MessageStatus


def utc_now() -> datetime:
    return datetime.now(UTC)


class AccountState(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class LegalBasis(StrEnum):
    """GDPR article 6 bases the privacy policy names (section 8)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGITIMATE_INTEREST = "legitimate_interest"


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class OutboxState(StrEnum):
    QUEUED = "queued"
    IN_FLIGHT = "in_flight"
    UNCERTAIN = "uncertain"


class DownloadState(StrEnum):
    NONE = "none"  # nothing to download (our own upload)
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"  # gave up after retries; shown, never silently lost


class DeletionState(StrEnum):
    RECORDED = "recorded"
    EXECUTED = "executed"
    VERIFIED = "verified"


@dataclass(slots=True)
class Account:
    phone_number_id: str
    waba_id: str
    api_base_url: str
    api_version: str
    display_number: str | None = None
    verified_name: str | None = None
    state: AccountState = AccountState.ACTIVE
    created_at: datetime = dataclass_field(default_factory=utc_now)
    closed_at: datetime | None = None
    id: int | None = None


@dataclass(slots=True)
class AccountNotice:
    """Something Meta said about the account or its number (``account_update``, ``account_alerts``,
    ``phone_number_quality_update``, ``phone_number_name_update``), shown until dismissed."""

    field: str
    event: str | None
    detail: str | None = None
    until: datetime | None = None
    received_at: datetime = dataclass_field(default_factory=utc_now)
    id: int | None = None


@dataclass(slots=True)
class Contact:
    phone_e164: str | None  # None for a customer known only by a BSUID (a username, no number shared)
    display_name: str = ""
    profile_name: str = ""
    wa_id: str | None = None
    notes: str = ""
    labels: list[str] = dataclass_field(default_factory=list)
    legal_basis: LegalBasis | None = None
    consent_given_at: datetime | None = None
    consent_withdrawn_at: datetime | None = None
    marketing_opt_out: bool = False
    marketing_opt_out_at: datetime | None = None
    created_at: datetime = dataclass_field(default_factory=utc_now)
    updated_at: datetime = dataclass_field(default_factory=utc_now)
    id: int | None = None
    custom_fields: dict[str, str] = dataclass_field(default_factory=dict)  # the staff's own key/value notes
    blocked: bool = False  # incoming kept but not notified; nothing is sent
    user_id: str | None = None  # the business-scoped user id (BSUID) WhatsApp gives this customer
    username: str | None = None  # their WhatsApp username, as last seen (display only: it can change)

    @property
    def name(self) -> str:
        return self.display_name or self.profile_name


@dataclass(slots=True)
class Conversation:
    account_id: int
    contact_id: int
    unread_count: int = 0
    last_inbound_at: datetime | None = None
    last_message_at: datetime | None = None
    archived: bool = False
    pinned: bool = False
    created_at: datetime = dataclass_field(default_factory=utc_now)
    id: int | None = None


@dataclass(slots=True)
class MediaRef:
    """A media file: Meta's media id and the local encrypted file (named by the row id)."""

    mime_type: str
    meta_media_id: str | None = None
    sha256: str | None = None
    file_size: int | None = None
    filename: str | None = None
    local_path: str | None = None
    key_id: int | None = None  # the file key that encrypts local_path
    download_state: DownloadState = dataclass_field(default_factory=lambda: DownloadState.NONE)
    created_at: datetime = dataclass_field(default_factory=utc_now)
    id: int | None = None


@dataclass(slots=True)
class Message:
    conversation_id: int
    direction: Direction
    type: str
    body: str | None = None
    status: MessageStatus = MessageStatus.PENDING
    wamid: str | None = None
    media_id: int | None = None
    created_at: datetime = dataclass_field(default_factory=utc_now)
    sent_at: datetime | None = None
    delivered_at: datetime | None = None
    read_at: datetime | None = None
    played_at: datetime | None = None
    failed_at: datetime | None = None
    error_code: int | None = None
    error_title: str | None = None
    reply_to_wamid: str | None = None
    reaction_to_wamid: str | None = None
    reaction_emoji: str | None = None
    payload: dict[str, object] | None = None
    id: int | None = None
    edited_at: datetime | None = None  # the customer edited it: the content is the new one
    revoked_at: datetime | None = None  # the customer deleted it: the content is gone


@dataclass(slots=True)
class OutboxEntry:
    message_id: int
    state: OutboxState = OutboxState.QUEUED
    attempts: int = 0
    next_attempt_at: datetime = dataclass_field(default_factory=utc_now)
    last_error: str | None = None
    created_at: datetime = dataclass_field(default_factory=utc_now)
    id: int | None = None


@dataclass(slots=True)
class StoredTemplate:
    """A message template as last synced from the Cloud API."""

    account_id: int
    meta_template_id: str
    name: str
    language: str
    status: str
    category: str | None = None
    components: list[dict[str, object]] = dataclass_field(default_factory=list)
    parameter_format: str | None = None
    quality_score: str | None = None
    rejected_reason: str | None = None
    synced_at: datetime = dataclass_field(default_factory=utc_now)
    id: int | None = None

    @property
    def sendable(self) -> bool:
        return self.status == "APPROVED"


class ConsentKind(StrEnum):
    LEGAL_BASIS = "legal_basis"
    CONSENT_GIVEN = "consent_given"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    MARKETING_OPT_OUT = "marketing_opt_out"
    MARKETING_OPT_IN = "marketing_opt_in"


class ConsentSource(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"
    CUSTOMER_REPLY = "customer_reply"  # STOP / START
    WEBHOOK = "webhook"  # Meta's marketing-preference event


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One line of a contact's consent ledger (append-only)."""

    contact_id: int
    kind: ConsentKind
    source: ConsentSource
    at: datetime = dataclass_field(default_factory=utc_now)
    legal_basis: LegalBasis | None = None  # for LEGAL_BASIS
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ContactChange:
    """One edit of a contact: when, and each field's value before and after."""

    contact_id: int
    at: datetime
    changes: dict[str, tuple[object, object]]
    id: int | None = None


@dataclass(slots=True)
class DeletionRequest:
    """A right-to-deletion request. Only a hash of the subject is kept, never the number itself."""

    subject_hash: str
    requested_at: datetime = dataclass_field(default_factory=utc_now)
    state: DeletionState = DeletionState.RECORDED
    executed_at: datetime | None = None
    verified_at: datetime | None = None
    counts: dict[str, int] = dataclass_field(default_factory=dict)
    id: int | None = None


@dataclass(slots=True)
class UsageEvent:
    name: str
    occurred_at: datetime = dataclass_field(default_factory=utc_now)
    properties: dict[str, object] = dataclass_field(default_factory=dict)
    id: int | None = None
