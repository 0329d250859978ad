"""Settings → Receiving: the route, the receiver's own address (advanced), the state now, and Test."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from monggo_desktop.domain.receiving import Phase, Problem, ReceivingState
from monggo_desktop.ui.receiving_texts import headline, install_note
from monggo_desktop.ui.route_fields import RouteFields
from monggo_desktop.ui.settings_sections import add_field
from monggo_desktop.ui.theme import set_tone
from monggo_desktop.ui.viewmodels.receiving import ReceivingViewModel


class ReceivingSection(QGroupBox):
    def __init__(
        self,
        host: QLineEdit,
        port: QSpinBox,
        receiving: ReceivingViewModel | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Receiving messages"), parent)
        self.setObjectName("receivingSection")
        self.fields = RouteFields(self)
        self.save_token_button = self.fields.save_token_button
        self.save_token_button.show()
        self.state = QLabel(self)
        self.state.setObjectName("receivingState")
        self.state.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test"), self)
        self.test_button.setObjectName("receivingTest")
        self.test_result = QLabel(self)
        self.test_result.setObjectName("receivingTestResult")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form = QFormLayout(self)
        form.addRow(self.state)
        form.addRow(self.detail)
        form.addRow(self.fields)
        form.addRow(test_row)
        add_field(
            form,
            self.tr("Receiver address on this computer (advanced)"),
            host,
            self.tr(
                "Where the app waits for WhatsApp's messages. Keep 127.0.0.1: the tunnel reaches it there, and "
                "nothing else on your network can."
            ),
        )
        add_field(
            form,
            self.tr("Receiver port (advanced)"),
            port,
            self.tr("Change it only when another program uses this port, or your own address forwards to another."),
        )
        self._receiving = receiving
        self.test_button.setEnabled(receiving is not None)
        if receiving is not None:
            self.test_button.clicked.connect(self._test)
            receiving.changed.connect(self.show_state)
            receiving.testing.connect(self._testing)
            receiving.tested.connect(self._tested)
            self.show_state(receiving.state)

    def show_state(self, state: ReceivingState) -> None:
        self.state.setText(headline(state, datetime.now(UTC)))
        set_tone(self.state, "good" if state.can_receive else "problem" if state.problem else None)
        detail = install_note(here=True) if state.problem is Problem.PROGRAM_MISSING else state.detail
        if state.public_url and state.phase is not Phase.OFF:
            detail = (detail + "\n" if detail else "") + self.tr("Public address: {url}").format(url=state.public_url)
        self.detail.setText(detail)

    def _test(self) -> None:
        assert self._receiving is not None
        self.test_button.setEnabled(False)
        set_tone(self.test_result, None)
        self.test_result.setText(self.tr("Sending a signed test through the public address…"))
        self._receiving.test()

    def _testing(self, attempt: int) -> None:
        self.test_result.setText(
            self.tr("Not through yet; a new tunnel can take up to a minute (try {n})…").format(n=attempt)
        )

    def _tested(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        set_tone(self.test_result, "good" if ok else "problem")
        self.test_result.setText(message)
