"""The business profile screen: what customers see on WhatsApp (about, address, description, e-mail, two
websites, category, photo), checked as the owner types, and the phone number's details, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monggo_desktop.domain.profile import (
    PROFILE_ABOUT,
    PROFILE_ADDRESS,
    PROFILE_DESCRIPTION,
    PROFILE_EMAIL,
    PROFILE_WEBSITE,
    VERTICALS,
    PhoneDetails,
    ProfileFields,
    ProfileSnapshot,
)
from monggo_desktop.ui.error_words import kept_text
from monggo_desktop.ui.models.contact_table_model import when_text
from monggo_desktop.ui.profile_texts import (
    messaging_limit_text,
    name_status_text,
    problem_text,
    quality_text,
    throughput_text,
    vertical_text,
)
from monggo_desktop.ui.sentences import sentence
from monggo_desktop.ui.theme import Tone, set_tone
from monggo_desktop.ui.viewmodels.profile import ProfileViewModel

PREVIEW_SIDE = 160


class ProfilePage(QWidget):
    def __init__(self, viewmodel: ProfileViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = viewmodel
        self._dirty = False  # edited since the profile was last shown: a late answer must not overwrite it
        self._filling = False
        self._busy = False
        self.heading = QLabel(self.tr("Business profile"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.source = QLabel(self.tr("Loading the profile…"), self)
        self.source.setObjectName("profileSource")
        self.source.setWordWrap(True)

        self.about = QLineEdit(self)
        self.address = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(110)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("halo@toko.example"))
        self.website1 = QLineEdit(self)
        self.website2 = QLineEdit(self)
        for site in (self.website1, self.website2):
            site.setPlaceholderText(self.tr("https://toko.example"))
        self.vertical = QComboBox(self)
        self.counters: dict[str, QLabel] = {}
        self._limits = {
            "about": PROFILE_ABOUT,
            "address": PROFILE_ADDRESS,
            "description": PROFILE_DESCRIPTION,
            "email": PROFILE_EMAIL,
            "website1": PROFILE_WEBSITE,
            "website2": PROFILE_WEBSITE,
        }
        self.problem = QLabel(self)
        self.problem.setObjectName("profileProblem")
        set_tone(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.result = QLabel(self)
        self.result.setObjectName("profileResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Fetch the profile from WhatsApp again (unsaved edits are dropped)"))

        self.preview = QLabel(self)
        self.preview.setObjectName("profilePhoto")
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.choose_photo_button = QPushButton(self.tr("Choose photo…"), self)
        self.use_photo_button = QPushButton(self.tr("Use this photo"), self)
        self.use_photo_button.setEnabled(False)
        self.photo_note = QLabel(self)
        self.photo_note.setWordWrap(True)
        self.phone_labels: dict[str, QLabel] = {}

        self._layout()
        for edit in (self.about, self.address, self.email, self.website1, self.website2):
            edit.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.vertical.activated.connect(self._edited)
        self.save_button.clicked.connect(self._save)
        self.reload_button.clicked.connect(self._reload)
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.use_photo_button.clicked.connect(self._use_photo)
        viewmodel.loaded.connect(self.show_snapshot)
        viewmodel.saved.connect(lambda text: self._tell(text, "good"))
        viewmodel.error.connect(self._error)
        viewmodel.busy.connect(self._set_busy)
        viewmodel.photo_ready.connect(self._photo_ready)
        self._fill_verticals(None)
        self._set_editable(False)  # nothing to save over until the profile is shown; Reload stays usable
        self._check()
        viewmodel.load()

    def _layout(self) -> None:
        self.form = QGroupBox(self.tr("What customers see"), self)
        form = QFormLayout(self.form)
        rows = (
            (self.tr("About"), self.about, "about"),
            (self.tr("Address"), self.address, "address"),
            (self.tr("Description"), self.description, "description"),
            (self.tr("E-mail"), self.email, "email"),
            (self.tr("Website 1"), self.website1, "website1"),
            (self.tr("Website 2"), self.website2, "website2"),
        )
        for label, edit, name in rows:
            counter = QLabel(self.form)
            counter.setObjectName(f"{name}Counter")
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            counter.setMinimumWidth(72)
            self.counters[name] = counter
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(counter)
            form.addRow(label, row)
        form.addRow(self.tr("Category"), self.vertical)
        form.addRow(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        photo = QGroupBox(self.tr("Profile photo"), self)
        photo_layout = QVBoxLayout(photo)
        photo_layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.choose_photo_button)
        photo_buttons.addWidget(self.use_photo_button)
        photo_layout.addLayout(photo_buttons)
        photo_layout.addWidget(self.photo_note)

        phone = QGroupBox(self.tr("Phone number"), self)
        phone_form = QFormLayout(phone)
        names = (
            ("display_number", self.tr("Number")),
            ("verified_name", self.tr("Verified name")),
            ("name_status", self.tr("Name status")),
            ("quality_rating", self.tr("Quality rating")),
            ("throughput_level", self.tr("Throughput")),
            ("messaging_limit", self.tr("Messaging limit")),
        )
        for name, label in names:
            value = QLabel("–", phone)
            value.setObjectName(f"phone_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.phone_labels[name] = value
            phone_form.addRow(label, value)

        side = QVBoxLayout()
        side.addWidget(photo)
        side.addWidget(phone)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.form, 3)
        columns.addLayout(side, 2)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.source)
        content_layout.addLayout(columns)
        content_layout.addWidget(self.result)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # What the form holds ----------------------------------------------------------------------------

    def current_fields(self) -> ProfileFields:
        return ProfileFields(
            about=self.about.text(),
            address=self.address.text(),
            description=self.description.toPlainText(),
            email=self.email.text(),
            websites=(self.website1.text(), self.website2.text()),
            vertical=self.vertical.currentData(),
        )

    def _texts(self) -> dict[str, str]:
        return {
            "about": self.about.text(),
            "address": self.address.text(),
            "description": self.description.toPlainText(),
            "email": self.email.text(),
            "website1": self.website1.text(),
            "website2": self.website2.text(),
        }

    def _check(self) -> None:
        """Counters, the red line and the Save button follow every keystroke."""
        for name, text in self._texts().items():
            limit = self._limits[name]
            counter = self.counters[name]
            counter.setText(self.tr("{n} / {limit}").format(n=len(text), limit=limit))
            set_tone(counter, "problem" if len(text) > limit else None)
        problems = self.current_fields().problems()
        self.problem.setText("\n".join(problem_text(problem) for problem in problems))
        self.problem.setVisible(bool(problems))
        self.save_button.setEnabled(not problems and not self._busy and self._vm.snapshot is not None)

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._dirty = True
        self.result.hide()
        self._check()

    # From the viewmodel ----------------------------------------------------------------------------

    def show_snapshot(self, snapshot: ProfileSnapshot) -> None:
        self.source.setText(self._source_text(snapshot))
        self._show_phone(snapshot.phone)
        if self._vm.photo is None:
            self._show_picture(snapshot)
        # An answer that arrives while the owner types keeps their edits (unless it is what they saved).
        if not self._dirty or snapshot.fields == self.current_fields().cleaned():
            self._fill(snapshot.fields)
        self._set_editable(True)
        self._check()

    def _source_text(self, snapshot: ProfileSnapshot) -> str:
        when = when_text(snapshot.fetched_at)
        if not snapshot.from_cache:
            return self.tr("Up to date with WhatsApp as of {when}.").format(when=when)
        if snapshot.note is None:
            return self.tr("Showing the copy kept on this computer, fetched {when}. Checking WhatsApp…").format(
                when=when
            )
        offline = self.tr("Offline: showing the copy kept on this computer, fetched {when}.").format(when=when)
        return f"{offline} {sentence(kept_text(snapshot.note))}"

    def _fill(self, fields: ProfileFields) -> None:
        self._filling = True
        try:
            self.about.setText(fields.about)
            self.address.setText(fields.address)
            self.description.setPlainText(fields.description)
            self.email.setText(fields.email)
            sites = [*fields.websites, "", ""]
            self.website1.setText(sites[0])
            self.website2.setText(sites[1])
            self._fill_verticals(fields.vertical)
        finally:
            self._filling = False
        self._dirty = False

    def _fill_verticals(self, chosen: str | None) -> None:
        self.vertical.clear()
        if chosen is None:  # once chosen, WhatsApp does not let it go back to none
            self.vertical.addItem(self.tr("Choose a category"), None)
        codes = list(VERTICALS) if chosen is None or chosen in VERTICALS else [*VERTICALS, chosen]
        for code in codes:
            self.vertical.addItem(vertical_text(code), code)
        self.vertical.setCurrentIndex(max(0, self.vertical.findData(chosen)))

    def _show_phone(self, phone: PhoneDetails | None) -> None:
        details = phone or PhoneDetails()
        values = {
            "display_number": details.display_number or self.tr("Not reported"),
            "verified_name": details.verified_name or self.tr("Not reported"),
            "name_status": name_status_text(details.name_status),
            "quality_rating": quality_text(details.quality_rating),
            "throughput_level": throughput_text(details.throughput_level),
            "messaging_limit": messaging_limit_text(details.messaging_limit),
        }
        for name, text in values.items():
            self.phone_labels[name].setText(text)

    def _show_picture(self, snapshot: ProfileSnapshot) -> None:
        self.photo_note.setText(self.tr("A square photo; the middle of a wider picture is kept."))
        pixmap = QPixmap()
        if snapshot.picture is not None and pixmap.loadFromData(snapshot.picture):
            self._preview(pixmap)
        elif snapshot.picture_url:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("A photo is set; it shows here when WhatsApp can be reached."))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No profile photo yet"))

    def _preview(self, pixmap: QPixmap) -> None:
        self.preview.setText("")
        smooth = Qt.TransformationMode.SmoothTransformation
        self.preview.setPixmap(pixmap.scaled(PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio, smooth))

    def _photo_ready(self, photo: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(photo)
        self._preview(pixmap)
        self.use_photo_button.setEnabled(not self._busy)
        self.photo_note.setText(self.tr("This is how customers will see it. Upload it with “Use this photo”."))

    def _set_editable(self, editable: bool) -> None:
        for edit in (self.about, self.address, self.description, self.email, self.website1, self.website2):
            edit.setEnabled(editable)
        self.vertical.setEnabled(editable)

    def _error(self, text: str) -> None:
        self._tell(text, "problem")
        if self._vm.snapshot is None:
            self.source.setText(self.tr("The profile is not loaded yet: press Reload to try again."))

    def _tell(self, text: str, tone: Tone) -> None:
        set_tone(self.result, tone)
        self.result.setText(text)
        self.result.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.reload_button.setEnabled(not busy)
        self.choose_photo_button.setEnabled(not busy)
        self.use_photo_button.setEnabled(not busy and self._vm.photo is not None)
        self._check()

    # User actions ----------------------------------------------------------------------------------

    def _save(self) -> None:
        self.result.hide()
        self._vm.save(self.current_fields())

    def _reload(self) -> None:
        self.result.hide()
        self._dirty = False  # the owner asked for WhatsApp's profile over their edits
        self._vm.reload()

    def choose_photo(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a profile photo"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)"))
        dialog.fileSelected.connect(self.use_photo_file)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def use_photo_file(self, path: str) -> None:
        """A picture chosen: cropped to a square and previewed; "Use this photo" uploads it."""
        self.result.hide()
        self._vm.prepare_photo(path)

    def _use_photo(self) -> None:
        self.result.hide()
        self.use_photo_button.setEnabled(False)
        self._vm.upload_photo()
