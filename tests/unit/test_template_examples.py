"""Meta's sample values of a template's body, as its template objects carry them (cloud-api.md, templates): the
numbered form (``body_text``) and the named one (``body_text_named_params``)."""

from __future__ import annotations

from monggo_desktop.services.messaging.templates import body_examples


def test_numbered_samples_in_order():
    components = [
        {"type": "HEADER", "format": "TEXT", "text": "Pesanan"},
        {"type": "BODY", "text": "Halo {{1}}, pesanan {{2}} dikirim.", "example": {"body_text": [["Sari", "#1042"]]}},
    ]
    assert body_examples(components) == ("Sari", "#1042")


def test_named_samples_in_order():
    components = [
        {
            "type": "BODY",
            "text": "Hi {{customer_name}}, see you on {{date}}.",
            "example": {
                "body_text_named_params": [
                    {"param_name": "customer_name", "example": "Sari"},
                    {"param_name": "date", "example": "Friday 19:00"},
                ]
            },
        }
    ]
    assert body_examples(components) == ("Sari", "Friday 19:00")


def test_no_samples_is_nothing():
    assert body_examples([{"type": "BODY", "text": "Terima kasih!"}]) == ()
    assert body_examples([{"type": "BODY", "text": "x", "example": "not a dict"}]) == ()
    assert body_examples([]) == ()
