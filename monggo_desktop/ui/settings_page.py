"""The settings screen: account, receiving messages (the route and its test), language and region,
notifications, quick replies, retention (shortened only), usage analytics, the theme and the app lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.settings import RETENTION_LIMITS, AppSettings, Language, Theme
from monggo_desktop.services.account.accounts import PURGE_AFTER
from monggo_desktop.services.account.settings import SettingsView
from monggo_desktop.services.messaging.quick_replies import QuickReply
from monggo_desktop.ui.app_lock_section import AppLockSection
from monggo_desktop.ui.receiving_section import ReceivingSection
from monggo_desktop.ui.token_texts import health_text, system_user_steps
from monggo_desktop.ui.viewmodels.settings import SettingsViewModel


class SettingsPage(QScrollArea):
    def __init__(self, viewmodel: SettingsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._view: SettingsView | None = None
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)

        self.token = QLineEdit(body)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Paste the new access token"))
        self.token_button = QPushButton(self.tr("Replace token"), body)
        self.token_state = QLabel(body)
        self.token_state.setObjectName("tokenState")
        self.token_state.setWordWrap(True)
        self.app_id = QLineEdit(body)
        self.app_id.setPlaceholderText(self.tr("For the profile photo and the app-level webhook subscription"))
        self.api_version = QLineEdit(body)
        self.api_version_button = QPushButton(self.tr("Save version"), body)
        self.host = QLineEdit(body)
        self.port = QSpinBox(body)
        self.port.setRange(0, 65535)
        self.language = QComboBox(body)
        for value, name in ((Language.SYSTEM, self.tr("The system's")), (Language.ENGLISH, "English"),
                            (Language.INDONESIAN, "Bahasa Indonesia")):  # fmt: skip
            self.language.addItem(name, value)
        self.region = QLineEdit(body)
        self.region.setMaxLength(2)
        self.notifications = QCheckBox(self.tr("Show a notification for new messages"), body)
        self.idle_minutes = QSpinBox(body)
        self.idle_minutes.setRange(1, 24 * 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.analytics = QCheckBox(self.tr("Record usage analytics on this computer"), body)
        self.analytics_count = QLabel(body)
        self.theme = QComboBox(body)
        for theme, name in ((Theme.SYSTEM, self.tr("The system's")), (Theme.LIGHT, self.tr("Light")),
                            (Theme.DARK, self.tr("Dark"))):  # fmt: skip
            self.theme.addItem(name, theme)
        self.retention: dict[str, QSpinBox] = {}
        for name, longest in RETENTION_LIMITS.items():
            box = QSpinBox(body)
            box.setRange(1, longest)
            box.setSuffix(self.tr(" days"))
            box.setToolTip(self.tr("The privacy policy allows at most %n day(s)", "", longest))
            self.retention[name] = box
        self.replies = QTableWidget(0, 2, body)
        self.replies.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Text")])
        self.replies.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.replies.verticalHeader().hide()
        self.replies.setMinimumHeight(140)
        self.add_reply_button = QPushButton(self.tr("Add"), body)
        self.remove_reply_button = QPushButton(self.tr("Remove"), body)
        self.save_replies_button = QPushButton(self.tr("Save quick replies"), body)
        self.account_state = QLabel(body)
        self.account_state.setWordWrap(True)
        self.close_account_button = QPushButton(self.tr("Close this business account…"), body)
        self.reopen_account_button = QPushButton(self.tr("Reopen the business account"), body)
        self.save_button = QPushButton(self.tr("Save settings"), body)
        self.save_button.setDefault(True)
        self.message = QLabel(body)
        self.message.setWordWrap(True)

        account = QGroupBox(self.tr("Account"), body)
        account_form = QFormLayout(account)
        account_form.addRow(self.tr("Access token"), _row(self.token, self.token_button))
        account_form.addRow("", self.token_state)
        account_form.addRow(self.tr("Graph API version"), _row(self.api_version, self.api_version_button))
        account_form.addRow(self.tr("Meta app id (at the next start)"), self.app_id)
        account_form.addRow(self.account_state)
        account_form.addRow(_row(self.close_account_button, self.reopen_account_button))
        receiver = ReceivingSection(self.host, self.port, viewmodel.receiving, body)
        self.receiving = receiver
        self.public_url = receiver.fields.own_url
        general = QGroupBox(self.tr("General"), body)
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Language (at the next start)"), self.language)
        general_form.addRow(self.tr("Default phone region"), self.region)
        general_form.addRow(self.tr("Theme"), self.theme)
        general_form.addRow("", self.notifications)
        kept = QGroupBox(self.tr("Retention: how long data is kept (shorter only)"), body)
        kept_form = QFormLayout(kept)
        labels = {
            "messages": self.tr("Messages, after delivery"),
            "closed_accounts": self.tr("Account data, after the account is closed"),
            "backups": self.tr("Backups"),
            "logs": self.tr("Log files"),
            "usage_events": self.tr("Usage analytics"),
        }
        for name, box in self.retention.items():
            kept_form.addRow(labels[name], box)
        privacy = QGroupBox(self.tr("Usage analytics"), body)
        privacy_layout = QVBoxLayout(privacy)
        privacy_layout.addWidget(self.analytics)
        privacy_layout.addWidget(self.analytics_count)
        replies = QGroupBox(self.tr("Quick replies (type / in the composer)"), body)
        replies_layout = QVBoxLayout(replies)
        replies_layout.addWidget(self.replies)
        replies_layout.addLayout(_buttons(self.add_reply_button, self.remove_reply_button, self.save_replies_button))

        groups: list[QWidget] = [account, receiver, general, kept, privacy]
        if viewmodel.app_lock is not None:
            self.app_lock: AppLockSection | None = AppLockSection(viewmodel.app_lock, self.idle_minutes, body)
            groups.insert(3, self.app_lock)
        else:
            self.app_lock = None
            self.idle_minutes.hide()
        layout = QVBoxLayout(body)
        for group in groups:
            layout.addWidget(group)
        layout.addLayout(_buttons(self.message, self.save_button))
        layout.addWidget(replies)
        layout.addStretch(1)

        self.save_button.clicked.connect(lambda: viewmodel.save(self.current()))
        self.token_button.clicked.connect(self._replace_token)
        receiver.save_token_button.clicked.connect(self._save_tunnel_token)
        self.close_account_button.clicked.connect(self._close_account)
        self.reopen_account_button.clicked.connect(viewmodel.reopen_account)
        self.api_version_button.clicked.connect(lambda: viewmodel.set_api_version(self.api_version.text()))
        self.add_reply_button.clicked.connect(self._add_reply)
        self.remove_reply_button.clicked.connect(lambda: self.replies.removeRow(self.replies.currentRow()))
        self.save_replies_button.clicked.connect(lambda: viewmodel.save_quick_replies(self.quick_replies()))
        viewmodel.loaded.connect(self.show_settings)
        viewmodel.quick_replies_loaded.connect(self.show_quick_replies)
        viewmodel.saved.connect(lambda text: self._say(text, problem=False))
        viewmodel.error.connect(lambda text: self._say(text, problem=True))
        viewmodel.load()

    def show_settings(self, view: SettingsView) -> None:
        self._view = view
        s = view.settings
        self.api_version.setText(view.api_version)
        token = view.token
        text = health_text(token)
        if token is not None and token.needs_action:
            text += " " + system_user_steps()
        self.token_state.setText(text)
        self.token_state.setStyleSheet("color: #c62828;" if token is not None and token.needs_action else "")
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
        self.idle_minutes.setValue(s.idle_lock_minutes)
        self.analytics.setChecked(s.analytics)
        self.analytics_count.setText(self.tr("%n usage event(s) recorded", "", view.usage_events))
        for name, box in self.retention.items():
            box.setValue(s.retention_days[name])
        closed = view.closed_at is not None
        self.close_account_button.setVisible(not closed)
        self.reopen_account_button.setVisible(closed)
        if view.closed_at is not None:
            purge = (view.closed_at + PURGE_AFTER).astimezone().date().isoformat()
            self.account_state.setText(
                self.tr("Closed on {day}. Its data is removed on {purge} unless you reopen it.").format(
                    day=view.closed_at.astimezone().date().isoformat(), purge=purge
                )
            )
        else:
            self.account_state.setText(self.tr("Active: messages are received and sent."))

    def show_quick_replies(self, replies: list[QuickReply]) -> None:
        self.replies.setRowCount(0)
        for reply in replies:
            row = self.replies.rowCount()
            self.replies.insertRow(row)
            self.replies.setItem(row, 0, QTableWidgetItem(reply.shortcut))
            self.replies.setItem(row, 1, QTableWidgetItem(reply.text))

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
            analytics=self.analytics.isChecked(),
            idle_lock_minutes=self.idle_minutes.value(),
            app_id=self.app_id.text().strip(),
            retention_days={name: box.value() for name, box in self.retention.items()},
        )

    def quick_replies(self) -> list[QuickReply]:
        replies = []
        for row in range(self.replies.rowCount()):
            shortcut, text = self.replies.item(row, 0), self.replies.item(row, 1)
            key = (shortcut.text() if shortcut else "").strip().lstrip("/")
            value = text.text() if text else ""
            if key or value.strip():
                replies.append(QuickReply(key, value))
        return replies

    def _add_reply(self) -> None:
        row = self.replies.rowCount()
        self.replies.insertRow(row)
        self.replies.setCurrentCell(row, 0)
        self.replies.editItem(self.replies.item(row, 0) or QTableWidgetItem())

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

    def _save_tunnel_token(self) -> None:
        field = self.receiving.fields.tunnel_token
        token = field.text()
        field.clear()  # the secret leaves the screen at once
        self._vm.save_tunnel_token(token)

    def show_receiving(self) -> None:
        """Scrolled to Receiving (the status bar's Fix… button)."""
        self.ensureWidgetVisible(self.receiving)
        self.receiving.fields.route.setFocus()

    def _say(self, text: str, *, problem: bool) -> None:
        self.message.setStyleSheet("color: #c62828;" if problem else "color: #1b5e20;")
        self.message.setText(text)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def _buttons(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLabel) else 0, Qt.AlignmentFlag.AlignRight)
    return layout
