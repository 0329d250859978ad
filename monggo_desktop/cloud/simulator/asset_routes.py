"""Media, resumable uploads and the business profile (cloud-api.md sections 4 and 5)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urlsplit

from aiohttp import BodyPartReader, web

from monggo_desktop.cloud import limits
from monggo_desktop.cloud.simulator import graph_errors as ge
from monggo_desktop.cloud.simulator import media_rules
from monggo_desktop.cloud.simulator.config import SimulatorConfig
from monggo_desktop.cloud.simulator.http_helpers import read_json, reply, requested_fields
from monggo_desktop.cloud.simulator.state import MEDIA_URL_TTL, MediaItem, SimState, UploadSession

DOWNLOAD_PATH = "/lookaside/whatsapp_business/attachments/"
PICTURE_PATH = "/pps/"
UPLOAD_TYPES = limits.RESUMABLE_UPLOAD_TYPES
UPLOAD_MAX = 100 * media_rules.MB
VERTICALS = limits.VERTICALS
PROFILE_FIELDS = (
    "about",
    "address",
    "description",
    "email",
    "profile_picture_url",
    "websites",
    "vertical",
    "messaging_product",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TEXT_LIMITS = {"about": 139, "address": 256, "description": 512, "email": 128}


class AssetApi:
    def __init__(self, config: SimulatorConfig, state: SimState, base_url: Callable[[], str]) -> None:
        self._config = config
        self._state = state
        self._base_url = base_url
        self._url_key = secrets.token_bytes(32)  # signs download URLs, like lookaside's hash parameter

    # Media: POST /{phone-number-id}/media, GET and DELETE /{media-id}, and the download URL.

    async def upload_media(self, request: web.Request) -> web.Response:
        if not request.content_type.startswith("multipart/"):
            raise ge.required("file")
        fields: dict[str, str] = {}
        data: bytes | None = None
        filename: str | None = None
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if part.name == "file":
                filename = part.filename
                data = await _read_capped(part, media_rules.LARGEST)
            else:
                fields[part.name] = await part.text()
        if fields.get("messaging_product") is None:
            raise ge.required("messaging_product")
        if fields["messaging_product"] != "whatsapp":
            raise ge.param_error("Param messaging_product must be one of {WHATSAPP}")
        if data is None:
            raise ge.required("file")
        mime = fields.get("type")
        if not mime:
            raise ge.required("type")
        kind = media_rules.kind_of(mime)
        if kind is None:
            text = (
                f"Param file must be a file with one of the following types: {', '.join(media_rules.ALL_TYPES)}. "
                f"Received file of type '{mime}'."
            )
            raise ge.GraphError(100, f"(#100) {text}", details=text)
        if not data:
            raise ge.media_upload_error("The file is empty")
        limit = media_rules.size_limit(kind, data)
        if len(data) > limit:
            raise ge.media_upload_error(f"File is too big: {len(data)} bytes; the limit for {mime} is {limit} bytes")
        item = self._state.add_media(data, mime, inbound=False, filename=filename)
        return reply({"id": item.id})

    def media_url(self, item: MediaItem) -> str:
        ext = int(self._state.clock()) + MEDIA_URL_TTL
        query = urlencode({"mid": item.id, "ext": ext, "hash": self._url_hash(item.id, ext)})
        return f"{self._base_url()}{DOWNLOAD_PATH}?{query}"

    def _url_hash(self, media_id: str, ext: int) -> str:
        token = self._state.media_tokens.get(media_id, "")
        return "AT" + hmac.new(self._url_key, f"{media_id}:{ext}:{token}".encode(), hashlib.sha256).hexdigest()[:40]

    def _own_media(self, request: web.Request, media_id: str) -> MediaItem | None:
        item = self._state.live_media(media_id)
        asked = request.query.get("phone_number_id")
        if item is not None and asked is not None and asked != self._config.phone_number_id:
            raise ge.param_error(f"Media {media_id} does not belong to phone number {asked}")
        return item

    def media_info(self, request: web.Request, item: MediaItem) -> web.Response:
        self._own_media(request, item.id)
        return reply(
            {
                "messaging_product": "whatsapp",
                "url": self.media_url(item),
                "mime_type": item.mime_type,
                "sha256": item.sha256,
                "file_size": len(item.data),
                "id": item.id,
            }
        )

    def delete_media(self, request: web.Request, item: MediaItem) -> web.Response:
        self._own_media(request, item.id)
        self._state.media.pop(item.id, None)
        self._state.media_tokens.pop(item.id, None)
        return reply({"success": True})

    async def download(self, request: web.Request) -> web.Response:
        """The lookaside URL: Bearer required (checked by the middleware), signed and valid 5 minutes."""
        media_id = request.query.get("mid", "")
        try:
            ext = int(request.query.get("ext", ""))
        except ValueError:
            ext = 0
        given = request.query.get("hash", "")
        item = self._state.live_media(media_id)
        if item is None or not hmac.compare_digest(given, self._url_hash(media_id, ext)):
            return web.Response(status=404, text="Not Found")
        if self._state.clock() > ext:
            return web.Response(status=403, text="URL signature expired")
        headers = {"Content-Disposition": f"inline;filename={item.id}.{media_rules.extension(item.mime_type)}"}
        return web.Response(body=item.data, content_type=media_rules.base_mime(item.mime_type), headers=headers)

    # Resumable upload: POST /{app-id}/uploads, then POST and GET /upload:<session>.

    def start_upload(self, request: web.Request) -> web.Response:
        query = request.query
        file_type = query.get("file_type")
        if not file_type:
            raise ge.required("file_type")
        if file_type not in UPLOAD_TYPES:
            allowed = ", ".join(sorted(UPLOAD_TYPES))
            raise ge.param_error(f"Param file_type must be one of {{{allowed}}} - got {file_type!r}")
        try:
            length = int(query.get("file_length", ""))
        except ValueError:
            raise ge.required("file_length") from None
        if not 0 < length <= UPLOAD_MAX:
            raise ge.param_error(f"Param file_length must be between 1 and {UPLOAD_MAX}")
        session = self._state.new_upload(query.get("file_name", "file"), length, file_type)
        return reply({"id": session.id})

    async def upload_chunk(self, request: web.Request, session: UploadSession) -> web.Response:
        try:
            offset = int(request.headers.get("file_offset", ""))
        except ValueError:
            raise ge.required("file_offset") from None
        if offset != len(session.data):
            raise ge.param_error(
                f"file_offset must be {len(session.data)}, where the upload stopped (got {offset})",
                message="(#100) Invalid file_offset",
            )
        chunk = await request.read()
        if offset + len(chunk) > session.file_length:
            raise ge.param_error(f"The upload is longer than file_length ({session.file_length} bytes)")
        session.data.extend(chunk)
        if len(session.data) < session.file_length:
            # Not in Meta's guide: a short body leaves the session open, to be resumed from file_offset.
            return reply({"id": session.id, "file_offset": len(session.data)})
        return reply({"h": self._state.finish_upload(session)})

    def upload_status(self, session: UploadSession) -> web.Response:
        return reply({"id": session.id, "file_offset": len(session.data)})

    # Business profile: GET and POST /{phone-number-id}/whatsapp_business_profile.

    def profile(self, request: web.Request) -> web.Response:
        fields = requested_fields(
            request.query.get("fields"), PROFILE_FIELDS, PROFILE_FIELDS, "WhatsAppBusinessProfile"
        )
        data = dict(self._state.profile, messaging_product="whatsapp")
        picture = self._state.profile_picture
        if picture is not None and picture.handle is not None:
            data["profile_picture_url"] = self._picture_url(picture)
        shown = {name: data[name] for name in fields if name in data}
        shown["messaging_product"] = "whatsapp"
        return reply({"data": [shown]})

    async def update_profile(self, request: web.Request) -> web.Response:
        body = await read_json(request)
        changes, picture = check_profile_update(body, self._state)
        self._state.profile.update(changes)
        if picture is not None:
            self._state.profile_picture = picture
        return reply({"success": True})

    def _picture_url(self, picture: UploadSession) -> str:
        name = hashlib.sha256((picture.handle or "").encode()).hexdigest()[:32]
        ext = "png" if picture.file_type == "image/png" else "jpg"
        return f"{self._base_url()}{PICTURE_PATH}{name}.{ext}"

    async def picture(self, request: web.Request) -> web.Response:
        """The public URL of the profile picture (pps.whatsapp.net needs no token either)."""
        picture = self._state.profile_picture
        if picture is None or urlsplit(self._picture_url(picture)).path != request.path:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=bytes(picture.data), content_type=picture.file_type.replace("jpg", "jpeg"))


async def _read_capped(part: BodyPartReader, limit: int) -> bytes:
    data = bytearray()
    while chunk := await part.read_chunk(256 * 1024):
        data.extend(chunk)
        if len(data) > limit:
            raise ge.media_upload_error(f"File is too big: the largest media allowed is {limit} bytes")
    return bytes(data)


def check_profile_update(body: Any, state: SimState) -> tuple[dict[str, Any], UploadSession | None]:
    """The profile changes in ``body``, checked against section 5's limits; nothing is applied on an error."""
    if not isinstance(body, dict) or body.get("messaging_product") is None:
        raise ge.required("messaging_product")
    if body["messaging_product"] != "whatsapp":
        raise ge.param_error("Param messaging_product must be one of {WHATSAPP}")
    changes: dict[str, Any] = {}
    picture: UploadSession | None = None
    for name, value in body.items():
        if name == "messaging_product":
            continue
        if name in _TEXT_LIMITS:
            changes[name] = _profile_text(name, value)
        elif name == "websites":
            changes[name] = _websites(value)
        elif name == "vertical":
            if value not in VERTICALS:
                if value in ("", None) and state.profile.get("vertical"):
                    raise ge.invalid_value("Param vertical cannot be emptied once set")
                allowed = ", ".join(sorted(VERTICALS))
                raise ge.param_error(f"Param vertical must be one of {{{allowed}}} - got {value!r}.")
            changes[name] = value
        elif name == "profile_picture_handle":
            picture = state.handles.get(value) if isinstance(value, str) else None
            if picture is None:
                raise ge.invalid_value("Param profile_picture_handle is not a handle from the Resumable Upload API")
            if picture.file_type not in ("image/jpeg", "image/jpg", "image/png"):
                raise ge.invalid_value("Param profile_picture_handle must point to a JPEG or PNG image")
        else:
            raise ge.param_error(f"Param {name} is not a field of the business profile")
    return changes, picture


def _profile_text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ge.param_error(f"Param {name} must be a string")
    limit = _TEXT_LIMITS[name]
    if len(value) > limit:
        raise ge.too_long(name, limit)
    if name == "about" and not value.strip():
        raise ge.param_error("Param about must be at least 1 character long")
    if name == "email" and value and not _EMAIL.match(value):
        raise ge.invalid_value(f"Param email ({value}) is not a valid email address")
    return value


def _websites(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(site, str) for site in value):
        raise ge.param_error("Param websites must be an array of URLs")
    if len(value) > 2:
        raise ge.param_error("Param websites must have at most 2 elements")
    for site in value:
        if len(site) > 256:
            raise ge.too_long("websites", 256)
        parts = urlsplit(site)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ge.invalid_value(f"Param websites: {site!r} must start with http:// or https://")
    return list(value)
