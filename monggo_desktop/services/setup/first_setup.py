"""First setup of a data directory (and re-running it to replace credentials), and key recovery."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, replace

from monggo_desktop.domain.account_rules import (
    DEFAULT_API_BASE,
    DEFAULT_API_VERSION,
    check_api_base,
    check_api_version,
    check_meta_id,
)
from monggo_desktop.domain.errors import (
    InsecureKeyringError,
    InvalidInputError,
    KeyringError,
    NotSetUpError,
    PassphraseRequiredError,
    WeakPassphraseError,
)
from monggo_desktop.domain.keys import Passphrase, RawKey
from monggo_desktop.domain.meta_token import EXPIRY_SETTING
from monggo_desktop.domain.models import Account
from monggo_desktop.domain.settings import KEYS
from monggo_desktop.domain.words import Words
from monggo_desktop.security import recovery_key, vault_config
from monggo_desktop.security.keyring_vetting import assess
from monggo_desktop.security.vault import API_CREDENTIALS, KeyringVault, SecretName
from monggo_desktop.security.vault_config import UnlockMode, VaultConfig
from monggo_desktop.services.account.credentials import CredentialStore
from monggo_desktop.services.session import Session, Unlocker, unlock
from monggo_desktop.storage import Database, Store
from monggo_desktop.storage.data_dir import DataDirectory

log = logging.getLogger("monggo.services")

MIN_PASSPHRASE_LENGTH = 12


@dataclass(frozen=True, slots=True)
class SetupRequest:
    phone_number_id: str
    waba_id: str
    access_token: str
    app_secret: str
    verify_token: str = ""  # empty: the app makes one (it registers the webhook itself, so nobody types it)
    api_base_url: str = DEFAULT_API_BASE
    api_version: str = DEFAULT_API_VERSION
    app_id: str = ""  # the Meta app the token belongs to (from debug_token); empty: not known
    token_expires_at: int | None = None  # seconds since the epoch, 0: never; None: not known

    def checked(self, *, require_ids: bool = True) -> SetupRequest:
        """The request with every field validated, or the first problem as a user-facing error. Without
        ``require_ids`` the two ids may be empty (the token names the number: services/setup/discovery.py)."""
        verify_token = self.verify_token.strip() or new_verify_token()
        for label, value in (
            (Words("access token"), self.access_token),
            (Words("app secret"), self.app_secret),
            (Words("webhook verify token"), verify_token),
        ):
            if not value or not value.strip():
                raise InvalidInputError("the {what} is empty", what=label)
            if any(ch.isspace() for ch in value.strip()):
                raise InvalidInputError("the {what} contains spaces: paste it again without them", what=label)
        return SetupRequest(
            phone_number_id=_id(self.phone_number_id, Words("phone number id"), require_ids),
            waba_id=_id(self.waba_id, Words("WhatsApp Business Account id"), require_ids),
            access_token=self.access_token.strip(),
            app_secret=self.app_secret.strip(),
            verify_token=verify_token,
            api_base_url=check_api_base(self.api_base_url),
            api_version=check_api_version(self.api_version),
            app_id=self.app_id.strip() if self.app_id.strip().isdigit() else "",
            token_expires_at=self.token_expires_at,
        )

    def secrets(self) -> dict[SecretName, str]:
        return {
            SecretName.ACCESS_TOKEN: self.access_token,
            SecretName.APP_SECRET: self.app_secret,
            SecretName.VERIFY_TOKEN: self.verify_token,
        }


@dataclass(frozen=True, slots=True)
class SetupResult:
    mode: UnlockMode
    created: bool
    recovery_key: str | None = None  # shown once, keyring mode only
    passphrase_reason: str | None = None  # why passphrase mode was chosen


def _id(value: str, what: Words, required: bool) -> str:
    return check_meta_id(value, what) if required or value.strip() else ""


def new_verify_token() -> str:
    """The webhook verify token: Meta echoes it in its verification GET; nobody needs to type it."""
    return secrets.token_urlsafe(24)


def check_passphrase_strength(passphrase: Passphrase) -> None:
    if len(passphrase.value) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(
            "the passphrase is too short: use at least {least} characters "
            "(four or five unrelated words are easy to remember and hard to guess)",
            least=MIN_PASSPHRASE_LENGTH,
        )


def set_up(data_dir: DataDirectory, unlocker: Unlocker, request: SetupRequest) -> SetupResult:
    """Create the data directory, its database and the account; or, if it exists, update them.

    Passphrase mode is used when a passphrase is given, or when the keyring cannot keep secrets safely.
    A failure part-way leaves nothing behind: no database, no keyring entry.
    """
    request = request.checked()
    _forget_unfinished_setup(data_dir, unlocker)
    if data_dir.exists():
        with unlock(data_dir, unlocker) as session:
            _record(session, request)
        return SetupResult(mode=session.config.mode, created=False)

    verdict = assess(unlocker.keyring_backend)
    if unlocker.passphrase is None and not verdict.secure:
        raise PassphraseRequiredError(
            "{reason}, so Monggo Pinarak uses passphrase mode: "
            "set MONGGO_PASSPHRASE or pass --passphrase-file to choose the passphrase",
            reason=verdict.words,
        )
    data_dir.prepare()
    if unlocker.passphrase is not None:
        check_passphrase_strength(unlocker.passphrase)
        reason = None if verdict.secure else verdict.reason
        config = VaultConfig.new(UnlockMode.PASSPHRASE)
        key: RawKey | Passphrase = unlocker.passphrase
    else:
        reason = None
        config = VaultConfig.new(UnlockMode.KEYRING)
        key = RawKey.generate()
    vault = unlocker.vault(config) if config.mode is UnlockMode.KEYRING else None
    try:
        vault_config.write(data_dir.vault_config, config)
        if vault is not None and isinstance(key, RawKey):
            vault.set_database_key(key)
        Database.open(data_dir.database, key, create=True).close()
        with unlock(data_dir, unlocker) as session:
            _record(session, request)
    except BaseException:
        _undo_creation(data_dir, vault)
        raise
    shown = recovery_key.encode(key) if isinstance(key, RawKey) else None
    return SetupResult(mode=config.mode, created=True, recovery_key=shown, passphrase_reason=reason)


def _forget_unfinished_setup(data_dir: DataDirectory, unlocker: Unlocker) -> None:
    """A setup killed between writing vault.json and creating the database left a key for no database:
    drop both, so that this setup starts clean. An existing database is never touched here."""
    config = vault_config.read(data_dir.vault_config)
    if config is None or data_dir.database.exists():
        return
    if config.mode is UnlockMode.KEYRING and assess(unlocker.keyring_backend).secure:
        unlocker.vault(config).delete_all()
    data_dir.remove_database_files()


def _record(session: Session, request: SetupRequest) -> None:
    _store_credentials(session.credentials, request.secrets())

    def upsert(store: Store) -> None:
        account = store.accounts.get_by_phone_number_id(request.phone_number_id)
        if account is None:
            store.accounts.add(
                Account(
                    phone_number_id=request.phone_number_id,
                    waba_id=request.waba_id,
                    api_base_url=request.api_base_url,
                    api_version=request.api_version,
                )
            )
        else:
            account.waba_id = request.waba_id
            account.api_base_url = request.api_base_url
            account.api_version = request.api_version
            store.accounts.update(account)
        if request.app_id:
            store.settings.set(KEYS["app_id"], request.app_id)
        if request.token_expires_at is not None:
            store.settings.set(EXPIRY_SETTING, request.token_expires_at)

    session.db.call(upsert)


def _store_credentials(credentials: CredentialStore, secrets: dict[SecretName, str]) -> None:
    for name in API_CREDENTIALS:
        credentials.set(name, secrets[name])


def _undo_creation(data_dir: DataDirectory, vault: KeyringVault | None) -> None:
    try:
        if vault is not None:
            vault.delete_all()
    except KeyringError as exc:
        log.warning("could not remove the keyring entries of the failed setup: %s", exc)
    data_dir.remove_database_files()


def recover(data_dir: DataDirectory, unlocker: Unlocker, recovery_text: str) -> None:
    """Put the database key back into the keyring from the recovery key, after proving it opens the database.

    With the app lock on, this turns the lock off (its passphrase is what was forgotten); the owner can
    turn it on again with a new passphrase in the settings.
    """
    config = vault_config.read(data_dir.vault_config)
    if config is None or not data_dir.database.exists():
        raise NotSetUpError()
    if config.mode is not UnlockMode.KEYRING:
        raise InvalidInputError(
            "this database is opened with a passphrase and there is no keyring to put a key into: "
            'use "Forgot the passphrase?" in the app\'s unlock window'
        )
    secret = recovery_key.decode(recovery_text)
    verdict = assess(unlocker.keyring_backend)
    if not verdict.secure:
        raise InsecureKeyringError("{reason}: the key cannot be put back into it", reason=verdict.words)
    # A wrong recovery key fails here, changing nothing; an interrupted re-key is settled.
    with unlock(data_dir, replace(unlocker, passphrase=None, recovery=secret)) as session:
        key, config = session.db.key, session.config
    assert isinstance(key, RawKey)
    unlocker.vault(config).set_database_key(key)
    if config.slots.lock is not None:
        vault_config.write(data_dir.vault_config, replace(config, slots=replace(config.slots, lock=None)))
