"""Template bodies filled in one place (issue 22, point 4): the picker's preview and the stored message agree."""

from __future__ import annotations

from monggo_desktop.domain.template_text import fill, placeholders


def test_numbered_and_named_placeholders_are_filled_and_a_missing_value_stays_visible():
    body = "Halo {{1}}, pesanan {{ order_id }} dikirim {{2}}."
    assert placeholders(body) == ["1", "order_id", "2"]
    assert fill(body, ["1", "order_id", "2"], ["Sari", "INV-7", "besok"]) == "Halo Sari, pesanan INV-7 dikirim besok."
    assert fill(body, ["1", "order_id", "2"], ["Sari", "  ", ""]) == "Halo Sari, pesanan {{ order_id }} dikirim {{2}}."
    assert fill(body, ["1"], []) == body  # nothing given: the body as written
