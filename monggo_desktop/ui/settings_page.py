"""The settings screen: a list of parts on the left (general, receiving messages, quick replies, the app lock,
privacy and data, the account), the chosen part on the right, and one Save for all of them, enabled once
something changed. Secrets are the exception: a new access token is an action of its own (Replace token)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.settings import RETENTION_LIMITS, AppSettings, Language, Theme
from monggo_desktop.services.account.accounts import PURGE_AFTER
from monggo_desktop.services.account.settings import SettingsChanges, SettingsView
from monggo_desktop.services.messaging.quick_replies import QuickReply
from monggo_desktop.ui.app_lock_section import AppLockSection
from monggo_desktop.ui.local_format import day_text
from monggo_desktop.ui.receiving_section import ReceivingSection
from monggo_desktop.ui.settings_sections import add_field, group, hint, row, scrolled
from monggo_desktop.ui.theme import set_tone
from monggo_desktop.ui.token_texts import health_text, system_user_steps
from monggo_desktop.ui.viewmodels.settings import SettingsViewModel


class SettingsPage(QWidget):
    def __init__(self, viewmodel: SettingsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._view: SettingsView | None = None
        self._replies: list[QuickReply] = []
        self._make_fields()
        self.nav = QListWidget(self)
        self.nav.setObjectName("settingsNav")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget(self)
        self.receiving = ReceivingSection(self.host, self.port, viewmodel.receiving, self)
        self.receiving.save_token_button.hide()  # the tunnel token is kept by Save, like everything here
        self.public_url = self.receiving.fields.own_url
        self.app_lock: AppLockSection | None = None
        parts: list[tuple[str, QWidget]] = [
            (self.tr("General"), self._general()),
            (self.tr("Receiving messages"), scrolled(self.receiving)),
            (self.tr("Quick replies"), self._quick_replies()),
        ]
        if viewmodel.app_lock is not None:
            self.app_lock = AppLockSection(viewmodel.app_lock, self.idle_minutes, self)
            parts.append((self.tr("App lock"), scrolled(self.app_lock)))
        else:
            self.idle_minutes.hide()
        parts += [(self.tr("Privacy and data"), self._privacy()), (self.tr("Account"), self._account())]
        for name, page in parts:
            self.nav.addItem(name)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("settingsSave")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(bar)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

        self.save_button.clicked.connect(self._save)
        self.token_button.clicked.connect(self._replace_token)
        self.close_account_button.clicked.connect(self._close_account)
        self.reopen_account_button.clicked.connect(viewmodel.reopen_account)
        self.add_reply_button.clicked.connect(self._add_reply)
        self.remove_reply_button.clicked.connect(lambda: self.replies.removeRow(self.replies.currentRow()))
        self._watch_changes()
        viewmodel.loaded.connect(self.show_settings)
        viewmodel.quick_replies_loaded.connect(self.show_quick_replies)
        viewmodel.saved.connect(lambda text: self._say(text, problem=False))
        viewmodel.error.connect(lambda text: self._say(text, problem=True))
        viewmodel.load()

    def _make_fields(self) -> None:
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Paste the new access token"))
        self.token_button = QPushButton(self.tr("Replace token"), self)
        self.token_state = QLabel(self)
        self.token_state.setObjectName("tokenState")
        self.token_state.setWordWrap(True)
        self.app_id = QLineEdit(self)
        self.api_version = QLineEdit(self)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.language = QComboBox(self)
        for value, name in ((Language.SYSTEM, self.tr("The system's")), (Language.ENGLISH, "English"),
                            (Language.INDONESIAN, "Bahasa Indonesia")):  # fmt: skip
            self.language.addItem(name, value)
        self.region = QLineEdit(self)
        self.region.setMaxLength(2)
        self.notifications = QCheckBox(self.tr("Show a notification for new messages"), self)
        self.enter_sends = QCheckBox(self.tr("Enter sends the message (Shift+Enter for a new line)"), self)
        self.enter_sends.setToolTip(self.tr("When this is off, Enter starts a new line and Ctrl+Enter sends"))
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(1, 24 * 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.analytics = QCheckBox(self.tr("Record usage analytics on this computer"), self)
        self.analytics_count = QLabel(self)
        self.theme = QComboBox(self)
        for theme, name in ((Theme.SYSTEM, self.tr("The system's")), (Theme.LIGHT, self.tr("Light")),
                            (Theme.DARK, self.tr("Dark"))):  # fmt: skip
            self.theme.addItem(name, theme)
        self.retention: dict[str, QSpinBox] = {}
        for name, longest in RETENTION_LIMITS.items():
            box = QSpinBox(self)
            box.setRange(1, longest)
            box.setSuffix(self.tr(" days"))
            box.setToolTip(self.tr("The privacy policy allows at most %n day(s)", "", longest))
            self.retention[name] = box
        self.replies = QTableWidget(0, 2, self)
        self.replies.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Text")])
        self.replies.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.replies.verticalHeader().hide()
        self.replies.setMinimumHeight(220)
        self.add_reply_button = QPushButton(self.tr("Add"), self)
        self.remove_reply_button = QPushButton(self.tr("Remove"), self)
        self.account_state = QLabel(self)
        self.account_state.setWordWrap(True)
        self.close_account_button = QPushButton(self.tr("Close this business account…"), self)
        self.close_account_button.setObjectName("dangerButton")
        self.reopen_account_button = QPushButton(self.tr("Reopen the business account"), self)

    def _general(self) -> QWidget:
        box, form = group(self.tr("General"))
        add_field(form, self.tr("Language (at the next start)"), self.language)
        add_field(
            form,
            self.tr("Default phone region"),
            self.region,
            self.tr("A number typed without + and a country code is read as this country's (ID: Indonesia, +62)."),
        )
        add_field(form, self.tr("Theme"), self.theme)
        form.addRow("", self.notifications)
        form.addRow("", self.enter_sends)
        return scrolled(box)

    def _quick_replies(self) -> QWidget:
        box, form = group(self.tr("Quick replies"))
        form.addRow(hint(self.tr("Type / and a shortcut in the message box to insert its text."), box))
        form.addRow(self.replies)
        form.addRow(row(QWidget(), self.add_reply_button, self.remove_reply_button))
        return scrolled(box)

    def _privacy(self) -> QWidget:
        kept, kept_form = group(self.tr("How long data is kept"))
        kept_form.addRow(
            hint(
                self.tr(
                    "The privacy policy promises these as the longest times. You may keep data for less time, "
                    "never longer; what is older goes at the next start."
                ),
                kept,
            )
        )
        labels = {
            "messages": self.tr("Messages, after delivery"),
            "closed_accounts": self.tr("Account data, after the account is closed"),
            "backups": self.tr("Backups"),
            "logs": self.tr("Log files"),
            "usage_events": self.tr("Usage analytics"),
        }
        for name, box in self.retention.items():
            add_field(kept_form, labels[name], box)
        usage, usage_form = group(self.tr("Usage analytics"))
        usage_form.addRow(self.analytics)
        usage_form.addRow(self.analytics_count)
        usage_form.addRow(
            hint(
                self.tr(
                    "Counts of which screens and actions are used, kept on this computer only and never sent. "
                    "Turning it off deletes what was recorded."
                ),
                usage,
            )
        )
        return scrolled(kept, usage)

    def _account(self) -> QWidget:
        token, token_form = group(self.tr("Access token"))
        token_form.addRow(
            hint(
                self.tr(
                    "The key that lets this app send and receive for your WhatsApp number. It is kept in the "
                    "system's password store and never shown. Replace it when Meta says it has ended."
                ),
                token,
            )
        )
        token_form.addRow(self.token_state)
        token_form.addRow(row(self.token, self.token_button))
        meta, meta_form = group(self.tr("Connection to Meta (advanced)"))
        add_field(
            meta_form,
            self.tr("Graph API version"),
            self.api_version,
            self.tr(
                "The version of Meta's interface this app speaks. Change it only when Meta retires this one; "
                "Meta says so months ahead."
            ),
        )
        add_field(
            meta_form,
            self.tr("Meta app id (at the next start)"),
            self.app_id,
            self.tr(
                "Needed only to upload a profile photo. It is the number at the top of your app in Meta's App "
                "Dashboard."
            ),
        )
        closing, closing_form = group(self.tr("Close the business account"))
        closing_form.addRow(self.account_state)
        closing_form.addRow(
            hint(
                self.tr(
                    "Receiving and sending stop at once. Everything of this account is removed 90 days later, as "
                    "the privacy policy says; until then you can reopen it."
                ),
                closing,
            )
        )
        closing_form.addRow(row(QWidget(), self.close_account_button, self.reopen_account_button))
        return scrolled(token, meta, closing)

    def _watch_changes(self) -> None:
        """Save is enabled once anything differs from what is kept; secrets of their own are left out."""
        for field in self.findChildren(QLineEdit):
            if field is not self.token:
                field.textChanged.connect(self._refresh_save)
        for box in self.findChildren(QComboBox):
            box.currentIndexChanged.connect(self._refresh_save)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(self._refresh_save)
        self.replies.model().dataChanged.connect(self._refresh_save)
        self.replies.model().rowsInserted.connect(self._refresh_save)
        self.replies.model().rowsRemoved.connect(self._refresh_save)

    def changes(self) -> SettingsChanges:
        """What Save would keep: only the parts that differ from what was loaded."""
        view = self._view
        if view is None:
            return SettingsChanges()
        current = self.current()
        version = self.api_version.text().strip()
        replies = self.quick_replies()
        return SettingsChanges(
            settings=current if current != view.settings else None,
            api_version=version if version != view.api_version else None,
            quick_replies=replies if replies != self._replies else None,
            tunnel_token=self.receiving.fields.tunnel_token.text() or None,
        )

    def _refresh_save(self) -> None:
        self.save_button.setEnabled(self.changes() != SettingsChanges())

    def show_settings(self, view: SettingsView) -> None:
        self._view = view
        s = view.settings
        self.api_version.setText(view.api_version)
        token = view.token
        text = health_text(token)
        if token is not None and token.needs_action:
            text += " " + system_user_steps()
        self.token_state.setText(text)
        set_tone(self.token_state, "problem" if token is not None and token.needs_action else None)
        self.host.setText(s.webhook_host)
        self.port.setValue(s.webhook_port)
        self.public_url.setText(s.public_url)
        self.receiving.fields.set_route(s.route)
        self.receiving.fields.hostname.setText(s.tunnel_hostname)
        self.receiving.fields.program.setText(s.cloudflared_path)
        self.app_id.setText(s.app_id)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.region.setText(s.region)
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self.notifications.setChecked(s.notifications)
        self.enter_sends.setChecked(s.enter_sends)
        self.idle_minutes.setValue(s.idle_lock_minutes)
        self.analytics.setChecked(s.analytics)
        self.analytics_count.setText(self.tr("%n usage event(s) recorded", "", view.usage_events))
        for name, box in self.retention.items():
            box.setValue(s.retention_days[name])
        closed = view.closed_at is not None
        self.close_account_button.setVisible(not closed)
        self.reopen_account_button.setVisible(closed)
        if view.closed_at is not None:
            purge = day_text((view.closed_at + PURGE_AFTER).astimezone().date())
            self.account_state.setText(
                self.tr("Closed on {day}. Its data is removed on {purge} unless you reopen it.").format(
                    day=day_text(view.closed_at.astimezone().date()), purge=purge
                )
            )
        else:
            self.account_state.setText(self.tr("Active: messages are received and sent."))
        self._refresh_save()

    def show_quick_replies(self, replies: list[QuickReply]) -> None:
        self._replies = list(replies)
        self.replies.setRowCount(0)
        for reply in replies:
            row_number = self.replies.rowCount()
            self.replies.insertRow(row_number)
            self.replies.setItem(row_number, 0, QTableWidgetItem(reply.shortcut))
            self.replies.setItem(row_number, 1, QTableWidgetItem(reply.text))
        self._refresh_save()

    def current(self) -> AppSettings:
        return AppSettings(
            webhook_host=self.host.text().strip(),
            webhook_port=self.port.value(),
            route=self.receiving.fields.chosen(),
            public_url=self.public_url.text().strip(),
            tunnel_hostname=self.receiving.fields.hostname.text().strip(),
            cloudflared_path=self.receiving.fields.program.text().strip(),
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            region=self.region.text().strip().upper(),
            notifications=self.notifications.isChecked(),
            enter_sends=self.enter_sends.isChecked(),
            analytics=self.analytics.isChecked(),
            idle_lock_minutes=self.idle_minutes.value(),
            app_id=self.app_id.text().strip(),
            retention_days={name: box.value() for name, box in self.retention.items()},
        )

    def quick_replies(self) -> list[QuickReply]:
        replies = []
        for row_number in range(self.replies.rowCount()):
            shortcut, text = self.replies.item(row_number, 0), self.replies.item(row_number, 1)
            key = (shortcut.text() if shortcut else "").strip().lstrip("/")
            value = text.text() if text else ""
            if key or value.strip():
                replies.append(QuickReply(key, value))
        return replies

    def _save(self) -> None:
        changes = self.changes()
        self.receiving.fields.tunnel_token.clear()  # the secret leaves the screen at once
        self._vm.save(changes)

    def _add_reply(self) -> None:
        row_number = self.replies.rowCount()
        self.replies.insertRow(row_number)
        self.replies.setCurrentCell(row_number, 0)
        self.replies.editItem(self.replies.item(row_number, 0) or QTableWidgetItem())

    def _close_account(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close the business account"),
            self.tr(
                "Receiving and sending stop now. All data of this account is removed 90 days from today, as the "
                "privacy policy says, unless you reopen it before. Export the data first if you want to keep a "
                "copy (monggo-desktop export).\n\nClose the account?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._vm.close_account()

    def _replace_token(self) -> None:
        token = self.token.text()
        self.token.clear()  # the secret leaves the screen at once
        self._vm.replace_token(token)

    def show_receiving(self) -> None:
        """The Receiving part, its route chosen (the status bar's Fix… button)."""
        self.nav.setCurrentRow(1)
        self.receiving.fields.route.setFocus()

    def _say(self, text: str, *, problem: bool) -> None:
        set_tone(self.message, "problem" if problem else "good")
        self.message.setText(text)
