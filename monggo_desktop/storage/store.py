"""All repositories over one connection, plus the transaction that joins them."""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING

import sqlcipher3

from monggo_desktop.storage.repositories.base import savepoint, transaction

if TYPE_CHECKING:  # each repository module loads when first used: a faster start
    from monggo_desktop.storage.repositories.account_notices import AccountNoticeRepository
    from monggo_desktop.storage.repositories.accounts import AccountRepository
    from monggo_desktop.storage.repositories.consent import ConsentLedger, ContactHistory
    from monggo_desktop.storage.repositories.contact_import import ContactImportQueries
    from monggo_desktop.storage.repositories.contact_views import ContactQueries
    from monggo_desktop.storage.repositories.contacts import ContactRepository
    from monggo_desktop.storage.repositories.conversations import ConversationRepository
    from monggo_desktop.storage.repositories.credentials import CredentialRepository
    from monggo_desktop.storage.repositories.deletion_requests import DeletionRequestRepository
    from monggo_desktop.storage.repositories.file_keys import FileKeyRepository
    from monggo_desktop.storage.repositories.forget import ForgetQueries
    from monggo_desktop.storage.repositories.inbox import InboxRepository
    from monggo_desktop.storage.repositories.labels import LabelRepository
    from monggo_desktop.storage.repositories.media import MediaRepository
    from monggo_desktop.storage.repositories.messages import MessageRepository
    from monggo_desktop.storage.repositories.outbox import OutboxRepository
    from monggo_desktop.storage.repositories.pending_statuses import PendingStatusRepository
    from monggo_desktop.storage.repositories.privacy_records import PrivacyRecords
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

    def savepoint(self) -> AbstractContextManager[sqlcipher3.Connection]:
        return savepoint(self.conn)

    @cached_property
    def account_notices(self) -> AccountNoticeRepository:
        from monggo_desktop.storage.repositories.account_notices import AccountNoticeRepository

        return AccountNoticeRepository(self.conn)

    @cached_property
    def accounts(self) -> AccountRepository:
        from monggo_desktop.storage.repositories.accounts import AccountRepository

        return AccountRepository(self.conn)

    @cached_property
    def contacts(self) -> ContactRepository:
        from monggo_desktop.storage.repositories.contacts import ContactRepository

        return ContactRepository(self.conn)

    @cached_property
    def conversations(self) -> ConversationRepository:
        from monggo_desktop.storage.repositories.conversations import ConversationRepository

        return ConversationRepository(self.conn)

    @cached_property
    def messages(self) -> MessageRepository:
        from monggo_desktop.storage.repositories.messages import MessageRepository

        return MessageRepository(self.conn)

    @cached_property
    def outbox(self) -> OutboxRepository:
        from monggo_desktop.storage.repositories.outbox import OutboxRepository

        return OutboxRepository(self.conn)

    @cached_property
    def media(self) -> MediaRepository:
        from monggo_desktop.storage.repositories.media import MediaRepository

        return MediaRepository(self.conn)

    @cached_property
    def settings(self) -> SettingsRepository:
        from monggo_desktop.storage.repositories.settings import SettingsRepository

        return SettingsRepository(self.conn)

    @cached_property
    def credentials(self) -> CredentialRepository:
        from monggo_desktop.storage.repositories.credentials import CredentialRepository

        return CredentialRepository(self.conn)

    @cached_property
    def deletion_requests(self) -> DeletionRequestRepository:
        from monggo_desktop.storage.repositories.deletion_requests import DeletionRequestRepository

        return DeletionRequestRepository(self.conn)

    @cached_property
    def usage_events(self) -> UsageEventRepository:
        from monggo_desktop.storage.repositories.usage_events import UsageEventRepository

        return UsageEventRepository(self.conn)

    @cached_property
    def inbox(self) -> InboxRepository:
        from monggo_desktop.storage.repositories.inbox import InboxRepository

        return InboxRepository(self.conn)

    @cached_property
    def pending_statuses(self) -> PendingStatusRepository:
        from monggo_desktop.storage.repositories.pending_statuses import PendingStatusRepository

        return PendingStatusRepository(self.conn)

    @cached_property
    def templates(self) -> TemplateRepository:
        from monggo_desktop.storage.repositories.templates import TemplateRepository

        return TemplateRepository(self.conn)

    @cached_property
    def file_keys(self) -> FileKeyRepository:
        from monggo_desktop.storage.repositories.file_keys import FileKeyRepository

        return FileKeyRepository(self.conn)

    @cached_property
    def views(self) -> ViewQueries:
        from monggo_desktop.storage.repositories.views import ViewQueries

        return ViewQueries(self.conn)

    @cached_property
    def retention(self) -> RetentionQueries:
        from monggo_desktop.storage.repositories.retention import RetentionQueries

        return RetentionQueries(self.conn)

    @cached_property
    def consent(self) -> ConsentLedger:
        from monggo_desktop.storage.repositories.consent import ConsentLedger

        return ConsentLedger(self.conn)

    @cached_property
    def contact_history(self) -> ContactHistory:
        from monggo_desktop.storage.repositories.consent import ContactHistory

        return ContactHistory(self.conn)

    @cached_property
    def labels(self) -> LabelRepository:
        from monggo_desktop.storage.repositories.labels import LabelRepository

        return LabelRepository(self.conn)

    @cached_property
    def contact_views(self) -> ContactQueries:
        from monggo_desktop.storage.repositories.contact_views import ContactQueries

        return ContactQueries(self.conn)

    @cached_property
    def contact_import(self) -> ContactImportQueries:
        from monggo_desktop.storage.repositories.contact_import import ContactImportQueries

        return ContactImportQueries(self.conn)

    @cached_property
    def forget(self) -> ForgetQueries:
        from monggo_desktop.storage.repositories.forget import ForgetQueries

        return ForgetQueries(self.conn)

    @cached_property
    def reports(self) -> ReportQueries:
        from monggo_desktop.storage.repositories.reports import ReportQueries

        return ReportQueries(self.conn)

    @cached_property
    def privacy_records(self) -> PrivacyRecords:
        from monggo_desktop.storage.repositories.privacy_records import PrivacyRecords

        return PrivacyRecords(self.conn)
