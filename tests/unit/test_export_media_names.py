"""An exported file's extension comes from the MIME type the app verified, not from the customer's file name."""

from __future__ import annotations

import pytest

from monggo_desktop.domain.models import MediaRef
from monggo_desktop.services.privacy.export_files import media_name


@pytest.mark.parametrize(
    ("mime", "filename", "named"),
    [
        ("text/plain", "invoice.html", "media/12-invoice.txt"),  # not a web page, whatever its name says
        ("application/pdf", "nota.exe", "media/12-nota.pdf"),
        ("image/jpeg", "foto.jpeg", "media/12-foto.jpeg"),  # one of the type's own extensions: kept
        ("application/pdf", "Nota Desember.PDF", "media/12-Nota-Desember.pdf"),
        ("application/x-unknown-kind", "data.html", "media/12-data.bin"),
    ],
)
def test_the_extension_follows_the_verified_type(mime, filename, named):
    name = media_name(12, "document", MediaRef(mime_type=mime, filename=filename), original_name=True)
    assert name.rsplit(".", 1)[1] == named.rsplit(".", 1)[1]
    assert name.startswith("media/12-")


def test_without_names_the_type_names_the_file():
    assert media_name(7, "image", MediaRef(mime_type="image/png", filename="x.html"), original_name=False) == (
        "media/7-image.png"
    )
