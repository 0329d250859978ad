"""Who a deletion request was about, kept only as a salted hash of the phone number.

The salt is random per database and lives inside it (encrypted), so the hash cannot be looked up from a
list of numbers elsewhere. An import checks the hash so that an old spreadsheet does not bring back a
customer who asked to be forgotten; only the customer writing again starts a new, empty contact.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from monggo_desktop.domain.models import Contact
from monggo_desktop.storage import Store

SALT_SETTING = "deletion.subject_salt"


def subject_salt(store: Store) -> str:
    """The database's salt (hex), made on first use."""
    salt = store.settings.get(SALT_SETTING)
    if not isinstance(salt, str) or not salt:
        salt = secrets.token_hex(16)
        store.settings.set(SALT_SETTING, salt)
    return salt


def subject_hash(store: Store, e164: str) -> str:
    return hmac.new(bytes.fromhex(subject_salt(store)), e164.encode(), hashlib.sha256).hexdigest()


def subject_of(contact: Contact) -> str:
    """What a deletion receipt hashes: the number, or the BSUID of a customer who never shared one."""
    subject = contact.phone_e164 or contact.user_id
    if not subject:
        raise ValueError("a contact with neither a number nor a BSUID")
    return subject


def is_forgotten(store: Store, e164: str) -> bool:
    """Whether a deletion request was made for this number."""
    return bool(store.deletion_requests.for_subject(subject_hash(store, e164)))
