"""Render the main screens with demo data, offscreen, to PNG files: look at the app as a user would.

Usage: .venv/bin/python tools/screenshots.py [OUT_DIR] [--scale 2]   (default docs/screenshots)
Writes NAME-en.png and NAME-id.png for every main screen (those later updates fill show what they will hold), the
chat and the settings in the dark theme too (NAME-dark-LANG.png). With --scale 2 (Qt's QT_SCALE_FACTOR, as on a
200 % screen) it writes only the chat and the settings, as NAME-200-LANG.png, drawn at twice the pixels.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtWidgets import QApplication

from monggo_desktop.app import start
from monggo_desktop.domain.settings import Theme
from monggo_desktop.ui.i18n import install_translator
from monggo_desktop.ui.theme import apply_theme

SHOWCASE = "Sari Wulandari"


async def settle(seconds: float) -> None:
    """Let the viewmodels' queries and the engine's first events land."""
    await asyncio.sleep(seconds)  # the qasync loop paints and delivers Qt events meanwhile


async def shoot(out: Path, lang: str, scale: int = 1) -> list[Path]:
    if scale != 1:
        return await shoot_scaled(out, lang, scale)
    running = await start(demo=True, data_dir=None, unlocker=None)
    assert running is not None
    window = running.window
    written: list[Path] = []

    async def save(name: str, wait: float) -> None:
        await settle(wait)
        path = out / f"{name}-{lang}.png"
        window.grab().save(str(path))
        written.append(path)

    try:
        window.resize(1100, 720)
        window.show()
        await save("conversations", 1.0)
        rows = window.list_model.rows()  # type: ignore[attr-defined]
        richest = next(i for i, r in enumerate(rows) if r.title == SHOWCASE)  # a photo, a reply and a reaction
        window.list_view.setCurrentIndex(window.list_model.index(richest, 0))  # type: ignore[attr-defined]
        await save("chat", 1.0)
        apply_theme(QApplication.instance(), Theme.DARK)  # type: ignore[arg-type]
        await save("chat-dark", 0.5)
        window.show_screen(3)  # type: ignore[attr-defined]
        await save("settings-dark", 0.8)
        window.show_screen(0)  # type: ignore[attr-defined]
        apply_theme(QApplication.instance(), Theme.SYSTEM)  # type: ignore[arg-type]
        await settle(0.3)
        window.list_view.setCurrentIndex(  # type: ignore[attr-defined]
            window.list_model.index(window.list_model.rowCount() - 1, 0)  # type: ignore[attr-defined]
        )  # the customer whose 24-hour window is closed: the template picker
        await save("templates", 1.5)
        window.show_screen(1)  # type: ignore[attr-defined]
        await settle(0.5)
        contacts = window.contacts_page  # type: ignore[attr-defined]
        rows = [contacts.model.row_at(i).name for i in range(contacts.model.rowCount())]
        contacts.table.selectRow(rows.index(SHOWCASE))  # a customer with a label, a reply and a photo
        await save("contacts", 0.6)
        with tempfile.TemporaryDirectory() as scratch:
            await give_the_privacy_center_history(window, Path(scratch))
        for number, name in enumerate(("profile", "settings", "privacy", "reports"), start=2):
            window.show_screen(number)  # type: ignore[attr-defined]
            await save(name, 0.8)
            if name == "privacy":  # a long page: its lower half too
                page = window.pages.currentWidget()  # type: ignore[attr-defined]
                page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
                await save("privacy-more", 0.3)
    finally:
        window.shutdown()  # type: ignore[attr-defined]
        window.close()
        await running.stop()
    written.append(await shoot_setup(out, lang))
    written.append(await shoot_lock(out, lang))
    return written


async def shoot_scaled(out: Path, lang: str, scale: int) -> list[Path]:
    """The chat and the settings as a screen at ``scale`` times 100 % shows them (QT_SCALE_FACTOR is set)."""
    running = await start(demo=True, data_dir=None, unlocker=None)
    assert running is not None
    window = running.window
    written: list[Path] = []
    try:
        window.resize(1100, 720)
        window.show()
        await settle(1.0)
        rows = window.list_model.rows()  # type: ignore[attr-defined]
        richest = next(i for i, r in enumerate(rows) if r.title == SHOWCASE)
        window.list_view.setCurrentIndex(window.list_model.index(richest, 0))  # type: ignore[attr-defined]
        for name, screen in (("chat", 0), ("settings", 3)):
            window.show_screen(screen)  # type: ignore[attr-defined]
            await settle(1.0)
            path = out / f"{name}-{scale}00-{lang}.png"
            picture = window.grab()
            assert picture.devicePixelRatio() == scale, "QT_SCALE_FACTOR was not taken"
            picture.save(str(path))
            written.append(path)
    finally:
        window.shutdown()  # type: ignore[attr-defined]
        window.close()
        await running.stop()
    return written


async def shoot_lock(out: Path, lang: str) -> Path:
    """What the window shows while the app lock holds it: the lock screen, at the window's size."""
    from monggo_desktop.ui.lock_screen import LockScreen

    screen = LockScreen()
    screen.setWindowTitle("Monggo Pinarak")
    screen.resize(1100, 720)
    screen.show()
    screen.reset()
    await settle(0.3)
    path = out / f"lock-{lang}.png"
    screen.grab().save(str(path))
    screen.close()
    screen.deleteLater()
    return path


async def give_the_privacy_center_history(window, scratch: Path) -> None:  # type: ignore[no-untyped-def]
    """What a shop that has used the app a while sees there: a customer deleted on request, an export made."""
    from PySide6.QtWidgets import QMessageBox

    contacts = window.contacts_page
    contacts.table.selectRow(contacts.model.rowCount() - 1)  # not the showcase customer
    await settle(0.5)
    question = QMessageBox.question
    QMessageBox.question = lambda *_args, **_kw: QMessageBox.StandardButton.Yes  # the owner confirms
    try:
        contacts.detail.forget_button.click()
        await settle(0.8)
    finally:
        QMessageBox.question = question
    window.show_screen(4)
    await settle(0.5)
    dialog = window.pages.currentWidget().open_export()
    dialog.target.setText(str(scratch / "monggo-export.zip"))
    dialog.passphrase.setText("contoh frasa sandi yang panjang")
    dialog.start()
    await settle(1.0)
    dialog.accept()


async def shoot_setup(out: Path, lang: str) -> Path:
    """The first start on an empty data directory: the setup wizard's first page."""
    from PySide6.QtWidgets import QWizard

    with tempfile.TemporaryDirectory() as empty:
        starting = asyncio.ensure_future(start(demo=False, data_dir=Path(empty) / "data", unlocker=None, lang=lang))
        wizard = None
        for _ in range(100):
            await settle(0.05)
            wizard = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()), None)
            if wizard is not None:
                break
        assert wizard is not None, "the setup wizard did not appear"
        wizard.resize(760, 540)
        await settle(0.3)
        path = out / f"setup-{lang}.png"
        wizard.grab().save(str(path))
        wizard.reject()  # cancelled: nothing is written, start() ends with None
        assert await starting is None
    return path


def main() -> int:
    os.umask(0o077)  # as `monggo-desktop` sets it: the privacy center's self-check sees the app's own files
    args = sys.argv[1:]
    scale = 1
    if "--scale" in args:
        at = args.index("--scale")
        scale = int(args[at + 1])
        del args[at : at + 2]
        os.environ["QT_SCALE_FACTOR"] = str(scale)  # before the QApplication: as a 200 % screen draws
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # closing the window must not stop the loop before the clean shutdown
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        for lang in ("en", "id"):
            install_translator(app, lang)
            for path in runner.run(shoot(out, lang, scale)):
                print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
