"""Who a customer is: a phone number, a business-scoped user id (BSUID), or both (cloud-api.md §8c).

Since 2026 a WhatsApp user with a username may write without sharing their number: Meta then sends only the
BSUID (``from_user_id``, ``contacts[].user_id``) and the username. One customer stays one contact however they
show up: found by number or by BSUID, completed with whichever they did not have yet, and a contact known only
by its BSUID that later arrives with a number is merged into the contact that number already had.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from monggo_desktop.domain.customer_ids import USERNAME, clean_username, is_bsuid
from monggo_desktop.domain.errors import InvalidInputError, InvalidPhoneNumberError
from monggo_desktop.domain.models import Contact
from monggo_desktop.domain.phone import DEFAULT_REGION, e164_from_wa_id, normalize_e164
from monggo_desktop.services.contacts.merge import merge
from monggo_desktop.storage import Store
from monggo_desktop.storage.repositories.base import Row


@dataclass(frozen=True, slots=True)
class CustomerIds:
    wa_id: str | None = None  # digits, as Meta sends them; None when the number is withheld
    user_id: str | None = None  # the BSUID
    name: str = ""
    username: str | None = None

    @property
    def key(self) -> str:
        return self.wa_id or self.user_id or ""


@functools.lru_cache(maxsize=8192)
def e164_of(wa_id: str) -> str:
    """Parsing a number is the costliest step of ingest; customers write again and again."""
    try:
        return e164_from_wa_id(wa_id)
    except InvalidPhoneNumberError:
        # Meta vouches that this is a WhatsApp user; keep the digits even if our metadata disagrees.
        return "+" + wa_id.lstrip("+")


def contact_for(store: Store, ids: CustomerIds, at: datetime) -> int:
    """The contact of this customer, made or completed (number, BSUID, WhatsApp name, username)."""
    phone = e164_of(ids.wa_id) if ids.wa_id else None
    # The usual case, on ingest's hot path: one contact, nothing new about them.
    found = store.contacts.whatsapp_identity(phone_e164=phone, user_id=ids.user_id)
    if len(found) == 1 and _nothing_new(found[0], phone, ids):
        return int(found[0][0])
    by_phone = store.contacts.get_by_phone(phone) if phone else None
    by_user = store.contacts.get_by_user_id(ids.user_id) if ids.user_id else None
    if by_phone is not None and by_user is not None and by_phone.id != by_user.id:
        assert by_phone.id is not None and by_user.id is not None
        merge(store, by_phone.id, by_user.id, at=at)  # the number's contact keeps its history; the BSUID joins it
        by_user = None
    contact = by_phone or by_user
    if contact is None:
        made = store.contacts.add(
            Contact(
                phone_e164=phone,
                wa_id=ids.wa_id,
                profile_name=ids.name,
                user_id=ids.user_id,
                username=clean_username(ids.username),
                created_at=at,
                updated_at=at,
            )
        )
        assert made.id is not None
        return made.id
    changed = False
    for name, value in (
        ("phone_e164", phone),
        ("wa_id", ids.wa_id),
        ("user_id", ids.user_id),
        ("username", clean_username(ids.username)),
        ("profile_name", ids.name or None),
    ):
        if value and getattr(contact, name) != value:
            setattr(contact, name, value)
            changed = True
    if changed:
        contact.updated_at = at
        store.contacts.update(contact)
    assert contact.id is not None
    return contact.id


def _nothing_new(row: Row, phone: str | None, ids: CustomerIds) -> bool:
    _id, known_phone, wa_id, user_id, username, profile_name = row
    return (
        (phone is None or phone == known_phone)
        and (ids.wa_id is None or ids.wa_id == wa_id)
        and (ids.user_id is None or ids.user_id == user_id)
        and (not ids.username or clean_username(ids.username) == username)
        and (not ids.name or ids.name == profile_name)
    )


def changed_user_id(store: Store, old_user_id: str | None, new_user_id: str, at: datetime) -> None:
    """``user_changed_user_id``: the customer's BSUID changed (it does when they change number)."""
    if not old_user_id or store.contacts.get_by_user_id(new_user_id) is not None:
        return
    contact = store.contacts.get_by_user_id(old_user_id)
    if contact is not None:
        contact.user_id, contact.updated_at = new_user_id, at
        store.contacts.update(contact)


def find_customer(store: Store, text: str, *, region: str = DEFAULT_REGION) -> Contact | None:
    """A customer by what the owner types: a phone number, a BSUID or an @username."""
    clean = text.strip()
    if is_bsuid(clean):
        return store.contacts.get_by_user_id(clean)
    if clean.startswith("@"):
        if not USERNAME.fullmatch(clean):
            raise InvalidInputError("that is not a WhatsApp username: write it as @name")
        return store.contacts.get_by_username(clean)
    return store.contacts.get_by_phone(normalize_e164(clean, region))
