"""Nothing secret or personal survives into a log line."""

import logging

import pytest

from monggo_desktop.security.redaction import RedactingFilter, redact


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer EAAGm0PBwZBxQBAKzTest123", "EAAGm0PBwZBxQBAKzTest123"),
        ("token EAAGm0PBwZBxQBAKzTest123 expired", "EAAGm0PBwZBxQBAKzTest123"),
        ("GET /webhook?hub.verify_token=s3cret-value&hub.challenge=1", "s3cret-value"),
        ("customer +62 812-3456-7890 wrote", "812-3456-7890"),
        ("wa_id 6281234567890", "6281234567890"),
        ("mail sari@example.co.id", "sari@example.co.id"),
        ("Authorization: OAuth abcdefgh12345678", "abcdefgh12345678"),
    ],
)
def test_secrets_and_personal_data_are_replaced(text, secret):
    cleaned = redact(text)
    assert secret not in cleaned and "[redacted]" in cleaned


def test_ordinary_text_is_kept():
    assert redact("schema migrated to version 2 (initial schema)") == "schema migrated to version 2 (initial schema)"


def test_the_filter_cleans_arguments_and_tracebacks(caplog):
    logger = logging.getLogger("monggo.test.redaction")
    handler_filter = RedactingFilter()
    caplog.handler.addFilter(handler_filter)
    try:
        try:
            raise ValueError("bad number +6281234567890")
        except ValueError:
            logger.warning("sending to %s failed", "+6281234567890", exc_info=True)
    finally:
        caplog.handler.removeFilter(handler_filter)
    assert "6281234567890" not in caplog.text
    assert "sending to [redacted] failed" in caplog.text
