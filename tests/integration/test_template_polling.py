"""Template status changes reach only the app-level URL (cloud-api.md section 8b), which the app may not own:
the template picker asks Meta itself before it shows the list."""

from __future__ import annotations

import sys

import pytest

from monggo_desktop.domain.receiving import Route
from monggo_desktop.services.messaging.chat_services import chat_services
from monggo_desktop.services.receiving.route import RouteChoice
from tests.integration.receiving_helpers import running_shop
from tests.integration.tunnel_helpers import install_stand_in

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stand-in is a POSIX shell wrapper")


async def test_the_picker_shows_a_template_approved_at_meta_since_the_start(tmp_path, monkeypatch):
    install_stand_in(tmp_path, monkeypatch)
    async with running_shop(tmp_path, RouteChoice(Route.AUTO)) as shop:
        await shop.until(lambda: shop.receiving.state.can_receive)
        await shop.simulator.customer_message("6281234567002", "Ada promo?")
        await shop.until_stored("Ada promo?")
        conversation_id = await shop.db.run(lambda s: s.conn.execute("SELECT id FROM conversations").fetchone()[0])
        account_id = shop.engine.account.id
        assert account_id is not None
        # Meta approves the template; its webhook goes to the app-level URL, which this shop has none of.
        await shop.simulator.template_status_update("winter_sale", "APPROVED")
        services = chat_services(shop.db, account_id).actions
        before = await services.template_choices(conversation_id)
        assert "winter_sale" not in {choice.name for choice in before}  # nothing told the app yet
        services = chat_services(shop.db, account_id).actions
        services.attach_template_sync(shop.engine.sync_templates_now)
        after = await services.template_choices(conversation_id)
        assert "winter_sale" in {choice.name for choice in after}
