"""Media, business profile, message templates and phone number details."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx

from monggo_desktop.cloud import limits
from monggo_desktop.cloud.errors import MediaIntegrityError, NetworkError, RequestValidationError, unexpected_answer
from monggo_desktop.cloud.models import BusinessProfile, MediaInfo, PhoneNumberInfo, Template
from monggo_desktop.cloud.transport import Transport
from monggo_desktop.domain.words import Words

PROFILE_FIELDS = "about,address,description,email,profile_picture_url,websites,vertical"
TEMPLATE_FIELDS = "id,name,status,category,language,components,quality_score,rejected_reason,parameter_format"
PHONE_FIELDS = (
    "id,display_phone_number,verified_name,quality_rating,throughput,name_status,code_verification_status,"
    "platform_type,whatsapp_business_manager_messaging_limit"
)
MAX_DOWNLOAD = 101 * limits.MB  # the largest media WhatsApp carries, plus headroom
MAX_TEMPLATE_PAGES = 200
MAX_PICTURE = 5 * limits.MB  # a profile photo is an image: 5 MB at the most


class MediaApi:
    def __init__(self, transport: Transport, phone_number_id: str) -> None:
        self._t = transport
        self._phone_number_id = phone_number_id

    async def upload(self, data: bytes, mime_type: str, filename: str, *, kind: str | None = None) -> str:
        """Upload media for sending; returns the media id. Type and size are checked first."""
        kind = kind or limits.media_kind_for(mime_type)
        limits.check_media(kind, mime_type, len(data))
        answer = await self._t.request_json(
            "POST",
            f"{self._phone_number_id}/media",
            files={"file": (filename, data, mime_type)},
            data={"type": mime_type, "messaging_product": "whatsapp"},
            idempotent=True,  # a repeated upload only leaves an unused copy, which expires
        )
        media_id = answer.get("id")
        if not isinstance(media_id, str) or not media_id:
            raise unexpected_answer(Words("without a media id"))
        return media_id

    async def info(self, media_id: str) -> MediaInfo:
        answer = await self._t.request_json(
            "GET", _safe_id(media_id), params={"phone_number_id": self._phone_number_id}, idempotent=True
        )
        url = answer.get("url")
        if not isinstance(url, str):
            raise unexpected_answer(Words("without a download address for the media"))
        size = answer.get("file_size")
        return MediaInfo(
            id=str(answer.get("id") or media_id),
            url=url,
            mime_type=str(answer.get("mime_type") or "application/octet-stream"),
            sha256=answer.get("sha256") if isinstance(answer.get("sha256"), str) else None,
            file_size=int(size) if isinstance(size, int | str) and str(size).isdigit() else None,
        )

    async def download(self, media_id: str) -> tuple[MediaInfo, bytes]:
        """Fetch a fresh URL (they last about 5 minutes), download with the Bearer header, check size and sha256."""
        info = await self.info(media_id)
        response = await self._t.request("GET", info.url, idempotent=True, follow_redirects=True)
        data = response.content
        if len(data) > MAX_DOWNLOAD:
            raise MediaIntegrityError("the media file is larger than WhatsApp allows: it was not saved")
        if info.file_size is not None and len(data) != info.file_size:
            raise MediaIntegrityError("the media file arrived incomplete: it will be downloaded again")
        if info.sha256 is not None and hashlib.sha256(data).hexdigest() != info.sha256.lower():
            raise MediaIntegrityError("the media file arrived damaged: it will be downloaded again")
        return info, data

    async def delete(self, media_id: str) -> None:
        answer = await self._t.request_json(
            "DELETE", _safe_id(media_id), params={"phone_number_id": self._phone_number_id}, idempotent=True
        )
        if answer.get("success") is not True:
            raise unexpected_answer(Words("without confirming the deletion"))


class ProfileApi:
    def __init__(self, transport: Transport, phone_number_id: str, app_id: str | None) -> None:
        self._t = transport
        self._path = f"{phone_number_id}/whatsapp_business_profile"
        self._app_id = app_id

    async def get(self) -> BusinessProfile:
        answer = await self._t.request_json("GET", self._path, params={"fields": PROFILE_FIELDS}, idempotent=True)
        data = answer.get("data")
        entry = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}
        websites = entry.get("websites")
        return BusinessProfile(
            about=entry.get("about"),
            address=entry.get("address"),
            description=entry.get("description"),
            email=entry.get("email"),
            websites=tuple(str(w) for w in websites) if isinstance(websites, list) else (),
            vertical=entry.get("vertical"),
            profile_picture_url=entry.get("profile_picture_url"),
        )

    async def update(self, **fields: Any) -> None:
        """Update some of about, address, description, email, websites, vertical, profile_picture_handle."""
        allowed = {"about", "address", "description", "email", "websites", "vertical", "profile_picture_handle"}
        unknown = set(fields) - allowed
        if unknown:
            raise RequestValidationError(sorted(unknown)[0], "is not a business profile field")
        limits.check_profile_fields(fields)
        body = {"messaging_product": "whatsapp", **{k: v for k, v in fields.items() if v is not None}}
        if isinstance(body.get("websites"), tuple):
            body["websites"] = list(body["websites"])
        answer = await self._t.request_json("POST", self._path, json=body, idempotent=True)
        if answer.get("success") is not True:
            raise unexpected_answer(Words("without confirming the profile update"))

    async def upload_photo(self, data: bytes, mime_type: str, filename: str = "profile.jpg") -> str:
        """Upload a profile photo through the resumable upload, set it, and return its handle."""
        if not self._app_id:
            raise RequestValidationError("app id", "is needed to upload a profile photo: add it in Settings")
        if mime_type not in limits.RESUMABLE_UPLOAD_TYPES or not mime_type.startswith("image/"):
            raise RequestValidationError("photo", "must be a JPEG or PNG image")
        if not data:
            raise RequestValidationError("photo", "is empty")
        session = await self._t.request_json(
            "POST",
            f"{self._app_id}/uploads",
            params={"file_name": filename, "file_length": str(len(data)), "file_type": mime_type},
            idempotent=True,
        )
        upload_id = session.get("id")
        if not isinstance(upload_id, str) or not upload_id.startswith("upload:"):
            raise unexpected_answer(Words("without an upload session"))
        handle = await self._send_from(upload_id, data, 0)
        await self.update(profile_picture_handle=handle)
        return handle

    async def picture(self, url: str) -> bytes:
        """The profile photo customers see, from the public address the profile gives (pps.whatsapp.net).

        Fetched without the access token: the address is public, and the token goes to the Graph API only.
        """
        self._t.check_url(url)
        assert self._t.http is not None
        data = bytearray()
        try:
            async with self._t.http.stream("GET", url, follow_redirects=True) as response:
                if not response.is_success:
                    raise unexpected_answer(Words("HTTP {status} for the profile photo", status=response.status_code))
                async for chunk in response.aiter_bytes():
                    data.extend(chunk)
                    if len(data) > MAX_PICTURE:
                        raise unexpected_answer(Words("with a profile photo larger than WhatsApp allows"))
        except httpx.HTTPError:
            raise NetworkError(
                "The profile photo could not be fetched: check the internet connection", uncertain=False
            ) from None
        return bytes(data)

    async def _send_from(self, upload_id: str, data: bytes, offset: int, *, resumed: bool = False) -> str:
        try:
            answer = await self._t.request_json(
                "POST",
                upload_id,
                content=data[offset:],
                headers={"file_offset": str(offset)},
                auth_scheme="OAuth",  # what Meta's resumable upload guide uses
                idempotent=True,
            )
        except NetworkError:
            if resumed:
                raise
            status = await self._t.request_json("GET", upload_id, auth_scheme="OAuth", idempotent=True)
            done = status.get("file_offset")
            start = int(done) if isinstance(done, int | str) and str(done).isdigit() else 0
            return await self._send_from(upload_id, data, min(start, len(data)), resumed=True)
        handle = answer.get("h")
        if not isinstance(handle, str) or not handle:
            raise unexpected_answer(Words("without a file handle"))
        return handle


class TemplatesApi:
    def __init__(self, transport: Transport, waba_id: str) -> None:
        self._t = transport
        self._path = f"{waba_id}/message_templates"

    async def list(self, *, status: str | None = None, page_size: int = 100) -> list[Template]:
        """Every template, following ``paging.next`` to the end."""
        params: dict[str, str] = {"fields": TEMPLATE_FIELDS, "limit": str(page_size)}
        if status:
            params["status"] = status
        answer = await self._t.request_json("GET", self._path, params=params, idempotent=True)
        templates: list[Template] = []
        for _ in range(MAX_TEMPLATE_PAGES):
            templates.extend(_template(item) for item in answer.get("data") or [] if isinstance(item, dict))
            paging = answer.get("paging")
            next_url = paging.get("next") if isinstance(paging, dict) else None
            if not isinstance(next_url, str) or not next_url:
                return templates
            if not next_url.startswith(self._t.api_base_url + "/"):
                raise unexpected_answer(Words("with a next page on another server"))  # never send the token elsewhere
            answer = await self._t.request_json("GET", next_url, idempotent=True)
        raise unexpected_answer(Words("with more pages of templates than expected"))


class PhoneApi:
    def __init__(self, transport: Transport, phone_number_id: str) -> None:
        self._t = transport
        self._phone_number_id = phone_number_id

    async def info(self) -> PhoneNumberInfo:
        answer = await self._t.request_json(
            "GET", self._phone_number_id, params={"fields": PHONE_FIELDS}, idempotent=True
        )
        return phone_info(answer, default_id=self._phone_number_id)

    async def listed_under(self, waba_id: str) -> bool:
        """Whether this phone number belongs to the WhatsApp Business Account ``waba_id`` (its first page of
        numbers; an account has a handful). A wrong WABA id is an error answer, as for any unknown node."""
        answer = await self._t.request_json(
            "GET", f"{_safe_id(waba_id)}/phone_numbers", params={"fields": "id", "limit": "100"}, idempotent=True
        )
        data = answer.get("data")
        return isinstance(data, list) and any(
            isinstance(item, dict) and str(item.get("id")) == self._phone_number_id for item in data
        )


def phone_info(answer: dict[str, Any], *, default_id: str = "", waba_id: str | None = None) -> PhoneNumberInfo:
    """A phone number's details, as ``GET /{id}`` or one item of ``GET /{WABA-ID}/phone_numbers`` gives them."""
    throughput = answer.get("throughput")
    limit = answer.get("whatsapp_business_manager_messaging_limit")
    return PhoneNumberInfo(
        id=str(answer.get("id") or default_id),
        display_phone_number=answer.get("display_phone_number"),
        verified_name=answer.get("verified_name"),
        quality_rating=answer.get("quality_rating"),
        throughput_level=throughput.get("level") if isinstance(throughput, dict) else None,
        name_status=answer.get("name_status"),
        code_verification_status=answer.get("code_verification_status"),
        platform_type=answer.get("platform_type"),
        messaging_limit=str(limit) if limit is not None else None,
        waba_id=waba_id,
    )


def _template(item: dict[str, Any]) -> Template:
    components = item.get("components")
    return Template(
        id=str(item.get("id", "")),
        name=str(item.get("name", "")),
        language=str(item.get("language", "")),
        status=str(item.get("status", "")),
        category=item.get("category"),
        components=tuple(c for c in components if isinstance(c, dict)) if isinstance(components, list) else (),
        quality_score=_quality(item.get("quality_score")),
        rejected_reason=item.get("rejected_reason"),
        parameter_format=item.get("parameter_format"),
    )


def _quality(value: object) -> str | None:
    if isinstance(value, dict):
        score = value.get("score")
        return str(score) if score is not None else None
    return str(value) if value is not None else None


def _safe_id(value: str) -> str:
    """Ids go into the URL path: digits and a few safe characters only."""
    text = value.strip()
    if not text or not all(ch.isalnum() or ch in "._-" for ch in text):
        raise RequestValidationError("media id", "is not a WhatsApp media id")
    return text
