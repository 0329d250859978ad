"""One open conversation: its newest page first, older pages on demand, sending, resending, read receipts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from monggo_desktop.domain.changes import Changes
from monggo_desktop.services.messaging.chat_reads import ChatHeader
from monggo_desktop.services.messaging.chat_services import ChatServices
from monggo_desktop.ui.error_words import kept_text
from monggo_desktop.ui.sentences import sentence
from monggo_desktop.ui.viewmodels.base import AsyncViewModel

if TYPE_CHECKING:
    from monggo_desktop.ui.attachment_preview import Attachment
    from monggo_desktop.ui.viewmodels.thumbnails import ThumbnailCache

log = logging.getLogger("monggo.ui")

REFRESH_DEBOUNCE_MS = 100
PICTURE_EDGE = 2048  # a photo opened large: sharp on a big screen, decoded no larger


class ChatViewModel(AsyncViewModel):
    opened = Signal(object, list, bool)  # ChatHeader, bubbles (oldest first), has_older
    older_loaded = Signal(list, bool)
    older_failed = Signal()  # the older page could not be loaded
    newer_loaded = Signal(list, bool)  # the page below the bottom row (oldest first), has_newer
    refreshed = Signal(object, list)  # header, the newest page again (new messages, ticks)
    sent = Signal()
    templates_loaded = Signal(list)  # TemplateChoice, for a closed 24-hour window
    quick_replies_loaded = Signal(list)  # QuickReply
    picture_loaded = Signal(object)  # the whole photo, decoded, to be shown large (QImage)
    saved = Signal(str)  # the file name a media file was saved as
    started = Signal(int)  # the conversation "New chat" opened (made now for a new customer)
    start_failed = Signal(str)  # why that number cannot be written to
    enter_sends_changed = Signal(bool)  # True: Enter sends; False: Enter breaks the line, Ctrl+Enter sends
    customers_found = Signal(list)  # CustomerChoice: contacts matching what is typed under "New chat"
    error = Signal(str)

    def __init__(self, services: ChatServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.conversation_id: int | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        services.feed.subscribe(self._changed)
        self._thumbnails: ThumbnailCache | None = None
        # Whether the owner is looking at this chat (the window in front, the chats screen, not locked): messages
        # arriving then are read at once, with the blue ticks sent. The window says; alone, the chat is read.
        self.reading: Callable[[], bool] = lambda: True
        self.enter_sends = True  # until the setting is read, or saved on the settings screen

    @property
    def thumbnails(self) -> ThumbnailCache:
        """Made when the chat is first built: its picture modules need not load before the window shows."""
        if self._thumbnails is None:
            from monggo_desktop.ui.viewmodels.thumbnails import ThumbnailCache

            self._thumbnails = ThumbnailCache(self._services.media.content, self)
        return self._thumbnails

    def shutdown(self) -> None:
        self._refresh_timer.stop()
        if self._thumbnails is not None:
            self._thumbnails.shutdown()
        super().shutdown()

    @property
    def sender_notice(self) -> str | None:
        """Why messages are not going out (paused, or waiting for the connection), for the composer to say."""
        reason = self._services.feed.sender_state.reason
        return sentence(kept_text(reason)) if reason else None

    def open(self, conversation_id: int) -> None:
        self.conversation_id = conversation_id
        self.run(lambda: self._open(conversation_id), key="open")

    async def _open(self, conversation_id: int) -> None:
        header = await self._services.reads.header(conversation_id)
        page = await self._services.reads.newest_bubbles(conversation_id)
        if header is None or conversation_id != self.conversation_id:
            return
        self.opened.emit(header, page.items, page.has_more)
        await self._services.actions.mark_read(conversation_id)

    def start(self, number: str) -> None:
        """A chat with the customer at ``number``; the window opens it."""
        self.run(
            lambda: self._services.actions.start_conversation(number),
            self.started.emit,
            key="start",
            say=self.start_failed.emit,
        )

    def find_customers(self, text: str) -> None:
        """Contacts whose name, number or @username holds ``text``; the latest text wins."""
        self.run(lambda: self._services.reads.customers(text), self.customers_found.emit, key="customers")

    def load_older(self, before_message_id: int) -> None:
        conversation_id = self.conversation_id
        if conversation_id is None:
            return

        def failed() -> None:
            if conversation_id == self.conversation_id:
                self.older_failed.emit()  # scrolling up asks again

        self.run(
            lambda: self._services.reads.older_bubbles(conversation_id, before_message_id),
            lambda page: self._if_open(conversation_id, self.older_loaded.emit, page.items, page.has_more),
            failed=failed,
        )

    def load_newer(self, after_message_id: int) -> None:
        conversation_id = self.conversation_id
        if conversation_id is not None:
            self.run(
                lambda: self._services.reads.newer_bubbles(conversation_id, after_message_id),
                lambda page: self._if_open(conversation_id, self.newer_loaded.emit, page.items, page.has_more),
            )

    def send_text(self, text: str, reply_to: str | None = None) -> None:
        conversation_id = self.conversation_id
        if conversation_id is not None and text.strip():
            # On an error the composer keeps the draft.
            self.run(lambda: self._services.actions.send_text(conversation_id, text, reply_to=reply_to), self._sent)

    def send_file(self, path: str, caption: str = "") -> None:
        conversation_id = self.conversation_id
        if conversation_id is not None:
            # Too big, a refused type, unreadable: said, nothing stored.
            self.run(
                lambda: self._services.actions.send_file(conversation_id, Path(path), caption=caption.strip() or None),
                self._sent,
            )

    def send_attachment(self, attachment: Attachment, caption: str = "") -> None:
        """A previewed attachment: a file on disk, or a picture held in memory (pasted)."""
        conversation_id = self.conversation_id
        if conversation_id is None:
            return
        actions, text = self._services.actions, caption.strip() or None
        if attachment.data is not None:
            data, name = attachment.data, attachment.name
            self.run(lambda: actions.send_data(conversation_id, data, name, caption=text), self._sent)
        elif attachment.path is not None:
            path = attachment.path
            self.run(lambda: actions.send_file(conversation_id, path, caption=text), self._sent)

    def load_templates(self) -> None:
        conversation_id = self.conversation_id
        if conversation_id is not None:
            self.run(
                lambda: self._services.actions.template_choices(conversation_id),
                lambda choices: self._if_open(conversation_id, self.templates_loaded.emit, choices),
            )

    def send_template(self, name: str, language: str, values: list[str]) -> None:
        conversation_id = self.conversation_id
        if conversation_id is not None:
            self.run(lambda: self._services.actions.send_template(conversation_id, name, language, values), self._sent)

    def react(self, wamid: str, emoji: str) -> None:
        """React to the message ``wamid``; an empty ``emoji`` takes our reaction back."""
        conversation_id = self.conversation_id
        if conversation_id is not None:
            self.run(lambda: self._services.actions.react(conversation_id, wamid, emoji))

    def load_quick_replies(self) -> None:
        self.run(self._services.quick_replies.load, self.quick_replies_loaded.emit)

    def load_enter_sends(self) -> None:
        self.run(self._services.reads.enter_sends, self.set_enter_sends)

    def set_enter_sends(self, enter_sends: bool) -> None:
        """What Enter does in the composer, as read at start or just saved on the settings screen."""
        self.enter_sends = enter_sends
        self.enter_sends_changed.emit(enter_sends)

    def show_picture(self, media_id: int) -> None:
        self.run(lambda: self._services.media.content(media_id), self._picture)

    def _picture(self, data: bytes) -> None:
        from monggo_desktop.ui.viewmodels.thumbnails import decode_image

        image = decode_image(data, PICTURE_EDGE)
        if image is None:
            self.error.emit(self.tr("This photo cannot be shown: the file is not a picture this app can read."))
            return
        self.picture_loaded.emit(image)

    def save_media(self, media_id: int, target: str) -> None:
        path = Path(target)
        self.run(lambda: self._services.media.save(media_id, path), lambda _: self.saved.emit(path.name))

    def resend(self, message_id: int) -> None:
        self.run(lambda: self._services.actions.resend(message_id))

    def _changed(self, changes: Changes) -> None:
        """The open chat is read again when something in it changed, or the sender's state it shows; a tick in
        another chat leaves it alone."""
        opened = self.conversation_id
        if opened is not None and (changes.touches(opened) or changes.sender):
            self._refresh_timer.start()

    def _refresh(self) -> None:
        conversation_id = self.conversation_id
        if conversation_id is not None:
            self.run(lambda: self._reread(conversation_id), key="refresh")

    async def _reread(self, conversation_id: int) -> None:
        header: ChatHeader | None = await self._services.reads.header(conversation_id)
        page = await self._services.reads.newest_bubbles(conversation_id)
        if header is None or conversation_id != self.conversation_id:
            return
        self.refreshed.emit(header, page.items)
        if header.unread and self.reading():  # a tick or a download: no database call for nothing to read
            await self._services.actions.mark_read(conversation_id)

    def read_open_chat(self) -> None:
        """The owner looks at the chat again (the window came to the front): what arrived meanwhile is read."""
        conversation_id = self.conversation_id
        if conversation_id is not None and self.reading():
            self.run(lambda: self._services.actions.mark_read(conversation_id), key="read")

    def _sent(self, _message_id: int) -> None:
        self.sent.emit()

    def _if_open(self, conversation_id: int, emit: Callable[..., None], *args: object) -> None:
        """A page or list asked for one chat is shown only while that chat is still the open one."""
        if conversation_id == self.conversation_id:
            emit(*args)
