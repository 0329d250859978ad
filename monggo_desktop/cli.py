"""Command line (design.md section 8). Argument parsing only: every sub-command calls one service.

Errors a user can fix print one line on stderr and exit non-zero; there is no traceback for them.

Imports inside functions: each sub-command loads only what it uses, so ``status`` or ``--help`` answer at once.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from monggo_desktop import __version__
from monggo_desktop.domain.account_rules import DEFAULT_API_BASE, DEFAULT_API_VERSION
from monggo_desktop.domain.errors import InvalidInputError, PassphraseRequiredError, UserFacingError
from monggo_desktop.domain.keys import Passphrase

if TYPE_CHECKING:  # imported lazily at run time, so that --version and --help start instantly
    from monggo_desktop.services.session import Unlocker
    from monggo_desktop.storage.data_dir import DataDirectory

PROG = "monggo-desktop"
ENV_PASSPHRASE = "MONGGO_PASSPHRASE"  # noqa: S105 (a variable name)
ENV_KEYRING_SERVICE = "MONGGO_KEYRING_SERVICE"
ENV_EXPORT_PASSPHRASE = "MONGGO_EXPORT_PASSPHRASE"  # noqa: S105 (a variable name)
CREDENTIAL_ENV = {
    "access_token": "MONGGO_ACCESS_TOKEN",
    "app_secret": "MONGGO_APP_SECRET",
    "verify_token": "MONGGO_VERIFY_TOKEN",
}


def _common(parser: argparse.ArgumentParser) -> None:
    """The options every sub-command takes before or after its name. SUPPRESS: given only before the name, the
    top-level value stands (a sub-parser's own default would otherwise overwrite it with None)."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="data directory (default: the platform's, or MONGGO_DATA_DIR)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=argparse.SUPPRESS,
        help="file whose first line is the passphrase (passphrase mode)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log progress too, not only problems"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Monggo Pinarak Desktop: WhatsApp Business Cloud API on your desktop."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--data-dir", type=Path, help="data directory (default: the platform's, or MONGGO_DATA_DIR)")
    parser.add_argument("--passphrase-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=("en", "id"), help="language of the interface")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress too, not only problems")
    parser.add_argument(
        "--demo", action="store_true", help="run on the built-in Cloud API simulator, no account needed"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check that this installation works (a temporary database, the keyring, the window offscreen) and exit",
    )
    parser.set_defaults(handler=_run_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    setup = sub.add_parser(
        "setup", help="create the data directory and store the account and its credentials (the token names the number)"
    )
    _common(setup)
    setup.add_argument(
        "--phone-number-id",
        help="the phone number id (default: the token's only number; with several, the command lists them)",
    )
    setup.add_argument(
        "--waba-id", help="the WhatsApp Business Account id (default: the one the token names for the number)"
    )
    setup.add_argument("--api-base", default=DEFAULT_API_BASE, help=f"Graph API base URL (default {DEFAULT_API_BASE})")
    setup.add_argument(
        "--api-version",
        default=DEFAULT_API_VERSION,
        help=f"Graph API version (default {DEFAULT_API_VERSION})",
    )
    setup.add_argument(
        "--from-env",
        action="store_true",
        help="read the credentials from " + ", ".join(CREDENTIAL_ENV.values()),
    )
    setup.set_defaults(handler=_cmd_setup)

    recover = sub.add_parser("recover", help="put the database key back into the keyring from the recovery key")
    _common(recover)
    recover.add_argument(
        "--recovery-key-file", type=Path, help="file holding the recovery key ('-' reads standard input)"
    )
    recover.set_defaults(handler=_cmd_recover)

    export = sub.add_parser(
        "export", help="write the account's data, or one customer's, to a ZIP file (access and portability)"
    )
    _common(export)
    export.add_argument("--out", type=Path, required=True, help="the ZIP file to write")
    export.add_argument("--contact", metavar="PHONE", help="export only this customer's data")
    export.add_argument("--force", action="store_true", help="replace the file at --out if there is one")
    encryption = export.add_mutually_exclusive_group()
    encryption.add_argument(
        "--encrypt",
        dest="encrypt",
        action="store_true",
        default=True,
        help=f"encrypt the ZIP with AES-256 (the default); the passphrase comes from {ENV_EXPORT_PASSPHRASE}"
        " or is asked for",
    )
    encryption.add_argument(
        "--no-encrypt", dest="encrypt", action="store_false", help="write a plain ZIP (it holds personal data)"
    )
    export.set_defaults(handler=_cmd_export)

    backup = sub.add_parser("backup", help="write an encrypted backup of the database and media under backups/")
    _common(backup)
    backup.set_defaults(handler=_cmd_backup)

    from monggo_desktop.cli_restore import cmd_restore

    restore = sub.add_parser("restore", help="restore a backup into an empty data directory")
    _common(restore)
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file (monggo-backup-….zip)")
    restore.add_argument(
        "--force", action="store_true", help="replace a data directory in use (its files are kept aside)"
    )
    restore.set_defaults(handler=cmd_restore)

    audit = sub.add_parser("audit", help="check the security promises on this data directory; non-zero on a finding")
    _common(audit)
    audit.set_defaults(handler=_cmd_audit)

    forget = sub.add_parser(
        "forget", help="delete all data of one customer now (the right to deletion) and keep a receipt"
    )
    _common(forget)
    forget.add_argument(
        "phone", metavar="CUSTOMER", help="the customer's number (+6281234567890, 0812…), BSUID (ID.1234…) or @username"
    )
    forget.set_defaults(handler=_cmd_forget)

    retention = sub.add_parser(
        "retention", help="remove what is past its retention period now (privacy policy 6.3), and say how much"
    )
    _common(retention)
    retention.add_argument("--dry-run", action="store_true", help="only count what would be removed")
    retention.set_defaults(handler=_cmd_retention)

    from monggo_desktop.cli_receiving import add_commands as add_receiving_commands

    add_receiving_commands(sub, _common)

    contacts = sub.add_parser("contacts", help="import contacts from, or export them to, a CSV or vCard file")
    contacts_sub = contacts.add_subparsers(title="contacts commands", metavar="{import,export}", required=True)
    contacts_import = contacts_sub.add_parser(
        "import", help="add or merge contacts from a CSV (name, phone, labels, notes) or vCard file"
    )
    contacts_import.add_argument("file", metavar="FILE", type=Path, help="the .csv or .vcf file to import")
    _common(contacts_import)
    contacts_import.set_defaults(handler=_cmd_contacts_import)
    contacts_export = contacts_sub.add_parser("export", help="write every contact to a CSV or vCard file")
    contacts_export.add_argument("file", metavar="FILE", type=Path, help="the file to write: .csv or .vcf")
    _common(contacts_export)
    contacts_export.set_defaults(handler=_cmd_contacts_export)

    sim = sub.add_parser("simulator", help="run the Cloud API simulator on this machine (loopback only)")
    sim.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    sim.add_argument("--webhook-url", help="where the simulator posts its signed webhooks (a loopback URL)")
    sim.add_argument("--app-secret", help="the secret that signs the webhooks")
    sim.add_argument("--access-token", help="accept only this bearer token (default: any)")
    sim.set_defaults(handler=_cmd_simulator)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # everything we create (database, WAL, SHM, logs) is the owner's only
    args = build_parser().parse_args(argv)
    from monggo_desktop import logging_setup

    logging_setup.configure(None, verbose=args.verbose)  # stderr only until a data directory is open
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UserFacingError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


# --- helpers shared by the sub-commands -------------------------------------------------------------


def _log_into(data_dir: DataDirectory, args: argparse.Namespace) -> None:
    """Add the data directory's log file, once the directory exists (logs never create one)."""
    from monggo_desktop import logging_setup

    if data_dir.exists():
        logging_setup.configure(data_dir.logs, verbose=args.verbose)


def _data_dir(args: argparse.Namespace) -> DataDirectory:
    from monggo_desktop.storage.data_dir import DataDirectory, default_data_dir

    root = args.data_dir.expanduser() if args.data_dir else default_data_dir()
    return DataDirectory(root.absolute())


def _passphrase(args: argparse.Namespace) -> Passphrase | None:
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(
                "cannot read the passphrase file {path}: {reason}", path=str(path), reason=_reason(exc)
            ) from None
        line = text.splitlines()[0] if text else ""
        if not line:
            raise InvalidInputError("the passphrase file {path} is empty", path=str(path))
        return Passphrase(line)
    env = os.environ.get(ENV_PASSPHRASE)
    return Passphrase(env) if env else None


def _unlocker(args: argparse.Namespace, passphrase: Passphrase | None = None) -> Unlocker:
    from monggo_desktop.security.keyring_vetting import system_keyring
    from monggo_desktop.security.vault import DEFAULT_SERVICE
    from monggo_desktop.services.session import Unlocker

    return Unlocker(
        keyring_backend=system_keyring(),
        service=os.environ.get(ENV_KEYRING_SERVICE, DEFAULT_SERVICE),
        passphrase=passphrase if passphrase is not None else _passphrase(args),
    )


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return "not readable text"


# --- sub-commands ------------------------------------------------------------------------------------


def _cmd_setup(args: argparse.Namespace) -> int:
    import asyncio

    from monggo_desktop.services.owner_lock import refuse_if_receiving
    from monggo_desktop.services.setup.check import resolve_request
    from monggo_desktop.services.setup.first_setup import SetupRequest, set_up

    secrets = _read_credentials(args.from_env)
    request = SetupRequest(
        phone_number_id=args.phone_number_id or "",
        waba_id=args.waba_id or "",
        api_base_url=args.api_base,
        api_version=args.api_version,
        access_token=secrets.get("access_token", ""),
        app_secret=secrets.get("app_secret", ""),
        verify_token=secrets.get("verify_token", ""),
    ).checked(require_ids=False)
    data_dir = _data_dir(args)
    if data_dir.exists():
        refuse_if_receiving(data_dir, "running setup again")
    request, warning = asyncio.run(resolve_request(request))  # the token's number, app and expiry, from Meta
    if warning:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    _log_into(data_dir, args)
    unlocker = _unlocker(args)
    try:
        result = set_up(data_dir, unlocker, request)
    except PassphraseRequiredError:
        if not _interactive():
            raise
        print(f"{PROG}: the system keyring cannot keep secrets safely, so your data gets a passphrase.")
        result = set_up(data_dir, _unlocker(args, _prompt_new_passphrase()), request)
    _log_into(data_dir, args)

    if not result.created:
        print(f"Updated the account and credentials in {data_dir.root}.")
        return 0
    print(f"Set up Monggo Pinarak in {data_dir.root} ({result.mode.value} mode).")
    if result.passphrase_reason:
        print(
            f"{PROG}: note: this computer has no safe place for passwords ({result.passphrase_reason}), so your"
            " passphrase protects the data and the credentials.",
            file=sys.stderr,
        )
    if result.recovery_key:
        print()
        print("Recovery key (shown only now). Write it down and keep it somewhere safe: it opens your data")
        print("if the system keyring is ever lost or reset (`monggo-desktop recover`).")
        print()
        print(f"    {result.recovery_key}")
        print()
    return 0


def _read_credentials(from_env: bool) -> dict[str, str]:
    if from_env:
        # The verify token may be left out: the app makes one (it registers the webhook with Meta itself).
        missing = [var for field, var in CREDENTIAL_ENV.items() if not os.environ.get(var) and field != "verify_token"]
        if missing:
            raise InvalidInputError("--from-env needs these variables set: " + ", ".join(missing))
        return {field: os.environ.get(var, "") for field, var in CREDENTIAL_ENV.items()}
    if not _interactive():
        raise InvalidInputError(
            "no credentials given: pass --from-env with "
            + " and ".join(var for field, var in CREDENTIAL_ENV.items() if field != "verify_token")
            + " set"
        )
    prompts = {"access_token": "Access token: ", "app_secret": "App secret: "}
    return {field: getpass.getpass(prompt) for field, prompt in prompts.items()}


def _prompt_new_passphrase() -> Passphrase:
    first = getpass.getpass("New passphrase (at least 12 characters): ")
    if getpass.getpass("Repeat it: ") != first:
        raise InvalidInputError("the two passphrases differ: nothing was created, run setup again")
    return Passphrase(first)


def _cmd_recover(args: argparse.Namespace) -> int:
    from monggo_desktop.services.setup.first_setup import recover

    path: Path | None = args.recovery_key_file
    if path is not None and str(path) == "-":
        text = sys.stdin.read()
    elif path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(
                "cannot read the recovery key file {path}: {reason}", path=str(path), reason=_reason(exc)
            ) from None
    elif _interactive():
        text = getpass.getpass("Recovery key: ")
    else:
        raise InvalidInputError("give the recovery key with --recovery-key-file FILE (or - for standard input)")
    data_dir = _data_dir(args)
    recover(data_dir, _unlocker(args), text)
    print("The database key is back in the system keyring; Monggo Pinarak opens as before.")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from monggo_desktop.services.privacy.export import ExportRequest, ExportScope, export_data
    from monggo_desktop.services.session import unlock

    data_dir = _data_dir(args)
    request = ExportRequest(out=args.out, contact=args.contact, force=args.force, data_dir=data_dir.root).checked()
    if args.encrypt:  # asked for once the target is known to be fine
        request = replace(request, passphrase=_export_passphrase()).checked()
    _log_into(data_dir, args)
    with unlock(data_dir, _unlocker(args)) as session:
        result = export_data(session.db, request, media_dir=session.data_dir.media)

    counts = result.counts
    whose = "one customer's data" if result.scope is ExportScope.CONTACT else "the whole account"
    how = "encrypted with AES-256" if result.encrypted else "NOT encrypted"
    print(
        f"Exported {whose} ({_plural(counts['contacts'], 'contact')}, "
        f"{_plural(counts['conversations'], 'conversation')}, {_plural(counts['messages'], 'message')}, "
        f"{_plural(counts['transcripts'], 'transcript')}, {_plural(counts['media_files'], 'media file')}; "
        f"{how}) to {result.path}"
    )
    if not result.encrypted:
        print(
            f"{PROG}: note: {result.path} holds personal data unencrypted: keep it safe and delete it when done",
            file=sys.stderr,
        )
    return 0


def _export_passphrase() -> Passphrase:
    env = os.environ.get(ENV_EXPORT_PASSPHRASE)
    if env:
        return Passphrase(env)
    if not _interactive():
        raise InvalidInputError(
            f"the export is encrypted by default: set {ENV_EXPORT_PASSPHRASE} to its passphrase, or pass --no-encrypt"
        )
    first = getpass.getpass("Passphrase for the export (at least 12 characters): ")
    if getpass.getpass("Repeat it: ") != first:
        raise InvalidInputError("the two passphrases differ: nothing was exported")
    return Passphrase(first)


_PLURALS = {"entry": "entries"}  # the nouns the commands count whose plural is not noun + "s"


def _plural(count: int, noun: str) -> str:
    if count == 1:
        return f"{count} {noun}"
    head, _, last = noun.rpartition(" ")
    many = _PLURALS.get(last, last + "s")
    return f"{count} {head + ' ' if head else ''}{many}"


def _cmd_audit(args: argparse.Namespace) -> int:
    from monggo_desktop.services.privacy.audit import audit
    from monggo_desktop.services.session import unlock

    data_dir = _data_dir(args)
    unlocker = _unlocker(args)
    with unlock(data_dir, unlocker) as session:
        report = audit(session, unlocker.keyring_backend)
    for check in report.checks:
        print(f"checked: {check.text}")
    for finding in report.findings:
        print(f"{PROG}: finding: {finding}", file=sys.stderr)
    if report.clean:
        print("All checks hold.")
        return 0
    return 1


def _cmd_backup(args: argparse.Namespace) -> int:
    import asyncio

    from monggo_desktop.domain.privacy import BackupTrigger
    from monggo_desktop.services.privacy.backup import Backups
    from monggo_desktop.services.session import unlock

    data_dir = _data_dir(args)
    _log_into(data_dir, args)
    with unlock(data_dir, _unlocker(args)) as session:
        backups = Backups(session.db, data_dir)
        try:
            result = asyncio.run(backups.make(BackupTrigger.COMMAND))  # recorded, so the privacy center lists it
        finally:
            backups.close()
    size_mib = result.size / (1 << 20)
    print(
        f"Backed up to {result.path} ({size_mib:.1f} MiB, {_plural(result.media_files, 'media file')});"
        " it is encrypted with the database's own key and is removed after 90 days."
    )
    return 0


def _cmd_forget(args: argparse.Namespace) -> int:
    import asyncio

    from monggo_desktop.domain.settings import AppSettings
    from monggo_desktop.services.privacy.forget import META_DELETED, META_NOT_DELETED, forget_customer
    from monggo_desktop.services.session import unlock

    data_dir = _data_dir(args)
    _log_into(data_dir, args)
    with unlock(data_dir, _unlocker(args)) as session:
        region = session.db.call(lambda s: AppSettings.from_stored(s.settings.all()).region)
        receipt = asyncio.run(forget_customer(session, args.phone, region=region))
    counts = receipt.counts
    print(
        f"Deleted one customer's data: {_plural(counts['conversations'], 'conversation')}, "
        f"{_plural(counts['messages'], 'message')}, {_plural(counts['media_files'], 'media file')}, "
        f"{_plural(counts['consent_entries'], 'consent entry')}. Receipt {receipt.id} ({receipt.state.value});"
        " it keeps only a salted hash of the number (or BSUID), the times and these counts."
    )
    if META_DELETED in counts:
        sent = counts[META_DELETED] + counts[META_NOT_DELETED]
        print(f"Files sent to them and kept by Meta: {counts[META_DELETED]} of {sent} deleted there.")
        if counts[META_NOT_DELETED]:
            print(
                f"{PROG}: note: {_plural(counts[META_NOT_DELETED], 'file')} could not be deleted at Meta now"
                " (offline or refused); Meta removes uploads after 30 days",
                file=sys.stderr,
            )
    return 0


def _cmd_retention(args: argparse.Namespace) -> int:
    import asyncio

    from monggo_desktop.services.privacy.retention import Retention, RetentionCounts, RetentionPeriods
    from monggo_desktop.services.session import unlock

    data_dir = _data_dir(args)
    _log_into(data_dir, args)
    with unlock(data_dir, _unlocker(args)) as session:
        retention = Retention(session.db, data_dir)

        async def both() -> tuple[RetentionPeriods, RetentionCounts]:
            return await retention.periods(), await (retention.dry_run() if args.dry_run else retention.run())

        periods, counts = asyncio.run(both())
    verb = "would be removed now" if args.dry_run else "removed"
    rows = (
        (f"messages, {_days(periods.messages)} after delivery", counts.messages),
        ("media files of those messages", counts.media_files),
        (f"raw webhook bodies, {_days(periods.messages)} after receipt", counts.webhook_bodies),
        (f"closed accounts, {_days(periods.closed_accounts)} after closing", counts.closed_accounts),
        (f"usage analytics events, after {_days(periods.usage_events)}", counts.usage_events),
        (f"backups, after {_days(periods.backups)}", counts.backups),
        (f"log files, after {_days(periods.logs)}", counts.log_files),
    )
    width = max(len(label) for label, _ in rows)
    for label, count in rows:
        print(f"{label:<{width}}  {count:>9,} {verb}")
    return 0


def _days(period: timedelta) -> str:
    return _plural(period.days, "day")


def _cmd_simulator(args: argparse.Namespace) -> int:
    from monggo_desktop.cloud.simulator import SimulatorConfig, run_simulator
    from monggo_desktop.domain.account_rules import is_loopback_host

    if not 0 <= args.port <= 65535:
        raise InvalidInputError("--port takes a number from 0 to 65535")
    if args.webhook_url:
        from urllib.parse import urlsplit

        parts = urlsplit(args.webhook_url)
        if parts.scheme not in ("http", "https") or not parts.hostname or not is_loopback_host(parts.hostname):
            raise InvalidInputError(
                "--webhook-url must be a URL on this machine, such as http://127.0.0.1:8080/webhook"
            )
    config = SimulatorConfig(port=args.port, webhook_url=args.webhook_url, access_token=args.access_token)
    if args.app_secret:
        config.app_secret = args.app_secret
    return run_simulator(config)


def _run_gui(args: argparse.Namespace) -> int:
    if args.smoke:
        from monggo_desktop.smoke import run_smoke

        return run_smoke()
    from monggo_desktop.app import run_gui

    if args.demo:
        return run_gui(demo=True, data_dir=args.data_dir, lang=args.lang)
    passphrase = _passphrase(args)  # a passphrase file that cannot be read is said before the window opens
    # The keyring is found on the app's unlocking thread, while the window is being made.
    return run_gui(demo=False, data_dir=args.data_dir, lang=args.lang, unlocker=lambda: _unlocker(args, passphrase))


def _cmd_contacts_import(args: argparse.Namespace) -> int:
    from monggo_desktop.services.contacts.importing import import_records, load_records
    from monggo_desktop.services.session import unlock

    records = load_records(args.file)  # a file that cannot be imported at all is said before unlocking
    data_dir = _data_dir(args)
    _log_into(data_dir, args)
    with unlock(data_dir, _unlocker(args)) as session:
        result = import_records(session.db, records)
    print(f"Imported {args.file}: {result.summary()}.")
    for report in result.reports:  # line numbers and reasons only: nothing the file holds
        print(report, file=sys.stderr)
    if result.rejected:
        rows = _plural(result.rejected, "row")
        print(f"{PROG}: {rows} rejected: correct them and import the file again", file=sys.stderr)
        return 1
    return 0


def _cmd_contacts_export(args: argparse.Namespace) -> int:
    from monggo_desktop.services.contacts.exporting import check_target, export_contacts
    from monggo_desktop.services.session import unlock

    out = check_target(args.file)  # before the database is unlocked
    data_dir = _data_dir(args)
    _log_into(data_dir, args)
    with unlock(data_dir, _unlocker(args)) as session:
        result = export_contacts(session.db, out)
    print(f"Exported {_plural(result.contacts, 'contact')} to {result.path}")
    return 0
