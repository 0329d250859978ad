"""Media types and size limits (cloud-api.md section 4)."""

from __future__ import annotations

from monggo_desktop.cloud import limits

MB = 1024 * 1024

# The MIME types are the documented facts the client checks too; the sizes below are Meta's (binary MB).
KINDS: dict[str, tuple[str, ...]] = {kind: tuple(types) for kind, types in limits.MEDIA_TYPES.items()}
MAX_BYTES = {"audio": 16 * MB, "document": 100 * MB, "image": 5 * MB, "video": 16 * MB}
STICKER_STATIC_MAX = 100 * 1024
STICKER_ANIMATED_MAX = 500 * 1024
LARGEST = max(MAX_BYTES.values())

ALL_TYPES = tuple(mime for kind in KINDS.values() for mime in kind)

EXTENSIONS = {
    "audio/aac": "aac",
    "audio/amr": "amr",
    "audio/mpeg": "mp3",
    "audio/mp4": "m4a",
    "audio/ogg": "ogg",
    "text/plain": "txt",
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "video/mp4": "mp4",
    "video/3gpp": "3gp",
}


def base_mime(mime_type: str) -> str:
    """``audio/ogg; codecs=opus`` -> ``audio/ogg``."""
    return mime_type.split(";", 1)[0].strip().lower()


def kind_of(mime_type: str) -> str | None:
    base = base_mime(mime_type)
    for kind, types in KINDS.items():
        if base in types:
            return kind
    return None


def is_animated_webp(data: bytes) -> bool:
    # An extended WebP (VP8X chunk) says in its flags byte whether it holds an animation.
    return len(data) > 20 and data[:4] == b"RIFF" and data[8:16] == b"WEBPVP8X" and bool(data[20] & 0x02)


def size_limit(kind: str, data: bytes) -> int:
    if kind == "sticker":
        return STICKER_ANIMATED_MAX if is_animated_webp(data) else STICKER_STATIC_MAX
    return MAX_BYTES[kind]


def extension(mime_type: str) -> str:
    return EXTENSIONS.get(base_mime(mime_type), "bin")
