"""What the contacts screen asks of the app: pages of contacts, the detail, edits with their history,
labels, consent, blocking, duplicates and merging, and the way into a chat.

Like the chat's services it is the screen's only door to the data; every read and write runs on the
database thread, and changes are announced through the shared ``changed`` so the chats refresh too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from monggo_desktop.domain.contacts import (
    ContactDetail,
    ContactEdit,
    ContactQuery,
    ContactRow,
    DuplicateGroup,
    LabelInfo,
    MergePreview,
)
from monggo_desktop.domain.errors import InvalidInputError
from monggo_desktop.domain.models import ConsentKind, ConsentSource, Contact, DeletionRequest, LegalBasis, utc_now
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.settings import AppSettings
from monggo_desktop.domain.views import Page
from monggo_desktop.services.contacts import merge as contacts_merge
from monggo_desktop.services.contacts.consent import record_consent
from monggo_desktop.services.contacts.exporting import ContactsExportResult, export_contacts_async
from monggo_desktop.services.contacts.importing import ImportResult, import_contacts_async
from monggo_desktop.services.privacy.forget import Forgotten, delete_at_meta, forget_here
from monggo_desktop.storage import Database, Store

if TYPE_CHECKING:
    from monggo_desktop.cloud.client import CloudApiClient

CONTACT_PAGE = 200


class ContactsService:
    def __init__(
        self,
        db: Database,
        account_id: int,
        *,
        changed: Callable[[], None] = lambda: None,
        now: Callable[[], datetime] = utc_now,
        media_dir: Path | None = None,
        client: Callable[[], CloudApiClient | None] = lambda: None,
    ) -> None:
        self._media_dir = media_dir
        self._client = client
        self._db = db
        self._account_id = account_id
        self._changed = changed
        self._now = now

    # Reads ----------------------------------------------------------------------------------------

    async def page(self, query: ContactQuery, *, offset: int = 0, limit: int = CONTACT_PAGE) -> Page[ContactRow]:
        rows = await self._db.run(lambda s: s.contact_views.rows(query, offset=offset, limit=limit + 1))
        return Page(rows[:limit], len(rows) > limit)

    async def count(self, query: ContactQuery) -> int:
        return await self._db.run(lambda s: s.contact_views.count(query))

    async def detail(self, contact_id: int) -> ContactDetail:
        return await self._db.run(lambda s: self._detail(s, contact_id))

    def _detail(self, store: Store, contact_id: int) -> ContactDetail:
        contact = store.contacts.get(contact_id)
        if contact is None:
            raise InvalidInputError("that contact no longer exists")
        return ContactDetail(
            contact=contact,
            conversation_id=store.contact_views.conversation_of(contact_id, self._account_id),
            history=store.contact_history.of(contact_id),
            ledger=store.consent.of(contact_id),
        )

    async def labels(self) -> list[LabelInfo]:
        return await self._db.run(lambda s: s.labels.all())

    # Edits ----------------------------------------------------------------------------------------

    async def add(self, phone: str, name: str = "") -> int:
        """A new contact from a number typed by the staff; an existing number opens that contact instead."""
        region = await self._region()
        e164 = normalize_e164(phone, region)  # refused with the reason: empty, impossible, not valid
        edit = ContactEdit(name, "", (), ()).checked()

        def create(store: Store) -> int:
            existing = store.contacts.get_by_phone(e164)
            if existing is not None and existing.id is not None:
                return existing.id
            now = self._now()
            contact = store.contacts.add(
                Contact(phone_e164=e164, display_name=edit.display_name, created_at=now, updated_at=now)
            )
            assert contact.id is not None
            return contact.id

        contact_id = await self._db.run(create)
        self._changed()
        return contact_id

    async def save(self, contact_id: int, edit: ContactEdit) -> ContactDetail:
        """Apply the detail panel's edit (checked first; a bad one changes nothing) and record what changed."""
        checked = edit.checked()

        def apply(store: Store) -> ContactDetail:
            with store.transaction():
                contact = store.contacts.get(contact_id)
                if contact is None:
                    raise InvalidInputError("that contact no longer exists")
                changes = checked.changes_from(contact)
                if changes:
                    now = self._now()
                    contact.display_name = checked.display_name
                    contact.notes = checked.notes
                    contact.labels = list(checked.labels)
                    contact.custom_fields = dict(checked.custom_fields)
                    contact.updated_at = now
                    store.contacts.update(contact)
                    store.contact_history.record(contact_id, now, changes)
            return self._detail(store, contact_id)

        detail = await self._db.run(apply)
        self._changed()
        return detail

    async def record_consent(self, contact_id: int, kind: ConsentKind, legal_basis: LegalBasis | None = None) -> None:
        at = self._now()
        await self._db.run(
            lambda s: record_consent(s, contact_id, kind, ConsentSource.MANUAL, legal_basis=legal_basis, at=at)
        )
        self._changed()

    async def set_blocked(self, contact_id: int, blocked: bool) -> None:
        def apply(store: Store) -> None:
            with store.transaction():
                contact = store.contacts.get(contact_id)
                if contact is None:
                    raise InvalidInputError("that contact no longer exists")
                if contact.blocked != blocked:
                    now = self._now()
                    store.contact_history.record(contact_id, now, {"blocked": (contact.blocked, blocked)})
                    contact.blocked, contact.updated_at = blocked, now
                    store.contacts.update(contact)

        await self._db.run(apply)
        self._changed()

    # Labels ---------------------------------------------------------------------------------------

    async def create_label(self, name: str, color: str | None = None) -> int:
        clean = _label_name(name)

        def create(store: Store) -> int:
            if store.labels.by_name(clean) is not None:
                raise InvalidInputError("there is already a label called {label}", label=clean)
            return store.labels.create(clean, color)

        label_id = await self._db.run(create)
        self._changed()
        return label_id

    async def rename_label(self, label_id: int, name: str) -> None:
        clean = _label_name(name)

        def rename(store: Store) -> None:
            other = store.labels.by_name(clean)
            if other is not None and other.id != label_id:
                raise InvalidInputError("there is already a label called {label}", label=clean)
            store.labels.rename(label_id, clean)

        await self._db.run(rename)
        self._changed()

    async def recolor_label(self, label_id: int, color: str) -> None:
        if len(color) != 7 or not color.startswith("#") or any(c not in "0123456789abcdefABCDEF" for c in color[1:]):
            raise InvalidInputError("a label colour is written #rrggbb")
        await self._db.run(lambda s: s.labels.recolor(label_id, color))
        self._changed()

    async def delete_label(self, label_id: int) -> None:
        await self._db.run(lambda s: s.labels.delete(label_id))
        self._changed()

    async def label_contacts(self, label_id: int, contact_ids: list[int], *, add: bool) -> int:
        """Put a label on (or take it off) every selected contact; returns how many changed."""
        work = (
            (lambda s: s.labels.add_to(label_id, contact_ids))
            if add
            else (lambda s: s.labels.remove_from(label_id, contact_ids))
        )
        changed = await self._db.run(work)
        self._changed()
        return int(changed)

    # Duplicates -----------------------------------------------------------------------------------

    async def duplicates(self) -> list[DuplicateGroup]:
        region = await self._region()
        return await self._db.run(lambda s: contacts_merge.find_duplicates(s, region=region))

    async def preview_merge(self, kept_id: int, merged_id: int) -> MergePreview:
        return await self._db.run(lambda s: contacts_merge.preview_merge(s, kept_id, merged_id))

    async def merge(self, kept_id: int, merged_id: int) -> MergePreview:
        at = self._now()
        done = await self._db.run(lambda s: contacts_merge.merge(s, kept_id, merged_id, at=at))
        self._changed()
        return done

    # Files ----------------------------------------------------------------------------------------

    async def import_file(
        self, path: Path, *, cancel: threading.Event, progress: Callable[[int, int], None]
    ) -> ImportResult:
        """CSV or vCard, batch by batch (other work goes on between batches); ``progress`` is called on the
        database thread."""
        result = await import_contacts_async(self._db, path, cancel=cancel, progress=progress)
        self._changed()
        return result

    async def export_file(self, path: Path) -> ContactsExportResult:
        """CSV or vCard by the file's extension, written whole or not at all."""
        return await export_contacts_async(self._db, path)

    async def forget(self, contact_id: int) -> DeletionRequest:
        """The customer's right to deletion: everything about them goes now, here and (their uploaded media)
        at Meta when possible; a receipt with a hash stays."""
        if self._media_dir is None:
            raise InvalidInputError("customers cannot be deleted from here")
        media_dir, region = self._media_dir, await self._region()

        def run(store: Store) -> Forgotten:
            contact = store.contacts.get(contact_id)
            if contact is None:
                raise InvalidInputError("that contact no longer exists")
            return forget_here(
                store, media_dir, contact.phone_e164 or contact.user_id or "", region=region, now=self._now
            )

        forgotten = await self._db.run(run)
        self._changed()  # gone here already; Meta's answers only add to the receipt
        return await delete_at_meta(self._db, forgotten, self._client())

    # Into a chat ----------------------------------------------------------------------------------

    async def conversation_for(self, contact_id: int) -> int:
        """The contact's conversation (made now if there is none); outside the 24-hour window it offers
        templates only, which the chat shows."""

        def find(store: Store) -> int:
            contact = store.contacts.get(contact_id)
            if contact is None or contact.id is None:
                raise InvalidInputError("that contact no longer exists")
            conversation = store.conversations.get_or_create(self._account_id, contact.id)
            assert conversation.id is not None
            return conversation.id

        conversation_id = await self._db.run(find)
        self._changed()
        return conversation_id

    async def _region(self) -> str:
        return await self._db.run(lambda s: AppSettings.from_stored(s.settings.all()).region)


def _label_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInputError("a label needs a name")
    ContactEdit("", "", (clean,), ()).checked()  # the same length rule as labels typed in the detail panel
    return clean
