"""The right side of the window: the header with the 24-hour window, the bubbles, and the composer."""

from __future__ import annotations

import functools
import mimetypes
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.models import DownloadState
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.views import BubbleView
from monggo_desktop.services.messaging.chat_reads import ChatHeader
from monggo_desktop.ui.composer import Composer, ReplyBar
from monggo_desktop.ui.delegates.bubble_delegate import BubbleDelegate
from monggo_desktop.ui.delegates.conversation_delegate import kind_label
from monggo_desktop.ui.emoji_picker import EmojiButton
from monggo_desktop.ui.icons import icon_button
from monggo_desktop.ui.keyboard import native
from monggo_desktop.ui.models.chat_model import ChatModel
from monggo_desktop.ui.picture_viewer import PictureViewer
from monggo_desktop.ui.template_picker import TemplatePicker
from monggo_desktop.ui.theme import set_tone
from monggo_desktop.ui.viewmodels.chat import ChatViewModel

if TYPE_CHECKING:  # the preview loads when the first file is attached
    from monggo_desktop.ui.attachment_preview import Attachment, AttachmentDialog

TEXT_LIMIT = 4096
COUNTER_FROM = 3500  # the count of characters shows only when the limit is near
QUICK_REACTIONS = ("👍", "❤️", "😂", "😮", "😢", "🙏")


def suggested_name(bubble: BubbleView) -> str:
    """A file name for Save as: the document's own, or the kind and the time it was sent."""
    if bubble.media_name:
        return bubble.media_name
    extension = mimetypes.guess_extension(bubble.media_mime or "") or ""
    return f"{bubble.type}-{bubble.at.astimezone():%Y%m%d-%H%M}{extension}"


def window_text(header: ChatHeader, now: datetime) -> str:
    if header.window_closes_at is None or now >= header.window_closes_at:
        return QCoreApplication.translate("ChatPanel", "24-hour window closed: only approved templates can be sent")
    left = header.window_closes_at - now
    hours, minutes = divmod(int(left.total_seconds()) // 60, 60)
    return QCoreApplication.translate("ChatPanel", "Replies open for {h} h {m} min").format(h=hours, m=minutes)


class ChatPanel(QWidget):
    def __init__(self, viewmodel: ChatViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._header: ChatHeader | None = None
        self._notice_shown: str | None = None
        self.model = ChatModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("chatTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("chatSubtitle")
        self.bubbles = QListView(self)
        self.bubbles.setModel(self.model)
        self.delegate = BubbleDelegate(
            self.bubbles, thumbnails=viewmodel.thumbnails.get, thumbnail_sizes=viewmodel.thumbnails.size
        )
        self.bubbles.setItemDelegate(self.delegate)
        self.bubbles.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.bubbles.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.bubbles.setUniformItemSizes(False)
        self.bubbles.setWordWrap(True)
        self.bubbles.setResizeMode(QListView.ResizeMode.Adjust)  # bubbles re-measure when the view narrows
        self.bubbles.setObjectName("bubbles")  # the theme gives it the chat's wallpaper
        self.bubbles.viewport().installEventFilter(self)
        self.reply_bar = ReplyBar(self)
        self._reply_to: BubbleView | None = None
        self.composer = Composer(self)
        self.composer.setObjectName("composer")
        self.composer.setPlaceholderText(self.tr("Type a message; / for quick replies"))
        self.counter = QLabel(self)
        self.counter.setObjectName("composerCounter")
        self.counter.hide()
        self.send_button = icon_button("send", self.tr("Send"), self, accent=True)  # the keys: set_enter_sends
        self.send_button.setObjectName("sendButton")
        self.attach_button = icon_button(
            "paperclip", self.tr("Attach a photo, video, audio or document; it is shown before it is sent"), self
        )
        self.problem = QLabel(self)
        self.problem.setObjectName("composerProblem")
        set_tone(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._too_long_said = False
        self.picker = TemplatePicker(self)
        self.picker.hide()

        header = QVBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        self.emoji_button = EmojiButton(self.composer.insertPlainText, self)
        send_row = QHBoxLayout()  # as in every messenger: emoji and attach, the message, then send
        send_row.setSpacing(4)
        for widget, stretch in ((self.emoji_button, 0), (self.attach_button, 0), (self.composer, 1)):
            send_row.addWidget(widget, stretch, Qt.AlignmentFlag.AlignBottom)
        send_row.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignBottom)
        send_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.bubbles, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.picker)
        layout.addWidget(self.reply_bar)
        layout.addLayout(send_row)

        self.composer.send_requested.connect(self.send)
        self.composer.cancel_requested.connect(self.cancel_reply)
        self.reply_bar.cancelled.connect(self.cancel_reply)
        viewmodel.quick_replies_loaded.connect(self.composer.set_quick_replies)
        viewmodel.picture_loaded.connect(self._show_picture)
        viewmodel.saved.connect(lambda name: self._notice(self.tr("Saved as {name}").format(name=name)))
        viewmodel.thumbnails.ready.connect(self._thumbnail_ready)
        self.send_button.clicked.connect(self.send)
        self.attach_button.clicked.connect(self.attach)
        self.composer.attachments_pasted.connect(self.preview_attachments)
        self.setAcceptDrops(True)  # a file dropped on the chat is previewed, then sent
        self.composer.textChanged.connect(self._update_counter)
        viewmodel.opened.connect(self._opened)
        viewmodel.older_loaded.connect(self._older_loaded)
        viewmodel.older_failed.connect(self.model.older_failed)
        viewmodel.newer_loaded.connect(self._newer_loaded)
        viewmodel.refreshed.connect(self._refreshed)
        viewmodel.sent.connect(self._sent)
        viewmodel.error.connect(self.show_problem)
        viewmodel.templates_loaded.connect(self.picker.set_choices)
        self.picker.send_requested.connect(viewmodel.send_template)
        self.model.older_wanted.connect(self._want_older)
        self.model.newer_wanted.connect(self._want_newer)
        self.bubbles.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._clock = QTimer(self, interval=30_000)
        self._clock.timeout.connect(self._show_window)
        self._clock.start()
        self._update_counter()
        viewmodel.load_quick_replies()
        viewmodel.enter_sends_changed.connect(self.set_enter_sends)
        self.set_enter_sends(viewmodel.enter_sends)
        viewmodel.load_enter_sends()
        self.title.setText(self.tr("Choose a conversation on the left"))
        self.setEnabled(False)

    # From the viewmodel --------------------------------------------------------------------------

    def set_enter_sends(self, enter_sends: bool) -> None:
        """Enter sends (Shift+Enter breaks the line), or Enter breaks the line and Ctrl+Enter sends; the Send
        button says which."""
        self.composer.enter_sends = enter_sends
        tip = self.tr("Send ({keys})").format(keys=native("Enter" if enter_sends else "Ctrl+Enter"))
        self.send_button.setToolTip(tip)
        self.send_button.setAccessibleName(tip)

    def _opened(self, header: ChatHeader, bubbles: list[BubbleView], has_older: bool) -> None:
        self.setEnabled(True)
        self._header = header
        self.title.setText(header.title)
        self.model.set_newest(bubbles, has_older)
        self.cancel_reply()
        self._show_window()
        self.problem.hide()
        self.bubbles.scrollToBottom()
        focus = QApplication.focusWidget()
        if not (isinstance(focus, QAbstractItemView) and not self.isAncestorOf(focus)):
            self.composer.setFocus()  # moving through the conversation list with the arrows keeps the focus there

    def _older_loaded(self, bubbles: list[BubbleView], has_older: bool) -> None:
        self._keeping_place(lambda: self.model.prepend_older(bubbles, has_older))

    def _newer_loaded(self, bubbles: list[BubbleView], has_newer: bool) -> None:
        self._keeping_place(lambda: self.model.append_newer(bubbles, has_newer))

    def _keeping_place(self, change: Callable[[], None]) -> None:
        """Apply a page (rows added at one end, maybe dropped at the other) with the reader's place kept:
        the bubble at the top of the view stays where it is on screen."""
        view = self.bubbles
        bar = view.verticalScrollBar()
        anchor = view.indexAt(QPoint(view.viewport().width() // 2, 0))
        anchor_id = anchor.data(ChatModel.IdRole) if anchor.isValid() else None
        anchor_top = view.visualRect(anchor).top() if anchor.isValid() else 0
        change()
        view.doItemsLayout()  # the view would lay the rows out later: the scroll range must count them now
        row = self.model.row_of(int(anchor_id)) if anchor_id is not None else None
        if row is not None:
            bar.setValue(bar.value() + view.visualRect(self.model.index(row, 0)).top() - anchor_top)

    def _refreshed(self, header: ChatHeader, bubbles: list[BubbleView]) -> None:
        self._header = header
        self.title.setText(header.title)  # the customer's name may have changed (an edit, their profile)
        bar = self.bubbles.verticalScrollBar()
        at_bottom = not self.model.has_newer and bar.value() >= bar.maximum() - 4
        for bubble in bubbles:
            self.model.upsert(bubble)
        self._show_window()
        if at_bottom:
            self.bubbles.scrollToBottom()

    def _sent(self) -> None:
        self.composer.clear()
        self.cancel_reply()
        self.picker.clear_values()
        self.problem.hide()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # User actions -------------------------------------------------------------------------------------

    def send(self) -> None:
        text = self.composer.toPlainText()
        if not text.strip():
            return
        if len(text) > TEXT_LIMIT:
            self.show_problem(
                self.tr("The message is {n} characters long; WhatsApp takes at most 4096.").format(n=len(text))
            )
            self._too_long_said = True
            return
        self._vm.send_text(text, self._reply_to.wamid if self._reply_to is not None else None)

    def reply_to(self, bubble: BubbleView) -> None:
        """Answer ``bubble``: the customer sees it quoted above what is typed next."""
        if not bubble.wamid:
            return
        self._reply_to = bubble
        who = self.tr("yourself") if bubble.outbound else (self._header.title if self._header else "")
        self.reply_bar.show_target(who, bubble.text or kind_label(bubble.type))
        self.composer.setFocus()

    def reply_to_last(self) -> None:
        """Answer the customer's newest message (Ctrl+Shift+R)."""
        found = self._last_customer_message()
        if found is not None:
            self.reply_to(found[1])

    def react_to_last(self) -> QMenu | None:
        """The reactions for the customer's newest message, opened beside it (Ctrl+Shift+E)."""
        found = self._last_customer_message()
        if found is None or self.composer.isHidden():
            return None
        row, bubble = found
        menu = QMenu(self)
        for emoji in QUICK_REACTIONS:
            menu.addAction(emoji, functools.partial(self._vm.react, bubble.wamid or "", emoji))
        rect = self.bubbles.visualRect(self.model.index(row, 0))
        menu.popup(self.bubbles.viewport().mapToGlobal(rect.bottomLeft()))
        return menu

    def _last_customer_message(self) -> tuple[int, BubbleView] | None:
        model = self.model
        for row in range(model.rowCount() - 1, -1, -1):
            bubble = model.bubble_at(row)
            if not bubble.outbound and bubble.wamid and bubble.type != "reaction":
                return row, bubble
        return None

    def cancel_reply(self) -> None:
        self._reply_to = None
        self.reply_bar.hide()

    def bubble_actions(self, bubble: BubbleView, menu: QMenu) -> None:
        """The bubble's context menu: reply, react, copy, save, resend: whichever apply."""
        can_answer = bool(bubble.wamid) and not self.composer.isHidden()
        if can_answer:
            menu.addAction(self.tr("Reply"), lambda: self.reply_to(bubble))
            react = menu.addMenu(self.tr("React"))
            for emoji in QUICK_REACTIONS:
                react.addAction(emoji, functools.partial(self._vm.react, bubble.wamid or "", emoji))
            if any(r.mine for r in bubble.reactions):
                react.addSeparator()
                react.addAction(self.tr("Remove my reaction"), lambda: self._vm.react(bubble.wamid or "", ""))
        if bubble.text:
            menu.addAction(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(bubble.text or ""))
        if bubble.media_id is not None and bubble.media_state in (DownloadState.DONE, DownloadState.NONE):
            menu.addAction(self.tr("Save as…"), lambda: self.save_media(bubble))
        if bubble.status in (MessageStatus.FAILED, MessageStatus.UNCERTAIN) and bubble.outbound:
            menu.addAction(self.tr("Resend"), lambda: self._vm.resend(bubble.message_id))

    def save_media(self, bubble: BubbleView) -> None:
        if bubble.media_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save file"), suggested_name(bubble))
        if path:
            self._vm.save_media(bubble.media_id, path)

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Send a file"),
            "",
            self.tr(
                "Photos, videos, audio and documents (*.jpg *.jpeg *.png *.mp4 *.3gp *.mp3 *.m4a *.aac *.ogg *.amr "
                "*.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)"
            ),
        )
        if path:
            from monggo_desktop.ui.attachment_preview import from_path

            self.preview_attachment(from_path(path))

    def preview_attachment(self, attachment: Attachment) -> AttachmentDialog:
        """What is about to be sent, with the message typed so far as its caption; sent only on Send."""
        return self.preview_attachments([attachment])

    def preview_attachments(self, attachments: list[Attachment]) -> AttachmentDialog:
        """Each file previewed in turn; the message typed so far is the caption of the first one sent."""
        from monggo_desktop.ui.attachment_preview import preview_in_turn

        return preview_in_turn(attachments, self.composer.toPlainText(), self, self._vm.send_attachment)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.composer.isVisible() and any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from monggo_desktop.ui.attachment_preview import from_mime

        attachments = from_mime(event.mimeData())
        if attachments and self.composer.isVisible():
            event.acceptProposedAction()
            self.preview_attachments(attachments)

    def _scrolled(self, value: int) -> None:
        bar = self.bubbles.verticalScrollBar()
        if not self.model.rowCount():
            return
        if value == bar.minimum() and self.model.has_older:
            self.model.request_older()
        elif value == bar.maximum() and self.model.has_newer:
            self.model.request_newer()

    def _want_older(self) -> None:
        first = self.model.oldest_id()
        if first is not None:
            self._vm.load_older(first)

    def _want_newer(self) -> None:
        last = self.model.newest_id()
        if last is not None:
            self._vm.load_newer(last)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.bubbles.viewport():
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            pos = event.position().toPoint()  # type: ignore[attr-defined]
            index = self.bubbles.indexAt(pos)
            if not index.isValid():
                return False
            rect = self.bubbles.visualRect(index)
            bubble = self.model.bubble_at(index.row())
            if self.delegate.resend_hit(rect, index, pos):
                self._vm.resend(bubble.message_id)
                return True
            if self.delegate.image_hit(rect, index, pos):
                self.open_media(bubble)
                return True
        if event.type() == QEvent.Type.ContextMenu:
            pos = event.pos()  # type: ignore[attr-defined]
            index = self.bubbles.indexAt(pos)
            bubble_rect = self.delegate.bubble_rect(self.bubbles.visualRect(index), index) if index.isValid() else None
            if bubble_rect is not None and bubble_rect.contains(pos):
                menu = QMenu(self)
                self.bubble_actions(self.model.bubble_at(index.row()), menu)
                if not menu.isEmpty():
                    menu.exec(event.globalPos())  # type: ignore[attr-defined]
                menu.deleteLater()
                return True
        return super().eventFilter(watched, event)

    def open_media(self, bubble: BubbleView) -> None:
        """A photo opens large in the app; any other file is saved where the owner chooses.

        Handing a document to another program would need a plaintext copy on disk, outside the encrypted
        store, so the owner decides where that copy goes.
        """
        if bubble.media_id is None or bubble.media_state not in (DownloadState.DONE, DownloadState.NONE):
            return
        if bubble.type == "image":
            self._vm.show_picture(bubble.media_id)
        else:
            self.save_media(bubble)

    def _show_picture(self, image: object) -> None:
        PictureViewer(image, self).show()  # type: ignore[arg-type]

    def _thumbnail_ready(self, media_id: int) -> None:
        for index in self.model.media_changed(media_id):
            self.delegate.sizeHintChanged.emit(index)  # the placeholder and the photo differ in size

    def _notice(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    # Display -----------------------------------------------------------------------------------------

    def _update_counter(self) -> None:
        length = len(self.composer.toPlainText())
        self.counter.setText(f"{length} / {TEXT_LIMIT}")
        set_tone(self.counter, "problem" if length > TEXT_LIMIT else None)
        self.counter.setVisible(length >= COUNTER_FROM and self.composer.isVisible())
        if length <= TEXT_LIMIT and self._too_long_said:
            self.problem.hide()  # the "too long" line goes once the message fits again (or is cleared)
            self._too_long_said = False

    def _show_window(self) -> None:
        if self._header is None:
            return
        now = datetime.now(UTC)
        self.subtitle.setText(f"{self._header.phone_display} · {window_text(self._header, now)}")
        closed = not (self._header.window_closes_at is not None and now < self._header.window_closes_at)
        self.composer.setVisible(not closed)
        self.send_button.setVisible(not closed)
        self.attach_button.setVisible(not closed)
        self.emoji_button.setVisible(not closed)
        self.counter.setVisible(not closed and len(self.composer.toPlainText()) >= COUNTER_FROM)
        if closed:
            self.cancel_reply()
        if closed and self.picker.isHidden():
            self._vm.load_templates()  # the composer turns into the template picker
        self.picker.setVisible(closed)
        notice = self._vm.sender_notice
        if notice:
            self.show_problem(notice)
            self._notice_shown = notice
        elif self._notice_shown is not None and self.problem.text() == self._notice_shown:
            self.problem.hide()  # sending goes on again: the note goes
            self._notice_shown = None
