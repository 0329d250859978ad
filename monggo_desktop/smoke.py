"""`monggo-desktop --smoke`: a quick check that this installation works, for CI and for a build just made.

It uses nothing of the owner's: the data directory is a temporary folder (removed at the end) whose
database is keyed with a random passphrase that is never shown; the keyring entry it writes has a service
name of its own and is deleted again; the window is drawn offscreen. The output names what was checked
and never a secret. Each check says ``ok``, ``skip`` (a secure keyring is not on every machine) or
``FAIL``; any failure makes the exit status 1.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import pkgutil
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from monggo_desktop import __version__
from monggo_desktop.security.redaction import redact

SMOKE_KEYRING_SERVICE = "Monggo Pinarak smoke check"
_PHONE = "+6281200000001"  # a made-up customer for the one conversation the window lists

log = logging.getLogger("monggo.app")


class Skipped(Exception):
    """The check does not apply on this machine; the message says why."""


def run_smoke() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # drawn without a screen, on a desktop as on CI
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6 import __version__ as qt_version

    kind = "frozen build" if getattr(sys, "frozen", False) else "from source"
    print(f"monggo-desktop {__version__} ({kind}), Python {sys.version.split()[0]}, Qt {qt_version}")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="monggo-smoke-") as tmp:
        data = Path(tmp, "data")
        passphrase = secrets.token_urlsafe(24)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("modules", _modules),
            ("translations", _translations),
            ("database", lambda: _database(data, passphrase)),
            ("keyring", _keyring),
            ("window", lambda: _window(data, passphrase)),
        ]
        for name, check in checks:
            try:
                print(f"ok    {name}: {check()}", flush=True)
            except Skipped as reason:
                print(f"skip  {name}: {reason}", flush=True)
            except Exception as exc:
                failures += 1
                log.debug("the %s check failed", name, exc_info=True)
                print(f"FAIL  {name}: {redact(f'{type(exc).__name__}: {exc}')}", flush=True)
    print("smoke check passed" if not failures else f"smoke check failed ({failures} of {len(checks)} checks)")
    return 0 if not failures else 1


def _modules() -> str:
    """Every module of the app imports: a frozen build holds what the app loads only when it needs it."""
    import monggo_desktop

    names = [
        info.name
        for info in pkgutil.walk_packages(monggo_desktop.__path__, "monggo_desktop.")
        if info.name != "monggo_desktop.__main__"  # importing it would start the app
    ]
    for name in names:
        importlib.import_module(name)
    if len(names) < 50:  # the packages' modules could not be listed: the check would prove nothing
        raise RuntimeError(f"only {len(names)} modules found")
    return f"all {len(names)} modules of the app import"


def _translations() -> str:
    from importlib import resources

    from PySide6.QtCore import QTranslator

    from monggo_desktop.ui.i18n import LANGUAGES

    for lang in LANGUAGES:
        translator = QTranslator()
        data = (resources.files("monggo_desktop.resources.i18n") / f"monggo_{lang}.qm").read_bytes()
        if not translator.load(data) or not translator.language().startswith(lang):  # en has no entries
            raise RuntimeError(f"the {lang} catalogue does not load")
    return ", ".join(LANGUAGES) + " catalogues load"


def _database(data: Path, passphrase: str) -> str:
    """An encrypted database made the way setup makes one, written, then opened again and checked."""
    from keyring.backends.fail import Keyring as NoKeyring

    from monggo_desktop.domain.keys import Passphrase
    from monggo_desktop.domain.models import Contact, Direction, Message
    from monggo_desktop.domain.status import MessageStatus
    from monggo_desktop.services.session import Unlocker, unlock
    from monggo_desktop.services.setup.first_setup import SetupRequest, set_up
    from monggo_desktop.storage import Store
    from monggo_desktop.storage.data_dir import DataDirectory

    directory = DataDirectory(data)
    unlocker = Unlocker(NoKeyring(), passphrase=Passphrase(passphrase))  # type: ignore[no-untyped-call]  # keyring's own class
    request = SetupRequest(
        phone_number_id="100000000000001",
        waba_id="100000000000002",
        access_token=secrets.token_urlsafe(32),
        app_secret=secrets.token_hex(16),
        verify_token=secrets.token_hex(8),
    )
    set_up(directory, unlocker, request)

    def write(store: Store) -> None:
        with store.transaction():
            account = store.accounts.get_by_phone_number_id(request.phone_number_id)
            assert account is not None and account.id is not None
            contact = store.contacts.add(Contact(phone_e164=_PHONE, wa_id=_PHONE[1:], profile_name="Smoke"))
            assert contact.id is not None
            conversation = store.conversations.get_or_create(account.id, contact.id)
            assert conversation.id is not None
            store.messages.add(
                Message(
                    conversation_id=conversation.id,
                    direction=Direction.INBOUND,
                    type="text",
                    body="smoke check",
                    status=MessageStatus.RECEIVED,
                    wamid=f"wamid.smoke{secrets.token_hex(8)}",
                )
            )

    with unlock(directory, unlocker) as session:
        session.db.call(write)
    if directory.database.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError("the database file is not encrypted")
    with unlock(directory, unlocker) as session:
        problems = session.db.integrity_problems()
        version = session.db.call(lambda s: s.conn.execute("PRAGMA cipher_version").fetchone()[0])
        messages = session.db.call(lambda s: s.conn.execute("SELECT count(*) FROM messages").fetchone()[0])
    if problems or messages != 1:
        raise RuntimeError(f"reopened with {messages} messages and {len(problems)} integrity problems")
    return f"SQLCipher {version}: created encrypted, written, reopened and checked"


def _keyring() -> str:
    """A secret written to the system keyring the app uses, read back and deleted, when there is a secure one."""
    from monggo_desktop.security.keyring_vetting import assess, backend_name, system_keyring

    found = system_keyring()  # the Secret Service asked directly, or what keyring finds through its entry points
    verdict = assess(found)
    if verdict.backend is None:
        raise Skipped(f"no secure keyring backend ({verdict.reason}); the app would use passphrase mode")
    backend = verdict.backend
    user, secret = f"smoke-{secrets.token_hex(6)}", secrets.token_urlsafe(24)
    backend.set_password(SMOKE_KEYRING_SERVICE, user, secret)
    try:
        if backend.get_password(SMOKE_KEYRING_SERVICE, user) != secret:
            raise RuntimeError("the entry read back differs from the one written")
    finally:
        backend.delete_password(SMOKE_KEYRING_SERVICE, user)
    if backend.get_password(SMOKE_KEYRING_SERVICE, user) is not None:
        raise RuntimeError("the entry is still there after deleting it")
    chosen = "" if backend is found else f" (of {backend_name(found)})"
    return f"{verdict.backend_name}{chosen}: an entry written, read back and deleted"


def _window(data: Path, passphrase: str) -> str:
    """The main window as the app composes it on that database, drawn offscreen."""
    import qasync
    from keyring.backends.fail import Keyring as NoKeyring

    from monggo_desktop.app import application
    from monggo_desktop.domain.keys import Passphrase
    from monggo_desktop.services.session import Unlocker

    if not data.exists():
        raise Skipped("needs the database check's data directory")
    app = application("en")
    unlocker = Unlocker(NoKeyring(), passphrase=Passphrase(passphrase))  # type: ignore[no-untyped-call]
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        size, rows, colours = runner.run(_draw(data, unlocker))
    if app.windowIcon().isNull():
        raise RuntimeError("the app has no icon")
    if rows != 1 or colours < 2:
        raise RuntimeError(f"the window listed {rows} conversations in {colours} colours")
    return f"the main window drawn offscreen at {size}, listing the conversation, with the app icon"


async def _draw(data: Path, unlocker: object) -> tuple[str, int, int]:
    """Start the app on ``data`` without its messaging engine (no network), paint the window, stop."""
    from PySide6.QtCore import Qt

    from monggo_desktop.app import start

    running = await start(demo=False, data_dir=data, unlocker=unlocker, lang="en")  # type: ignore[arg-type]
    if running is None:
        raise RuntimeError("the app did not open the database")
    window = running.window
    try:
        window.show()
        await window.first_page_shown()  # type: ignore[attr-defined]
        image = window.grab().toImage()
        rows = window.list_model.rowCount()  # type: ignore[attr-defined]
        small = image.scaled(32, 32, Qt.AspectRatioMode.IgnoreAspectRatio)
        colours = len({small.pixel(x, y) for x in range(32) for y in range(32)})
        return f"{image.width()}x{image.height()}", rows, colours
    finally:
        window.shutdown()  # type: ignore[attr-defined]
        window.hide()
        await running.stop()
        window.deleteLater()
