"""Retention runs at every start of `monggo-desktop serve` (and so of the app's engine), in the background."""

from __future__ import annotations

import asyncio
import signal
from datetime import timedelta

from monggo_desktop.domain.models import Contact, Direction, Message, utc_now
from monggo_desktop.domain.status import MessageStatus
from tests.integration.test_serve_crash import Office


async def test_serve_removes_what_is_past_retention_when_it_starts(tmp_path, secure_keyring):
    office = Office(tmp_path, secure_keyring)
    await office.start_simulator()

    def seed(store) -> None:  # type: ignore[no-untyped-def]
        account = store.accounts.list()[0]
        contact = store.contacts.add(Contact(phone_e164="+6281234567890", profile_name="Sari"))
        chat = store.conversations.get_or_create(account.id, contact.id).id
        for body, age in (("bulan lalu", timedelta(days=31)), ("kemarin", timedelta(days=1))):
            store.messages.add(
                Message(chat, Direction.INBOUND, "text", body=body, status=MessageStatus.RECEIVED,
                        created_at=utc_now() - age)
            )  # fmt: skip

    def bodies() -> set[str]:
        with office.session() as session:
            return {r[0] for r in session.db.call(lambda s: s.conn.execute("SELECT body FROM messages").fetchall())}

    try:
        with office.session() as session:
            session.db.call(seed)
        await office.start_serve()
        async with asyncio.timeout(15):
            while "bulan lalu" in await asyncio.to_thread(bodies):
                await asyncio.sleep(0.1)
        assert await asyncio.to_thread(bodies) == {"kemarin"}
        assert office.process is not None
        office.process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(office.process.communicate(), 10)
        assert office.process.returncode == 0, err
        with office.session() as session:
            runs = session.db.call(lambda s: s.retention.recent_runs())
        assert runs[0].outcome == "done" and runs[0].counts["messages"] == 1
    finally:
        await office.simulator.stop()
