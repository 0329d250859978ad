"""Translations: the Indonesian catalogue is complete, keeps its placeholders, ships in the package and is used."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from monggo_desktop.domain.models import Direction
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.views import BubbleView
from monggo_desktop.services.messaging.chat_reads import ChatHeader
from monggo_desktop.ui.chat_panel import window_text
from monggo_desktop.ui.i18n import LANGUAGES, install_translator, remove_translators, system_language
from monggo_desktop.ui.models.chat_model import ChatModel, day_header_text
from monggo_desktop.ui.template_picker import TemplatePicker

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    yield
    remove_translators()  # other tests expect the English source strings and the system locale


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every live message of monggo_<lang>.ts."""
    root = ET.parse(TS_DIR / f"monggo_{lang}.ts").getroot()  # noqa: S314
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def forms(translation: ET.Element) -> list[str]:
    """A translation's text, or its plural forms (``%n`` messages) in Qt's order for the language."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def chat_model_with_one_bubble_today(qapp) -> ChatModel:
    model = ChatModel(today=lambda: TODAY)
    at = datetime.combine(TODAY, time(9, 30)).astimezone()
    model.set_newest(
        [
            BubbleView(
                message_id=1,
                direction=Direction.INBOUND,
                type="text",
                text="halo",
                at=at,
                status=MessageStatus.RECEIVED,
            )
        ],
        has_older=False,
    )
    return model


def test_indonesian_replaces_the_english_strings(qapp):
    assert install_translator(qapp, "id") == "id"
    assert QCoreApplication.translate("ChatModel", "Today") == "Hari ini"
    assert day_header_text(TODAY, TODAY) == "Hari ini"
    assert day_header_text(date(2026, 11, 24), TODAY) == "Kemarin"
    assert "Agustus" in day_header_text(date(2026, 8, 20), TODAY)  # dates follow the language too
    model = chat_model_with_one_bubble_today(qapp)
    assert model.data(model.index(0, 0), ChatModel.DayHeaderRole) == "Hari ini"
    picker = TemplatePicker()
    assert picker.send_button.text() == "Kirim template"
    assert picker.combo.currentText().startswith("Belum ada template")
    closes = datetime(2026, 11, 25, 12, 0)
    header = ChatHeader(title="Bu Sri", phone_display="+62 812-0000-0001", window_closes_at=closes, window_open=True)
    assert window_text(header, datetime(2026, 11, 25, 9, 45)) == "Masih bisa membalas 2 jam 15 menit lagi"


def test_english_keeps_the_source_strings(qapp):
    assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("ChatModel", "Today") == "Today"
    assert "August" in day_header_text(date(2026, 8, 20), TODAY)
    model = chat_model_with_one_bubble_today(qapp)
    assert model.data(model.index(0, 0), ChatModel.DayHeaderRole) == "Today"
    assert TemplatePicker().send_button.text() == "Send template"


def test_switching_back_and_removing_restore_english(qapp):
    install_translator(qapp, "id")
    install_translator(qapp, "en")  # replaces, does not stack on, the Indonesian one
    assert QCoreApplication.translate("ChatPanel", "Send") == "Send"
    install_translator(qapp, "id")
    remove_translators()
    assert QCoreApplication.translate("ChatPanel", "Send") == "Send"
    assert QLocale().name() == QLocale.system().name()  # the system's locale again


def test_no_language_means_the_system_one(qapp):
    assert install_translator(qapp, None) == system_language()


def test_an_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="unknown UI language"):
        install_translator(qapp, "jv")


def test_every_indonesian_message_is_translated():
    found = messages("id")
    assert len(found) >= 30
    untranslated = [
        (ctx, source)
        for ctx, source, tr in found
        if tr.get("type") == "unfinished" or not all(form.strip() for form in forms(tr))
    ]
    assert untranslated == []


def test_placeholders_survive_in_each_translation():
    for _ctx, source, translation in messages("id"):
        for form in forms(translation):
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), source
            assert ("%n" in form) == ("%n" in source), source
    assert any(PLACEHOLDER.search(source) for _ctx, source, _tr in messages("id"))


def test_the_english_catalogue_lists_the_same_messages():
    assert {(c, s) for c, s, _ in messages("en")} == {(c, s) for c, s, _ in messages("id")}


def test_the_shipped_catalogue_matches_the_sources(qapp):
    """A stale .qm (``make translations`` not run after editing the .ts) would miss some of these."""
    install_translator(qapp, "id")
    stale = [
        (ctx, source)
        for ctx, source, translation in messages("id")
        if QCoreApplication.translate(ctx, source, "", 7) != forms(translation)[0].replace("%n", "7")
    ]
    assert stale == []


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("en", "The self-check found 1 problem (", "The self-check found 3 problems ("),
        ("id", "Pemeriksaan mandiri menemukan 1 masalah (", "Pemeriksaan mandiri menemukan 3 masalah ("),
    ],
)
def test_counts_take_the_language_s_plural_forms(qapp, lang, one, many):
    """Qt's %n plurals: "1 problem" and "3 problems" in English; Indonesian has one form for both."""
    from monggo_desktop.ui.counted_texts import counted

    install_translator(qapp, lang)
    found = "The self-check found %n problem(s) ({when}):"
    assert QCoreApplication.translate("AuditBox", found, "", 1).startswith(one)
    assert QCoreApplication.translate("AuditBox", found, "", 3).startswith(many)
    assert counted().days_ago(1) == ("1 day ago" if lang == "en" else "1 hari yang lalu")
    assert counted().new_messages(2) == ("2 new messages" if lang == "en" else "2 pesan baru")


def test_every_plural_source_has_the_english_forms():
    """Without them English would show "1 message(s)"."""
    plural = [(ctx, src, tr) for ctx, src, tr in messages("en") if "%n" in src]
    assert len(plural) >= 15
    for _ctx, source, translation in plural:
        singular, many = forms(translation)
        assert "(s)" not in singular + many, source
        assert singular != many or "(s)" not in source, source  # "+%n more" is the same in both


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogues_ship_in_the_package(lang):
    assert (resources.files("monggo_desktop.resources.i18n") / f"monggo_{lang}.qm").is_file()


def test_every_text_in_the_sources_has_an_indonesian_translation(tmp_path):
    """lupdate over the sources into a copy of monggo_id.ts: a text added to the UI and not translated (or
    ``make translations`` not run) comes back unfinished, and is named here."""
    import subprocess
    import sys

    copy = tmp_path / "monggo_id.ts"
    copy.write_bytes((TS_DIR / "monggo_id.ts").read_bytes())
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ui = Path(__file__).resolve().parents[2] / "monggo_desktop" / "ui"
    subprocess.run(
        [str(lupdate), "-extensions", "py", "-no-obsolete", "-locations", "none", str(ui), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(copy).getroot()  # noqa: S314
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and (translation.get("type") == "unfinished" or not all(f.strip() for f in forms(translation)))
    ]
    assert missing == []


def test_qts_own_buttons_and_menus_speak_indonesian(qapp):
    """Qt has no qtbase_id: the wizard's, the dialogs' and the edit menus' texts come from qt_id.ts."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

    install_translator(qapp, "id")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Close
    )
    texts = {button.text() for button in buttons.buttons()}
    assert {"OK", "Batal", "&Ya", "&Tidak", "Tutup"} <= texts
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Lanjut >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Kembali"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Selesai"
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    assert {"&Salin", "T&empel", "Pilih Semua"} <= {action.text().split("\t")[0] for action in menu.actions()}
    remove_translators()
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert english.buttons()[0].text() == "Cancel"
