"""When the 24-hour window is closed: pick an approved template (grouped by what it is for), fill its values (each
named by what it is, with Meta's sample beside it), see the message as the customer will read it, send."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from monggo_desktop.domain.template_text import fill
from monggo_desktop.domain.views import TemplateChoice
from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP

CATEGORY_ORDER = ("UTILITY", "MARKETING", "AUTHENTICATION")
CATEGORY_WORDS = {
    "UTILITY": QT_TRANSLATE_NOOP("TemplatePicker", "Orders and service (utility)"),
    "MARKETING": QT_TRANSLATE_NOOP("TemplatePicker", "Offers and news (marketing)"),
    "AUTHENTICATION": QT_TRANSLATE_NOOP("TemplatePicker", "Login codes (authentication)"),
}


def value_name(parameter: str) -> str:
    """``customer_name`` -> "Customer name"; a numbered one (``1``) has no name of its own."""
    words = parameter.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


class TemplatePicker(QWidget):
    send_requested = Signal(str, str, list)  # name, language, values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[TemplateChoice] = []
        self._rows: list[TemplateChoice | None] = []  # the combo's rows: a template, or a group's heading
        self._fields: list[QLineEdit] = []
        self.explanation = QLabel(
            self.tr("More than 24 hours since this customer's last message: WhatsApp allows only approved templates."),
            self,
        )
        self.explanation.setWordWrap(True)
        self.combo = QComboBox(self)
        self.form = QFormLayout()
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("templatePreview")
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
        """The templates under a heading per category (orders first, then offers, then codes)."""
        rank = {category: n for n, category in enumerate(CATEGORY_ORDER)}
        self._choices = sorted(
            choices, key=lambda c: (rank.get((c.category or "").upper(), len(rank)), c.name, c.language)
        )
        self._rows = []
        self.combo.blockSignals(True)
        self.combo.clear()
        heading = None
        for choice in self._choices:
            category = (choice.category or "").upper()
            if category != heading:
                heading = category
                self._add_heading(category)
            text = f"{choice.name} ({choice.language})"
            quality = (choice.quality or "").upper()
            if quality in ("YELLOW", "RED"):  # customers blocked or reported it: say so before it is sent again
                text += " · " + (self.tr("low quality") if quality == "RED" else self.tr("quality dropping"))
            self.combo.addItem(text)
            self._rows.append(choice)
        self.combo.blockSignals(False)
        if not self._choices:
            self.combo.addItem(self.tr("No approved templates yet: they are synced from WhatsApp"))
            self._rows.append(None)
        self.combo.setEnabled(bool(self._choices))
        first = next((i for i, row in enumerate(self._rows) if row is not None), 0)
        spoken = QLocale().name().split("_")[0]  # the first template in the window's language, when there is one
        first = next(
            (i for i, row in enumerate(self._rows) if row is not None and row.language.split("_")[0] == spoken), first
        )
        self.combo.setCurrentIndex(first)
        self._chosen(first)

    def _add_heading(self, category: str) -> None:
        words = CATEGORY_WORDS.get(category)
        text = QCoreApplication.translate("TemplatePicker", words) if words else (category.title() or "—")
        self.combo.addItem(text)
        self._rows.append(None)
        model = self.combo.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(self.combo.count() - 1)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)

    def choices(self) -> list[TemplateChoice]:
        return list(self._choices)

    def current(self) -> TemplateChoice | None:
        index = self.combo.currentIndex()
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def choose(self, choice: TemplateChoice) -> None:
        self.combo.setCurrentIndex(self._rows.index(choice))

    def fields(self) -> list[QLineEdit]:
        return list(self._fields)

    def _chosen(self, _index: int) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields = []
        choice = self.current()
        parameters = choice.parameters if choice else ()
        examples = choice.examples if choice else ()
        for number, name in enumerate(parameters):
            field = QLineEdit(self)
            example = examples[number] if number < len(examples) else ""
            if example:
                field.setPlaceholderText(self.tr("For example: {example}").format(example=example))
            field.textChanged.connect(self._update_preview)
            label = self.tr("Value {n}").format(n=name) if name.isdigit() else value_name(name)
            self.form.addRow(label, field)
            self._fields.append(field)
        self._update_preview()

    def _update_preview(self) -> None:
        """The message as the customer will read it: what is typed, and Meta's sample where nothing is yet."""
        choice = self.current()
        values = [f.text().strip() for f in self._fields]
        if choice is None:
            self.preview.setText("")
        else:
            examples = list(choice.examples) + [""] * len(values)
            shown = [value or examples[n] or f"{{{{{choice.parameters[n]}}}}}" for n, value in enumerate(values)]
            self.preview.setText(fill(choice.body, choice.parameters, shown))
        self.send_button.setEnabled(choice is not None and all(values))

    def _send(self) -> None:
        choice = self.current()
        if choice is not None:
            self.send_requested.emit(choice.name, choice.language, [f.text().strip() for f in self._fields])

    def clear_values(self) -> None:
        for field in self._fields:
            field.clear()
