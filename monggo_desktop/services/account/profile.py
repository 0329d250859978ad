"""What the business profile screen asks of the app: the profile and the phone number's details, fetched
from WhatsApp and kept in the database for offline viewing, edits checked then saved, a new photo uploaded.

The Cloud API client is made after the window shows (and not at all without an access token), so the
service asks for it each time through ``client``; until there is one, it shows the local copy.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from monggo_desktop.cloud import limits
from monggo_desktop.cloud.errors import CloudApiError, ErrorKind
from monggo_desktop.domain.errors import InvalidInputError, UserFacingError
from monggo_desktop.domain.models import utc_now
from monggo_desktop.domain.profile import PhoneDetails, ProfileFields, ProfileInvalidError, ProfileSnapshot
from monggo_desktop.domain.words import Words
from monggo_desktop.storage import Database, Store

if TYPE_CHECKING:  # the client (httpx) loads after the window is up
    from monggo_desktop.cloud.client import CloudApiClient
    from monggo_desktop.cloud.models import BusinessProfile, PhoneNumberInfo

log = logging.getLogger("monggo.services")

# Settings keys, one per account. The profile is what customers see anyway: nothing secret in it.
CACHE_SETTING = "profile.cache.{account}"
PICTURE_SETTING = "profile.picture.{account}"
PICTURE_CACHE_MAX = 1_000_000  # a larger photo is shown when online, not kept (the settings are read whole)
PHOTO_TYPES = ("image/jpeg", "image/png")


class NotConnectedError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("not connected to WhatsApp yet: add the access token with `monggo-desktop setup`")


class ProfileRefusedError(UserFacingError):
    """WhatsApp refused the change; the message carries its reason."""


class ProfileService:
    def __init__(
        self,
        db: Database,
        account_id: int,
        client: Callable[[], CloudApiClient | None],
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._account_id = account_id
        self._client = client
        self._now = now

    # Reads ----------------------------------------------------------------------------------------

    async def cached(self) -> ProfileSnapshot | None:
        """The local copy (fast, works offline), or None when the profile was never fetched."""
        return await self._db.run(self._read_cache)

    async def refresh(self) -> ProfileSnapshot:
        """Fetch the profile, the phone number's details and (when it changed) the photo; keep a copy."""
        client = self._connected()
        profile, phone = await asyncio.gather(client.profile.get(), client.phone.info())
        previous = await self.cached()
        unchanged = previous is not None and previous.picture_url == profile.profile_picture_url
        picture = previous.picture if previous is not None and unchanged else None  # fetched once per new photo
        if profile.profile_picture_url and picture is None:
            picture = await self._fetch_picture(client, profile.profile_picture_url)
        snapshot = ProfileSnapshot(
            fields=_fields(profile),
            fetched_at=self._now(),
            phone=_phone(phone),
            picture_url=profile.profile_picture_url,
            picture=picture,
        )
        await self._db.run(lambda s: self._write_cache(s, snapshot))
        return snapshot

    async def load(self) -> ProfileSnapshot:
        """Fresh from WhatsApp when it answers; otherwise the local copy, with the reason it is not fresh."""
        try:
            return await self.refresh()
        except (CloudApiError, NotConnectedError) as exc:
            cached = await self.cached()
            if cached is None:
                raise
            log.info("profile shown from the local copy (%s)", type(exc).__name__)
            return replace(cached, note=str(exc))

    # Changes --------------------------------------------------------------------------------------

    async def save(self, fields: ProfileFields) -> ProfileSnapshot:
        """Check with WhatsApp's rules (nothing is sent when one is broken), save, and update the local copy."""
        problems = fields.problems()
        if problems:
            raise ProfileInvalidError(problems)
        client = self._connected()
        try:
            await client.profile.update(**fields.as_update())
        except CloudApiError as exc:
            raise ProfileRefusedError(refusal_words(exc)) from None
        log.info("business profile saved")
        cached = await self.cached()
        snapshot = ProfileSnapshot(
            fields=fields.cleaned(),
            fetched_at=self._now(),
            phone=cached.phone if cached is not None else None,
            picture_url=cached.picture_url if cached is not None else None,
            picture=cached.picture if cached is not None else None,
        )
        await self._db.run(lambda s: self._write_cache(s, snapshot))
        return snapshot

    async def upload_photo(self, data: bytes, mime_type: str) -> ProfileSnapshot:
        """Upload a photo through the resumable upload and make it the profile photo; returns the profile as now."""
        if mime_type not in PHOTO_TYPES:
            raise InvalidInputError("the profile photo must be a JPEG or PNG image")
        limits.check_media("image", mime_type, len(data))
        client = self._connected()
        name = "profile.png" if mime_type == "image/png" else "profile.jpg"
        try:
            await client.profile.upload_photo(data, mime_type, name)
        except CloudApiError as exc:
            raise ProfileRefusedError(refusal_words(exc)) from None
        log.info("profile photo uploaded")
        return await self.load()

    # Plumbing -------------------------------------------------------------------------------------

    def _connected(self) -> CloudApiClient:
        client = self._client()
        if client is None:
            raise NotConnectedError()
        return client

    async def _fetch_picture(self, client: CloudApiClient, url: str) -> bytes | None:
        try:
            return await client.profile.picture(url)
        except CloudApiError as exc:  # the profile still shows; the photo comes with the next reload
            log.info("profile photo not fetched (%s)", type(exc).__name__)
            return None

    def _read_cache(self, store: Store) -> ProfileSnapshot | None:
        snapshot = cached_profile(store, self._account_id)
        if snapshot is None:
            return None
        picture = store.settings.get(PICTURE_SETTING.format(account=self._account_id))
        if isinstance(picture, dict) and picture.get("url") == snapshot.picture_url:
            try:
                return replace(snapshot, picture=base64.b64decode(str(picture.get("data", "")), validate=True))
            except ValueError:
                pass
        return snapshot

    def _write_cache(self, store: Store, snapshot: ProfileSnapshot) -> None:
        with store.transaction():
            store.settings.set(CACHE_SETTING.format(account=self._account_id), _to_json(snapshot))
            key = PICTURE_SETTING.format(account=self._account_id)
            if snapshot.picture is not None and len(snapshot.picture) <= PICTURE_CACHE_MAX:
                data = base64.b64encode(snapshot.picture).decode("ascii")
                store.settings.set(key, {"url": snapshot.picture_url, "data": data})
            else:
                store.settings.delete(key)


def cached_profile(store: Store, account_id: int) -> ProfileSnapshot | None:
    """The local copy of an account's profile, without its photo (also for the data export); runs on the
    database thread."""
    raw = store.settings.get(CACHE_SETTING.format(account=account_id))
    if not isinstance(raw, dict):
        return None
    try:
        return _from_json(raw)
    except (KeyError, TypeError, ValueError):
        log.warning("the local copy of the profile is unreadable; it will be fetched again")
        return None


def refusal(exc: CloudApiError) -> str:
    """WhatsApp's reason, in English (``refusal_words``)."""
    return str(refusal_words(exc))


def refusal_words(exc: CloudApiError) -> Words:
    """WhatsApp's reason, in our words; for a refused value also Meta's detail, which names the field.

    The detail is about the business's own profile (what the owner just typed), so it is safe to show; it is
    Meta's English, shown as it is.
    """
    details = (exc.details or "").strip()
    if exc.kind in (ErrorKind.INVALID_REQUEST, ErrorKind.PERMANENT) and details:
        return Words("{reason}: {details}", reason=exc.words, details=details[:300])
    return exc.words


def _fields(profile: BusinessProfile) -> ProfileFields:
    return ProfileFields(
        about=profile.about or "",
        address=profile.address or "",
        description=profile.description or "",
        email=profile.email or "",
        websites=tuple(profile.websites),
        vertical=profile.vertical or None,
    )


def _phone(info: PhoneNumberInfo) -> PhoneDetails:
    return PhoneDetails(
        display_number=info.display_phone_number,
        verified_name=info.verified_name,
        name_status=info.name_status,
        quality_rating=info.quality_rating,
        throughput_level=info.throughput_level,
        messaging_limit=info.messaging_limit,
    )


def _to_json(snapshot: ProfileSnapshot) -> dict[str, Any]:
    return {
        "fetched_at": snapshot.fetched_at.isoformat(),
        "fields": asdict(snapshot.fields),
        "picture_url": snapshot.picture_url,
        "phone": None if snapshot.phone is None else asdict(snapshot.phone),
    }


def _from_json(raw: dict[str, Any]) -> ProfileSnapshot:
    fields = raw["fields"]
    phone = raw.get("phone")
    return ProfileSnapshot(
        fields=ProfileFields(
            about=str(fields["about"]),
            address=str(fields["address"]),
            description=str(fields["description"]),
            email=str(fields["email"]),
            websites=tuple(str(site) for site in fields["websites"]),
            vertical=fields.get("vertical"),
        ),
        fetched_at=datetime.fromisoformat(raw["fetched_at"]),
        phone=PhoneDetails(**phone) if isinstance(phone, dict) else None,
        picture_url=raw.get("picture_url"),
        from_cache=True,
    )
