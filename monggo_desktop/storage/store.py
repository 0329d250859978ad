"""All repositories over one connection, plus the transaction that joins them."""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cached_property

import sqlcipher3

from monggo_desktop.storage.repositories.accounts import AccountRepository
from monggo_desktop.storage.repositories.base import transaction
from monggo_desktop.storage.repositories.consent import ConsentLedger, ContactHistory
from monggo_desktop.storage.repositories.contact_views import ContactQueries
from monggo_desktop.storage.repositories.contacts import ContactRepository
from monggo_desktop.storage.repositories.conversations import ConversationRepository
from monggo_desktop.storage.repositories.credentials import CredentialRepository
from monggo_desktop.storage.repositories.deletion_requests import DeletionRequestRepository
from monggo_desktop.storage.repositories.file_keys import FileKeyRepository
from monggo_desktop.storage.repositories.inbox import InboxRepository
from monggo_desktop.storage.repositories.labels import LabelRepository
from monggo_desktop.storage.repositories.media import MediaRepository
from monggo_desktop.storage.repositories.messages import MessageRepository
from monggo_desktop.storage.repositories.outbox import OutboxRepository
from monggo_desktop.storage.repositories.pending_statuses import PendingStatusRepository
from monggo_desktop.storage.repositories.reports import ReportQueries
from monggo_desktop.storage.repositories.retention import RetentionQueries
from monggo_desktop.storage.repositories.settings import SettingsRepository
from monggo_desktop.storage.repositories.templates import TemplateRepository
from monggo_desktop.storage.repositories.usage_events import UsageEventRepository
from monggo_desktop.storage.repositories.views import ViewQueries


class Store:
    """Repositories bound to the connection of the thread that runs the work."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn

    def transaction(self) -> AbstractContextManager[sqlcipher3.Connection]:
        return transaction(self.conn)

    @cached_property
    def accounts(self) -> AccountRepository:
        return AccountRepository(self.conn)

    @cached_property
    def contacts(self) -> ContactRepository:
        return ContactRepository(self.conn)

    @cached_property
    def conversations(self) -> ConversationRepository:
        return ConversationRepository(self.conn)

    @cached_property
    def messages(self) -> MessageRepository:
        return MessageRepository(self.conn)

    @cached_property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.conn)

    @cached_property
    def media(self) -> MediaRepository:
        return MediaRepository(self.conn)

    @cached_property
    def settings(self) -> SettingsRepository:
        return SettingsRepository(self.conn)

    @cached_property
    def credentials(self) -> CredentialRepository:
        return CredentialRepository(self.conn)

    @cached_property
    def deletion_requests(self) -> DeletionRequestRepository:
        return DeletionRequestRepository(self.conn)

    @cached_property
    def usage_events(self) -> UsageEventRepository:
        return UsageEventRepository(self.conn)

    @cached_property
    def inbox(self) -> InboxRepository:
        return InboxRepository(self.conn)

    @cached_property
    def pending_statuses(self) -> PendingStatusRepository:
        return PendingStatusRepository(self.conn)

    @cached_property
    def templates(self) -> TemplateRepository:
        return TemplateRepository(self.conn)

    @cached_property
    def file_keys(self) -> FileKeyRepository:
        return FileKeyRepository(self.conn)

    @cached_property
    def views(self) -> ViewQueries:
        return ViewQueries(self.conn)

    @cached_property
    def retention(self) -> RetentionQueries:
        return RetentionQueries(self.conn)

    @cached_property
    def consent(self) -> ConsentLedger:
        return ConsentLedger(self.conn)

    @cached_property
    def contact_history(self) -> ContactHistory:
        return ContactHistory(self.conn)

    @cached_property
    def labels(self) -> LabelRepository:
        return LabelRepository(self.conn)

    @cached_property
    def contact_views(self) -> ContactQueries:
        return ContactQueries(self.conn)

    @cached_property
    def reports(self) -> ReportQueries:
        return ReportQueries(self.conn)
