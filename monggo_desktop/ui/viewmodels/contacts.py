"""The contacts screen's state: the query (search, label, sort), pages, the open contact, and every action."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from monggo_desktop.domain.changes import Changes, Subscribe
from monggo_desktop.domain.contacts import ContactEdit, ContactQuery, ContactRow, ContactSort
from monggo_desktop.domain.errors import InvalidPhoneNumberError, UserFacingError
from monggo_desktop.domain.models import ConsentKind, LegalBasis
from monggo_desktop.domain.views import Page
from monggo_desktop.services.contacts.service import ContactsService
from monggo_desktop.ui.error_words import error_text
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

log = logging.getLogger("monggo.ui")

SEARCH_DEBOUNCE_MS = 200
REFRESH_DEBOUNCE_MS = 300


class ContactsViewModel(AsyncViewModel):
    rows_replaced = Signal(list, bool, int)  # rows, has_more, total matching
    rows_appended = Signal(list, bool)
    labels_loaded = Signal(list)  # LabelInfo
    detail_loaded = Signal(object)  # ContactDetail
    saved = Signal(str)  # what to tell the staff ("Saved")
    chat_wanted = Signal(int)  # a conversation id to open in the chats
    duplicates_loaded = Signal(list)  # DuplicateGroup
    import_progress = Signal(int, int)  # entries done, entries in the file (emitted from the database thread)
    import_finished = Signal(object)  # ImportResult
    exported = Signal(object)  # ContactsExportResult
    forgotten = Signal(object)  # DeletionRequest: the receipt of a deletion
    merge_previewed = Signal(object)  # MergePreview
    added = Signal(int)  # the new (or existing) contact of "New contact"
    add_failed = Signal(str, str)  # which field ("phone" or "name"), and what is wrong with it
    error = Signal(str)

    def __init__(self, service: ContactsService, subscribe: Subscribe, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.query = ContactQuery()
        self.open_contact: int | None = None
        self._loaded = 0
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        subscribe(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.needs_list():  # a new customer, an edit, a merge: not a delivery tick
            self._refresh_timer.start()

    def shutdown(self) -> None:
        self._search_timer.stop()
        self._refresh_timer.stop()
        super().shutdown()

    # The list -------------------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self.query = replace(self.query, text=text)
        self._search_timer.start()

    def set_label(self, label: str | None) -> None:
        self.query = replace(self.query, label=label or None)
        self.reload()

    def set_sort(self, sort: ContactSort, descending: bool) -> None:
        self.query = replace(self.query, sort=sort, descending=descending)
        self.reload()

    def reload(self) -> None:
        self.run(lambda: self._reload(keep=0), key="rows")  # the latest query wins

    def _refresh(self) -> None:
        """Something changed elsewhere (a new customer, an edit): re-read what is shown, and the labels."""
        if not self.running("rows"):
            self.run(lambda: self._reload(keep=self._loaded), key="rows")
        self.load_labels()

    async def _reload(self, keep: int) -> None:
        query = self.query
        page = await self._service.page(query, limit=max(keep, 200))
        total = await self._service.count(query)
        if query == self.query:
            self._loaded = len(page.items)
            self.rows_replaced.emit(page.items, page.has_more, total)

    def load_more(self) -> None:
        query, offset = self.query, self._loaded
        self.run(lambda: self._service.page(query, offset=offset), lambda page: self._more(query, offset, page))

    def _more(self, query: ContactQuery, offset: int, page: Page[ContactRow]) -> None:
        if query == self.query and offset == self._loaded:
            self._loaded += len(page.items)
            self.rows_appended.emit(page.items, page.has_more)

    def load_labels(self) -> None:
        self.run(self._service.labels, self.labels_loaded.emit)

    # The open contact -----------------------------------------------------------------------------

    def open(self, contact_id: int) -> None:
        self.open_contact = contact_id
        self.run(lambda: self._service.detail(contact_id), self._detail)

    def _detail(self, detail: Any) -> None:
        if detail.contact.id == self.open_contact:
            self.detail_loaded.emit(detail)

    def save(self, edit: ContactEdit) -> None:
        contact_id = self.open_contact
        if contact_id is not None:
            self.run(lambda: self._service.save(contact_id, edit), self._saved)

    def _saved(self, detail: Any) -> None:
        self._detail(detail)
        self.saved.emit(self.tr("Saved"))

    def add(self, phone: str, name: str) -> None:
        """A new contact; a mistake is said beside the field it is in (the form keeps what was typed)."""
        self.run(lambda: self._add(phone, name), key="add")

    async def _add(self, phone: str, name: str) -> None:
        try:
            contact_id = await self._service.add(phone, name)
        except InvalidPhoneNumberError as exc:
            self.add_failed.emit("phone", error_text(exc))
            return
        except UserFacingError as exc:  # the name: too long
            self.add_failed.emit("name", error_text(exc))
            return
        self.added.emit(contact_id)
        self.reload()
        self.open(contact_id)

    def record_consent(self, kind: ConsentKind, legal_basis: LegalBasis | None = None) -> None:
        contact_id = self.open_contact
        if contact_id is not None:
            self.run(
                lambda: self._service.record_consent(contact_id, kind, legal_basis), lambda _: self.open(contact_id)
            )

    def set_blocked(self, blocked: bool) -> None:
        contact_id = self.open_contact
        if contact_id is not None:
            self.run(lambda: self._service.set_blocked(contact_id, blocked), lambda _: self.open(contact_id))

    def forget_contact(self) -> None:
        contact_id = self.open_contact
        if contact_id is not None:
            self.run(lambda: self._service.forget(contact_id), self._forgotten)

    def _forgotten(self, receipt: Any) -> None:
        self.open_contact = None
        self.forgotten.emit(receipt)
        self.reload()

    def open_chat(self, contact_id: int) -> None:
        self.run(lambda: self._service.conversation_for(contact_id), self.chat_wanted.emit)

    # Labels ---------------------------------------------------------------------------------------

    def create_label(self, name: str, color: str | None = None) -> None:
        self.run(lambda: self._service.create_label(name, color), lambda _: self.load_labels())

    def rename_label(self, label_id: int, name: str) -> None:
        self.run(lambda: self._service.rename_label(label_id, name), lambda _: self.load_labels())

    def recolor_label(self, label_id: int, color: str) -> None:
        self.run(lambda: self._service.recolor_label(label_id, color), lambda _: self.load_labels())

    def delete_label(self, label_id: int) -> None:
        self.run(lambda: self._service.delete_label(label_id), lambda _: self.load_labels())

    def label_contacts(self, label_id: int, contact_ids: list[int], add: bool) -> None:
        self.run(lambda: self._service.label_contacts(label_id, contact_ids, add=add), lambda _: self._refresh())

    # Files ----------------------------------------------------------------------------------------

    def import_file(self, path: str) -> threading.Event:
        """Start importing; set the returned event to cancel after the batch in hand."""
        cancel = threading.Event()
        self.run(
            lambda: self._service.import_file(Path(path), cancel=cancel, progress=self.import_progress.emit),
            self._imported,
        )
        return cancel

    def _imported(self, result: Any) -> None:
        self.import_finished.emit(result)
        self.reload()
        self.load_labels()

    def export_file(self, path: str) -> None:
        self.run(lambda: self._service.export_file(Path(path)), self.exported.emit)

    # Duplicates -----------------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        self.run(self._service.duplicates, self.duplicates_loaded.emit)

    def preview_merge(self, kept_id: int, merged_id: int) -> None:
        self.run(lambda: self._service.preview_merge(kept_id, merged_id), self.merge_previewed.emit)

    def merge(self, kept_id: int, merged_id: int) -> None:
        self.run(lambda: self._service.merge(kept_id, merged_id), lambda _: self._merged(kept_id))

    def _merged(self, kept_id: int) -> None:
        self.saved.emit(self.tr("Merged"))
        self.reload()
        self.find_duplicates()
        self.open(kept_id)
