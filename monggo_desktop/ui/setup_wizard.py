"""The first-run setup wizard: what is needed, the credentials tested live, a passphrase when the keyring is not
safe, the save, the recovery key once, and receiving messages (the route chosen and tried live).

Nothing is written before the save page; the page before it is the commit page ("Save"), so there is no going
back past a save, and the wizard cannot be cancelled from then on (the recovery key must be seen first).
"""

from __future__ import annotations

import asyncio
from enum import Enum
from typing import cast

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from monggo_desktop.domain.account_rules import DEFAULT_API_BASE
from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState, Route, Step
from monggo_desktop.services.setup.check import AccountCheck
from monggo_desktop.services.setup.first_setup import SetupRequest, SetupResult
from monggo_desktop.ui.passphrase_hint import secret_field, show_passphrase_hint
from monggo_desktop.ui.profile_texts import quality_text
from monggo_desktop.ui.receiving_texts import install_note, problem_text, step_name
from monggo_desktop.ui.route_fields import RouteFields
from monggo_desktop.ui.theme import set_tone
from monggo_desktop.ui.token_texts import token_text, token_warning_text
from monggo_desktop.ui.viewmodels.setup import SetupViewModel

INTRO, CREDENTIALS, CHECK, PASSPHRASE, SAVE, RECOVERY, RECEIVE = range(7)


class SetupOutcome(Enum):
    SET_UP = "set_up"  # the data directory exists now: open the app
    DEMO = "demo"  # the owner chose to try the demo instead
    CANCELLED = "cancelled"  # nothing was written


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class _WizardPage(QWizardPage):
    def setup_wizard(self) -> SetupWizard:
        return cast(SetupWizard, self.wizard())


class IntroPage(_WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Connect your WhatsApp Business number"))
        self.explanation = _label(
            self.tr(
                "Monggo Pinarak needs two things from your app in Meta's developer dashboard "
                "(developers.facebook.com): an access token and the app secret. For a token that keeps working, "
                "use a system user's: in Meta Business settings open Users → System users, add one, assign it your "
                "app and your WhatsApp account, and Generate new token with the whatsapp_business_messaging and "
                "whatsapp_business_management permissions. The app secret is under App settings → Basic. The app "
                "finds your number from the token and connects this computer to WhatsApp by itself."
            ),
            self,
        )
        self.demo_button = QPushButton(self.tr("Try the demo instead"), self)
        self.demo_button.setObjectName("tryDemo")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        layout.addWidget(_label(self.tr("No Meta account yet? The demo shows every screen with made-up chats."), self))
        layout.addWidget(self.demo_button)


class CredentialsPage(_WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your access token"))
        self.setSubTitle(self.tr("Paste them from Meta. WhatsApp is asked what they reach before anything is saved."))
        self.access_token = secret_field(self)
        self.app_secret = secret_field(self)
        self.phone_number_id = QLineEdit(self)
        self.waba_id = QLineEdit(self)
        self.api_base = QLineEdit(DEFAULT_API_BASE, self)
        form = QFormLayout()
        form.addRow(self.tr("Access token"), self.access_token)
        form.addRow(self.tr("App secret"), self.app_secret)
        self.advanced = QGroupBox(self.tr("Advanced: the ids, if you have them"), self)
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        advanced_form = QFormLayout(self.advanced)
        advanced_form.addRow(self.tr("Phone number id"), self.phone_number_id)
        advanced_form.addRow(self.tr("WhatsApp Business Account id"), self.waba_id)
        advanced_form.addRow(self.tr("API base URL"), self.api_base)
        for field in (self.phone_number_id, self.waba_id, self.api_base):
            field.setEnabled(False)
            self.advanced.toggled.connect(field.setEnabled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced)
        for field in self._required():
            field.textChanged.connect(self.completeChanged)

    def _required(self) -> tuple[QLineEdit, ...]:
        return (self.access_token, self.app_secret)

    def isComplete(self) -> bool:
        return all(field.text().strip() for field in self._required())

    def request(self) -> SetupRequest:
        advanced = self.advanced.isChecked()
        return SetupRequest(
            phone_number_id=self.phone_number_id.text() if advanced else "",
            waba_id=self.waba_id.text() if advanced else "",
            access_token=self.access_token.text(),
            app_secret=self.app_secret.text(),
            api_base_url=self.api_base.text() if advanced else DEFAULT_API_BASE,
        )


class CheckPage(_WizardPage):
    """Runs the live check each time it is entered; Next stays off until WhatsApp answered well."""

    def __init__(self, model: SetupViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._ok = False
        self.failed_field: str | None = None
        self.setTitle(self.tr("Your WhatsApp number"))
        self.status = _label("", self)
        self.status.setObjectName("checkStatus")
        self.numbers = QListWidget(self)
        self.numbers.setObjectName("numbers")
        self.numbers.hide()
        self.numbers.itemSelectionChanged.connect(self.completeChanged)
        self.details = _label("", self)
        self.details.setObjectName("checkDetails")
        self.warning = _label("", self)
        self.warning.setObjectName("tokenWarning")
        set_tone(self.warning, "problem")
        self.warning.hide()
        self._check: AccountCheck | None = None
        self.again = QPushButton(self.tr("Test again"), self)
        self.again.clicked.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.numbers)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(self.again)
        model.checked.connect(self._checked)
        model.check_failed.connect(self._failed)

    def initializePage(self) -> None:
        self.setCommitPage(self._model.keyring_secure)  # the next page saves: no way back past it
        self._start()

    def _start(self) -> None:
        self._ok = False
        self.failed_field = None
        self.again.setEnabled(False)
        set_tone(self.status, None)
        self.status.setText(self.tr("Asking WhatsApp what this token reaches…"))
        self.details.clear()
        self.numbers.clear()
        self.numbers.hide()
        self.warning.hide()
        self._check = None
        self.completeChanged.emit()
        self._model.check(self.setup_wizard().credentials.request())

    def _checked(self, check: AccountCheck) -> None:
        self._ok = True
        self._check = check
        self.again.setEnabled(True)
        set_tone(self.status, "good")
        if len(check.numbers) == 1:
            self.status.setText(self.tr("WhatsApp knows this number. Is it yours?"))
        else:
            self.status.setText(
                self.tr("This token reaches {n} numbers: choose the one for this computer.").format(
                    n=len(check.numbers)
                )
            )
        for number in check.numbers:
            item = QListWidgetItem(
                self.tr("{number} · {name} · Quality: {quality}").format(
                    number=number.display_phone_number or "–",
                    name=number.verified_name or "–",
                    quality=quality_text(number.quality_rating),
                )
            )
            self.numbers.addItem(item)
        if len(check.numbers) == 1:
            self.numbers.setCurrentRow(0)  # the only number: chosen (several: the owner's to say)
        self.numbers.show()
        self.details.setText(token_text(check.token))
        warning = token_warning_text(check.token)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.completeChanged.emit()

    def chosen_request(self) -> SetupRequest:
        """What is saved: the pasted token and secret, with the chosen number's ids and what the token told."""
        assert self._check is not None and self.numbers.selectedIndexes()
        number = self._check.numbers[self.numbers.selectedIndexes()[0].row()]
        return self._check.request_for(self.setup_wizard().credentials.request(), number)

    def _failed(self, field: str, message: str) -> None:
        self._ok = False
        self.failed_field = field
        self.again.setEnabled(True)
        set_tone(self.status, "problem")
        self.status.setText(message)
        self.details.setText(self.tr("Go back to correct it, then test again. Nothing was saved."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ok and bool(self.numbers.selectedIndexes())

    def nextId(self) -> int:
        return SAVE if self._model.keyring_secure else PASSPHRASE


class PassphrasePage(_WizardPage):
    def __init__(self, model: SetupViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setTitle(self.tr("Choose a passphrase"))
        self.setCommitPage(True)
        self.explanation = _label(
            self.tr(
                "This computer has no safe place for passwords, so your passphrase will protect the data. You type "
                "it each time the app starts; without it the data cannot be opened."
            ),
            self,
        )
        self.first = secret_field(self)
        self.second = secret_field(self)
        self.hint = _label("", self)
        self.hint.setObjectName("passphraseHint")
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.first.textChanged.connect(self._typed)
        self.second.textChanged.connect(self._typed)
        self._typed()

    def _typed(self) -> None:
        show_passphrase_hint(self.hint, self.first.text(), self.second.text(), self._model.min_passphrase_length)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return len(self.first.text()) >= self._model.min_passphrase_length and self.first.text() == self.second.text()

    def passphrase(self) -> str | None:
        return None if self._model.keyring_secure else self.first.text()


class SavePage(_WizardPage):
    def __init__(self, model: SetupViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._saving = False
        self.setTitle(self.tr("Saving"))
        self.status = _label("", self)
        self.status.setObjectName("saveStatus")
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.hide()
        self.retry.clicked.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.retry)
        model.saved.connect(self._saved)
        model.save_failed.connect(self._failed)

    def initializePage(self) -> None:
        if self._model.result is None and not self._saving:
            self._start()

    def _start(self) -> None:
        self._saving = True
        self.retry.hide()
        set_tone(self.status, None)
        self.status.setText(self.tr("Creating the encrypted database and storing the credentials…"))
        self.setup_wizard().set_cancellable(False)
        wizard = self.setup_wizard()
        self._model.save(wizard.check.chosen_request(), wizard.passphrase_page.passphrase())

    def _saved(self, result: SetupResult) -> None:
        self._saving = False
        where = self.tr("in the system keyring") if result.recovery_key else self.tr("inside the encrypted database")
        set_tone(self.status, "good")
        self.status.setText(self.tr("Saved. The credentials are kept {where}.").format(where=where))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._saving = False
        set_tone(self.status, "problem")
        self.status.setText(self.tr("Nothing was saved: {reason}").format(reason=message))
        self.retry.show()
        self.setup_wizard().set_cancellable(True)  # nothing was written: leaving is safe again

    def isComplete(self) -> bool:
        return self._model.result is not None

    def nextId(self) -> int:
        result = self._model.result
        return RECOVERY if result is not None and result.recovery_key else RECEIVE


class RecoveryPage(_WizardPage):
    def __init__(self, model: SetupViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setTitle(self.tr("Your recovery key"))
        explanation = _label(
            self.tr(
                "The database key is in the system keyring. If the keyring is ever lost or reset, this recovery key "
                "opens your data again. It is shown only now: write it down or keep it in a password manager."
            ),
            self,
        )
        self.key = QLineEdit(self)
        self.key.setReadOnly(True)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key.text()))
        self.confirm = QCheckBox(self.tr("I have saved it"), self)
        self.confirm.toggled.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._model.result
        self.key.setText(result.recovery_key if result is not None and result.recovery_key else "")

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def nextId(self) -> int:
        return RECEIVE


class ReceivePage(_WizardPage):
    """Receive messages: the route (Automatic preselected), then a checklist that runs live, each failure with
    its reason and Retry. Nobody is sent to Meta's dashboard to paste a callback URL."""

    def __init__(self, model: SetupViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setTitle(self.tr("Receive messages"))
        self.setSubTitle(
            self.tr("Customers' replies reach this computer through a secure public address the app sets up.")
        )
        self.setFinalPage(True)
        self.fields = RouteFields(self)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setObjectName("receiveConnect")
        self.connect_button.clicked.connect(self._connect)
        self.steps: dict[Step, QLabel] = {}
        checklist = QVBoxLayout()
        for step in Step:
            label = _label("", self)
            label.setObjectName(f"step_{step.value}")
            self.steps[step] = label
            checklist.addWidget(label)
        self.result = _label("", self)
        self.result.setObjectName("receiveResult")
        self.fields.changed.connect(lambda: self.connect_button.setEnabled(self.fields.complete()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.connect_button)
        layout.addLayout(checklist)
        layout.addWidget(self.result)
        layout.addStretch(1)
        model.route_progress.connect(self.show_state)
        model.route_done.connect(self._done)
        self.show_state(ReceivingState(route=Route.AUTO, phase=Phase.STOPPED))

    def _connect(self) -> None:
        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Retry"))
        set_tone(self.result, None)
        self.result.setText(self.tr("Connecting… a new tunnel can take up to a minute."))
        fields = self.fields
        self._model.try_route(
            fields.chosen(),
            own_url=fields.own_url.text().strip(),
            tunnel_hostname=fields.hostname.text().strip(),
            cloudflared_path=fields.program.text().strip(),
            tunnel_token=fields.tunnel_token.text().strip() or None,
        )

    def show_state(self, state: ReceivingState) -> None:
        for step, label in self.steps.items():
            done = state.steps.get(step.value)
            mark = "✓" if done else "✗" if done is False else "·"
            label.setText(f"{mark}  {step_name(step)}")
            set_tone(label, "good" if done else "problem" if done is False else None)
        if state.phase is Phase.PROBLEM:
            reason = install_note(here=True) if state.problem is Problem.PROGRAM_MISSING else state.detail
            set_tone(self.result, "problem")
            self.result.setText(f"{problem_text(state)}: {reason}" if reason else problem_text(state))
        elif state.phase is Phase.STARTING and state.detail:
            self.result.setText(state.detail)

    def _done(self, state: ReceivingState) -> None:
        self.connect_button.setEnabled(True)
        if state.can_receive:
            set_tone(self.result, "good")
            self.result.setText(
                self.tr("This computer can receive messages. The app keeps the connection up while it runs.")
            )
        elif state.phase is Phase.OFF:
            set_tone(self.result, None)
            self.result.setText(self.tr("Receiving is off: you can turn it on later in Settings → Receiving messages."))
        elif state.phase is not Phase.PROBLEM:
            set_tone(self.result, "problem")
            self.result.setText(self.tr("Not connected yet: Retry, or finish and the app keeps trying."))

    def nextId(self) -> int:
        return -1


class SetupWizard(QWizard):
    def __init__(self, model: SetupViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.setWindowTitle(self.tr("Set up Monggo Pinarak"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Save"))
        self.intro = IntroPage(self)
        self.credentials = CredentialsPage(self)
        self.check = CheckPage(model, self)
        self.passphrase_page = PassphrasePage(model, self)
        self.save = SavePage(model, self)
        self.recovery = RecoveryPage(model, self)
        self.receive = ReceivePage(model, self)
        for page_id, page in enumerate(
            (self.intro, self.credentials, self.check, self.passphrase_page, self.save, self.recovery, self.receive)
        ):
            self.setPage(page_id, page)
        self.setStartId(INTRO)
        self.intro.demo_button.clicked.connect(self._demo)
        self._demo_chosen = False
        self._cancellable = True
        self._answer: asyncio.Future[SetupOutcome] | None = None

    async def run(self) -> SetupOutcome:
        """Show the wizard; what the owner chose once it closes."""
        self._answer = asyncio.get_running_loop().create_future()
        self.show()
        return await self._answer

    def set_cancellable(self, allowed: bool) -> None:
        self._cancellable = allowed
        self.button(QWizard.WizardButton.CancelButton).setEnabled(allowed)

    def reject(self) -> None:
        if not self._cancellable:
            return  # saving, or saved: the recovery key and the receiving page come first
        super().reject()

    def _demo(self) -> None:
        self._demo_chosen = True
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self._demo_chosen:
            outcome = SetupOutcome.DEMO
        elif self.model.result is not None:
            outcome = SetupOutcome.SET_UP
        else:
            outcome = SetupOutcome.CANCELLED
        self.model.shutdown()
        if self._answer is not None and not self._answer.done():
            self._answer.set_result(outcome)
