"""What the contacts screen reads and what an edit may hold: plain values and their rules, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import ConsentEvent, Contact, ContactChange, LegalBasis
from monggo_desktop.domain.views import LabelView

NAME_MAX = 256
NOTES_MAX = 4_000
LABEL_NAME_MAX = 40
FIELD_KEY_MAX = 64
FIELD_VALUE_MAX = 1_000
FIELDS_MAX = 50


class ContactSort(StrEnum):
    NAME = "name"
    PHONE = "phone"
    LAST_MESSAGE = "last_message"


@dataclass(frozen=True, slots=True)
class ContactQuery:
    text: str = ""  # a part of a name or of the number
    label: str | None = None
    sort: ContactSort = ContactSort.NAME
    descending: bool = False
    blocked_only: bool = False


@dataclass(frozen=True, slots=True)
class LabelInfo:
    id: int
    name: str
    color: str
    contacts: int  # how many contacts carry it


@dataclass(frozen=True, slots=True)
class ContactRow:
    contact_id: int
    name: str  # empty when the contact has none (the number is shown instead)
    phone_e164: str
    phone_display: str
    last_at: datetime | None
    legal_basis: LegalBasis | None
    consent: str | None  # "given", "withdrawn" or None (never asked)
    marketing_opt_out: bool
    blocked: bool
    labels: tuple[LabelView, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactEdit:
    """What the staff may change in the detail panel."""

    display_name: str
    notes: str
    labels: tuple[str, ...]
    custom_fields: tuple[tuple[str, str], ...]  # in the order shown

    def checked(self) -> ContactEdit:
        """The edit cleaned up (spaces at the ends), or the first problem as a user-facing error."""
        name = " ".join(self.display_name.split())
        if len(name) > NAME_MAX:
            raise InvalidInputError(
                "the name is {length} characters long; at most {most}", length=len(name), most=NAME_MAX
            )
        notes = self.notes.strip()
        if len(notes) > NOTES_MAX:
            raise InvalidInputError(
                "the notes are {length} characters long; at most {most}", length=len(notes), most=NOTES_MAX
            )
        labels = tuple(dict.fromkeys(" ".join(label.split()) for label in self.labels if label.strip()))
        for label in labels:
            if len(label) > LABEL_NAME_MAX:
                raise InvalidInputError(
                    "the label {label}… is too long; at most {most} characters", label=label[:20], most=LABEL_NAME_MAX
                )
        fields: dict[str, str] = {}
        for key, value in self.custom_fields:
            key, value = key.strip(), value.strip()
            if not key and not value:
                continue  # an empty row of the form
            if not key:
                raise InvalidInputError("a custom field needs a name")
            if len(key) > FIELD_KEY_MAX or len(value) > FIELD_VALUE_MAX:
                raise InvalidInputError(
                    "the field {field} is too long: names take {key_most}, values {value_most} characters",
                    field=key[:20],
                    key_most=FIELD_KEY_MAX,
                    value_most=FIELD_VALUE_MAX,
                )
            if key.casefold() in (k.casefold() for k in fields):
                raise InvalidInputError("the field {field} appears twice", field=key)
            fields[key] = value
        if len(fields) > FIELDS_MAX:
            raise InvalidInputError("at most {most} custom fields", most=FIELDS_MAX)
        return ContactEdit(name, notes, labels, tuple(fields.items()))

    def changes_from(self, contact: Contact) -> dict[str, tuple[object, object]]:
        """Field by field, what this edit changes in ``contact``: (before, after)."""
        before: dict[str, object] = {
            "display_name": contact.display_name,
            "notes": contact.notes,
            "labels": sorted(contact.labels, key=str.casefold),
            "custom_fields": dict(contact.custom_fields),
        }
        after: dict[str, object] = {
            "display_name": self.display_name,
            "notes": self.notes,
            "labels": sorted(self.labels, key=str.casefold),
            "custom_fields": dict(self.custom_fields),
        }
        return {k: (before[k], after[k]) for k in before if before[k] != after[k]}


@dataclass(frozen=True, slots=True)
class ContactDetail:
    contact: Contact
    conversation_id: int | None
    history: list[ContactChange] = field(default_factory=list)  # newest first
    ledger: list[ConsentEvent] = field(default_factory=list)  # oldest first


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging ``merged`` into ``kept`` would do, shown before it runs."""

    kept: Contact
    merged: Contact
    name: str
    labels: tuple[str, ...]
    conversations_moved: int
    messages_moved: int
    ledger_entries_moved: int


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    reason: str  # "same number" or "same name"
    contacts: tuple[ContactRow, ...]
