"""The app lock's part of the settings screen: on or off, its passphrase, the idle time, lock now."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from monggo_desktop.ui.app_lock_dialog import AppLockDialog, LockAction
from monggo_desktop.ui.viewmodels.app_lock import AppLockViewModel


class AppLockSection(QGroupBox):
    def __init__(self, lock: AppLockViewModel, idle_minutes: QSpinBox, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("App lock"), parent)
        self.setObjectName("appLockSection")
        self._lock = lock
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.turn_on_button = QPushButton(self.tr("Turn on…"), self)
        self.change_button = QPushButton(self.tr("Change passphrase…"), self)
        self.turn_off_button = QPushButton(self.tr("Turn off…"), self)
        self.lock_now_button = QPushButton(self.tr("Lock now"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.turn_on_button, self.change_button, self.turn_off_button, self.lock_now_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.state)
        form.addRow(buttons)
        form.addRow(self.tr("Lock after idle (save settings to apply)"), idle_minutes)
        form.addRow(self.message)

        self.turn_on_button.clicked.connect(lambda: self._ask(LockAction.TURN_ON))
        self.change_button.clicked.connect(lambda: self._ask(LockAction.CHANGE))
        self.turn_off_button.clicked.connect(lambda: self._ask(LockAction.TURN_OFF))
        self.lock_now_button.clicked.connect(lock.lock_now)
        lock.enabled_changed.connect(self._show)
        lock.changed.connect(self.message.setText)
        self._show(lock.enabled)

    def _show(self, enabled: bool) -> None:
        self.state.setText(
            self.tr(
                "On: a passphrase opens the app, and it locks itself when left idle. While locked, nothing "
                "personal is shown and notifications carry no names or text."
            )
            if enabled
            else self.tr("Off: the app opens without a passphrase. Anyone at this computer can read the chats.")
        )
        self.turn_on_button.setVisible(not enabled)
        self.change_button.setVisible(enabled)
        self.turn_off_button.setVisible(enabled and self._lock.can_turn_off)
        self.lock_now_button.setVisible(enabled)

    def _ask(self, action: LockAction) -> AppLockDialog:
        dialog = AppLockDialog(self._lock, action, self)
        dialog.open()
        return dialog
