"""The route choice and its fields, the same in the setup wizard and in Settings → Receiving: Automatic (the
default), a stable tunnel (its hostname and token), the owner's own address, or off; and where cloudflared is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from monggo_desktop.domain.receiving import Route
from monggo_desktop.ui.passphrase_hint import secret_field
from monggo_desktop.ui.receiving_texts import route_name
from monggo_desktop.ui.settings_sections import row


class RouteFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.route = QComboBox(self)
        self.route.setObjectName("route")
        for route in (Route.AUTO, Route.STABLE, Route.OWN, Route.OFF):
            self.route.addItem(route_name(route), route)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.hostname = QLineEdit(self)
        self.hostname.setPlaceholderText("shop.example.com")
        self.tunnel_token = secret_field(self)
        self.tunnel_token.setPlaceholderText(self.tr("Paste the tunnel's token (kept like a password)"))
        self.save_token_button = QPushButton(self.tr("Save token"), self)
        self.save_token_button.hide()  # only where the token is saved on its own (Settings)
        token_row = row(self.tunnel_token, self.save_token_button)
        self.own_url = QLineEdit(self)
        self.own_url.setPlaceholderText("https://…")
        self.program = QLineEdit(self)
        self.program.setPlaceholderText(self.tr("Found automatically when installed"))
        self.choose_program = QPushButton(self.tr("Choose…"), self)
        self.choose_program.clicked.connect(self._choose_program)
        program_row = row(self.program, self.choose_program)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.addRow(self.tr("How WhatsApp reaches this computer"), self.route)
        self._form.addRow(self.explanation)
        self._form.addRow(self.tr("Tunnel hostname"), self.hostname)
        self._form.addRow(self.tr("Tunnel token"), token_row)
        self._form.addRow(self.tr("Your https address"), self.own_url)
        self._form.addRow(self.tr("cloudflared program"), program_row)
        self._program_row = program_row
        self._token_row = token_row
        self.route.currentIndexChanged.connect(self._show_fields)
        for field in (self.hostname, self.tunnel_token, self.own_url, self.program):
            field.textChanged.connect(self.changed)
        self._show_fields()

    def chosen(self) -> Route:
        return Route(self.route.currentData())

    def set_route(self, route: Route) -> None:
        self.route.setCurrentIndex(max(0, self.route.findData(route)))

    def _show_fields(self) -> None:
        route = self.chosen()
        self.explanation.setText(
            {
                Route.AUTO: self.tr(
                    "The app runs Cloudflare's free cloudflared program and registers its address with WhatsApp. "
                    "No account needed; the address changes at each start, and the app registers it again."
                ),
                Route.STABLE: self.tr(
                    "A named tunnel in your Cloudflare account: a fixed address on your own domain. Paste its token "
                    "and hostname from Cloudflare's dashboard (Networks → Tunnels)."
                ),
                Route.OWN: self.tr(
                    "An https address that already leads to this computer (your proxy, ngrok or Tailscale Funnel) "
                    "and forwards to the receiver below. The app registers it with WhatsApp."
                ),
                Route.OFF: self.tr("Send only: customers' replies do not reach this computer."),
            }[route]
        )
        for widget, routes in (
            (self.hostname, (Route.STABLE,)),
            (self._token_row, (Route.STABLE,)),
            (self.own_url, (Route.OWN,)),
            (self._program_row, (Route.AUTO, Route.STABLE)),
        ):
            self._form.setRowVisible(widget, route in routes)
        self.changed.emit()

    def _choose_program(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the cloudflared program"))
        if path:
            self.program.setText(path)

    def complete(self) -> bool:
        route = self.chosen()
        if route is Route.STABLE:
            return bool(self.hostname.text().strip())
        if route is Route.OWN:
            return bool(self.own_url.text().strip())
        return True
