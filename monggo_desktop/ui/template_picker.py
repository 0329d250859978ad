"""When the 24-hour window is closed: pick an approved template, fill its parameters, see the preview, send."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from monggo_desktop.domain.template_text import fill
from monggo_desktop.domain.views import TemplateChoice


class TemplatePicker(QWidget):
    send_requested = Signal(str, str, list)  # name, language, values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[TemplateChoice] = []
        self._fields: list[QLineEdit] = []
        self.explanation = QLabel(
            self.tr("More than 24 hours since this customer's last message: WhatsApp allows only approved templates."),
            self,
        )
        self.explanation.setWordWrap(True)
        self.combo = QComboBox(self)
        self.form = QFormLayout()
        self.preview = QLabel(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("background: #d9fdd3; border-radius: 6px; padding: 8px;")
        self.send_button = QPushButton(self.tr("Send template"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.combo)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.send_button)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.send_button.clicked.connect(self._send)
        self.set_choices([])

    def set_choices(self, choices: list[TemplateChoice]) -> None:
        self._choices = list(choices)
        self.combo.blockSignals(True)
        self.combo.clear()
        for choice in self._choices:
            category = (choice.category or "").lower()
            text = f"{choice.name} ({choice.language}) · {category}" if category else choice.name
            quality = (choice.quality or "").upper()
            if quality in ("YELLOW", "RED"):  # customers blocked or reported it: say so before it is sent again
                text += " · " + (self.tr("low quality") if quality == "RED" else self.tr("quality dropping"))
            self.combo.addItem(text)
        self.combo.blockSignals(False)
        if not self._choices:
            self.combo.addItem(self.tr("No approved templates yet: they are synced from WhatsApp"))
        self.combo.setEnabled(bool(self._choices))
        self._chosen(0)

    def choices(self) -> list[TemplateChoice]:
        return list(self._choices)

    def current(self) -> TemplateChoice | None:
        index = self.combo.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def fields(self) -> list[QLineEdit]:
        return list(self._fields)

    def _chosen(self, _index: int) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields = []
        choice = self.current()
        for name in choice.parameters if choice else ():
            field = QLineEdit(self)
            field.setPlaceholderText(self.tr("Value for {name}").format(name=name))
            field.textChanged.connect(self._update_preview)
            self.form.addRow(f"{{{{{name}}}}}", field)
            self._fields.append(field)
        self._update_preview()

    def _update_preview(self) -> None:
        choice = self.current()
        values = [f.text().strip() for f in self._fields]
        self.preview.setText(fill(choice.body, choice.parameters, values) if choice else "")
        self.send_button.setEnabled(choice is not None and all(values))

    def _send(self) -> None:
        choice = self.current()
        if choice is not None:
            self.send_requested.emit(choice.name, choice.language, [f.text().strip() for f in self._fields])

    def clear_values(self) -> None:
        for field in self._fields:
            field.clear()
