"""What the Cloud API answers, as dataclasses the rest of the app can rely on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class SendResult:
    wamid: str
    wa_id: str | None
    input: str | None
    message_status: str | None = None  # templates: accepted or held_for_quality_assessment


@dataclass(frozen=True, slots=True)
class MediaInfo:
    id: str
    url: str = field(repr=False)
    mime_type: str
    sha256: str | None
    file_size: int | None


@dataclass(frozen=True, slots=True)
class BusinessProfile:
    about: str | None = None
    address: str | None = None
    description: str | None = None
    email: str | None = None
    websites: tuple[str, ...] = ()
    vertical: str | None = None
    profile_picture_url: str | None = None


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: str
    language: str
    status: str
    category: str | None
    components: tuple[dict[str, Any], ...] = ()
    quality_score: str | None = None
    rejected_reason: str | None = None
    parameter_format: str | None = None

    @property
    def sendable(self) -> bool:
        return self.status == "APPROVED"


@dataclass(frozen=True, slots=True)
class PhoneNumberInfo:
    id: str
    display_phone_number: str | None
    verified_name: str | None
    quality_rating: str | None
    throughput_level: str | None
    name_status: str | None = None
    code_verification_status: str | None = None
    platform_type: str | None = None
    messaging_limit: str | None = None
    waba_id: str | None = None  # the WhatsApp Business Account it was listed under, when listed
