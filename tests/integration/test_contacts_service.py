"""The contacts screen's services on a real SQLCipher database: pages, edits, history, labels, consent,
blocking, duplicates and merging, and the rules they impose on sending."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monggo_desktop.domain.contacts import ContactEdit, ContactQuery, ContactSort
from monggo_desktop.domain.errors import InvalidInputError, InvalidPhoneNumberError
from monggo_desktop.domain.models import ConsentKind, ConsentSource, Contact, LegalBasis, StoredTemplate
from monggo_desktop.services.contacts.service import ContactsService
from monggo_desktop.services.messaging.notifications import NotificationFeed
from monggo_desktop.services.messaging.outbox import queue_template, queue_text
from tests.inbound import add_account, customer_writes

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@pytest.fixture
def service(db):  # type: ignore[no-untyped-def]
    account_id = db.call(add_account)
    return ContactsService(db, account_id, now=lambda: NOW), account_id


def contact(db, phone: str, name: str = "", **fields) -> int:  # type: ignore[no-untyped-def]
    return db.call(lambda s: s.contacts.add(Contact(phone_e164=phone, display_name=name, **fields)).id)


async def test_pages_sort_by_name_number_or_last_message_and_search_and_filter(db, service):
    contacts, account_id = service
    ids = {
        "Budi": contact(db, "+6281300000002", "Budi", labels=["Grosir"]),
        "ani": contact(db, "+6281200000003", "ani"),
        "Citra": contact(db, "+6281100000001", "Citra", labels=["Grosir"]),
    }
    chat = db.call(lambda s: s.conversations.get_or_create(account_id, ids["Budi"]).id)
    db.call(lambda s: s.conversations.record_inbound(chat, NOW))

    async def names(query: ContactQuery) -> list[str]:
        return [r.name for r in (await contacts.page(query)).items]

    assert await names(ContactQuery()) == ["ani", "Budi", "Citra"]  # case does not matter
    assert await names(ContactQuery(descending=True)) == ["Citra", "Budi", "ani"]
    assert await names(ContactQuery(sort=ContactSort.PHONE)) == ["Citra", "ani", "Budi"]
    assert (await names(ContactQuery(sort=ContactSort.LAST_MESSAGE)))[0] == "Budi"
    assert await names(ContactQuery(text="bud")) == ["Budi"]
    assert await names(ContactQuery(text="0813 0000")) == ["Budi"]  # the national way of writing it
    assert await names(ContactQuery(label="Grosir")) == ["Budi", "Citra"]
    assert await contacts.count(ContactQuery(label="Grosir")) == 2
    row = (await contacts.page(ContactQuery(text="Budi"))).items[0]
    assert row.phone_display == "+62 813-0000-0002" and row.last_at == NOW
    assert [label.name for label in row.labels] == ["Grosir"]


async def test_an_edit_is_checked_saved_and_recorded_in_the_history(db, service):
    contacts, _ = service
    sari = contact(db, "+6281234567890", "Sari")
    edit = ContactEdit("  Sari   Wulandari ", "Suka motif parang", ("VIP", "VIP ", ""), (("Ukuran", "M"), ("", "")))
    detail = await contacts.save(sari, edit)
    assert detail.contact.display_name == "Sari Wulandari" and detail.contact.labels == ["VIP"]
    assert detail.contact.custom_fields == {"Ukuran": "M"}
    assert detail.history[0].at == NOW
    assert detail.history[0].changes["display_name"] == ("Sari", "Sari Wulandari")
    again = await contacts.save(sari, edit)  # the same again: nothing changed, nothing recorded
    assert len(again.history) == 1
    with pytest.raises(InvalidInputError, match="appears twice"):
        await contacts.save(sari, ContactEdit("Sari", "", (), (("Kota", "Solo"), ("kota", "Klaten"))))
    with pytest.raises(InvalidInputError, match="at most 256"):
        await contacts.save(sari, ContactEdit("x" * 257, "", (), ()))
    assert (await contacts.detail(sari)).contact.custom_fields == {"Ukuran": "M"}  # a refused edit changed nothing


async def test_a_typed_number_is_normalised_refused_with_its_reason_or_opens_the_existing_contact(db, service):
    contacts, _ = service
    created = await contacts.add("0812-3456-7890", "Sari")
    assert (await contacts.detail(created)).contact.phone_e164 == "+6281234567890"
    assert await contacts.add("+62 812 3456 7890") == created  # the same number, written another way
    with pytest.raises(InvalidPhoneNumberError, match="too short"):
        await contacts.add("0812")
    with pytest.raises(InvalidPhoneNumberError, match="empty"):
        await contacts.add("  ")


async def test_labels_are_managed_and_put_on_a_selection(db, service):
    contacts, _ = service
    people = [contact(db, f"+62812000000{n:02d}", f"P{n}") for n in range(4)]
    vip = await contacts.create_label("VIP")
    with pytest.raises(InvalidInputError, match="already a label"):
        await contacts.create_label(" vip ")
    other = await contacts.create_label("Grosir")
    with pytest.raises(InvalidInputError, match="already a label"):
        await contacts.rename_label(other, "VIP")
    with pytest.raises(InvalidInputError, match="#rrggbb"):
        await contacts.recolor_label(vip, "red")
    assert await contacts.label_contacts(vip, people[:3], add=True) == 3
    assert await contacts.label_contacts(vip, people[1:2], add=False) == 1
    assert await contacts.count(ContactQuery(label="VIP")) == 2
    await contacts.delete_label(vip)
    assert [r.name for r in await contacts.labels()] == ["Grosir"]


async def test_consent_is_recorded_in_the_ledger_and_an_opt_out_blocks_marketing_templates(db, service):
    contacts, account_id = service
    sari = contact(db, "+6281234567890", "Sari")
    await contacts.record_consent(sari, ConsentKind.LEGAL_BASIS, LegalBasis.CONSENT)
    await contacts.record_consent(sari, ConsentKind.CONSENT_GIVEN)
    await contacts.record_consent(sari, ConsentKind.MARKETING_OPT_OUT)
    detail = await contacts.detail(sari)
    assert [(e.kind, e.source) for e in detail.ledger] == [
        (ConsentKind.LEGAL_BASIS, ConsentSource.MANUAL),
        (ConsentKind.CONSENT_GIVEN, ConsentSource.MANUAL),
        (ConsentKind.MARKETING_OPT_OUT, ConsentSource.MANUAL),
    ]
    assert detail.contact.legal_basis is LegalBasis.CONSENT and detail.contact.marketing_opt_out
    with pytest.raises(InvalidInputError, match="legal basis"):
        await contacts.record_consent(sari, ConsentKind.CONSENT_GIVEN, LegalBasis.CONTRACT)

    def templates(store):  # type: ignore[no-untyped-def]
        body = [{"type": "BODY", "text": "Diskon 20% minggu ini"}]
        store.templates.replace_all(
            account_id,
            [
                StoredTemplate(account_id, "1", "promo", "id", "APPROVED", "MARKETING", body),
                StoredTemplate(account_id, "2", "pesanan", "id", "APPROVED", "UTILITY", body),
            ],
        )
        return store.conversations.get_or_create(account_id, sari).id

    chat = db.call(templates)
    with pytest.raises(InvalidInputError, match="opted out of marketing"):
        db.call(lambda s: queue_template(s, chat, "promo", "id"))
    assert db.call(lambda s: queue_template(s, chat, "pesanan", "id")).message_id  # utility still goes
    await contacts.record_consent(sari, ConsentKind.MARKETING_OPT_IN)
    assert db.call(lambda s: queue_template(s, chat, "promo", "id")).message_id


async def test_a_customers_stop_and_start_go_into_the_ledger(db, service):
    contacts, _ = service
    customer_writes(db, "6281234567890", "stop")
    sari = db.call(lambda s: s.contacts.get_by_phone("+6281234567890").id)
    assert (await contacts.detail(sari)).contact.marketing_opt_out
    customer_writes(db, "6281234567890", "Mulai!")
    customer_writes(db, "6281234567890", "stop sending me the catalogue please")  # not a one-word STOP
    detail = await contacts.detail(sari)
    assert not detail.contact.marketing_opt_out
    assert [(e.kind, e.source) for e in detail.ledger] == [
        (ConsentKind.MARKETING_OPT_OUT, ConsentSource.CUSTOMER_REPLY),
        (ConsentKind.MARKETING_OPT_IN, ConsentSource.CUSTOMER_REPLY),
    ]


async def test_a_blocked_contact_is_stored_but_not_notified_and_nothing_is_sent_to_them(db, service):
    contacts, account_id = service
    customer_writes(db, "6281234567890", "Halo kak")
    sari = db.call(lambda s: s.contacts.get_by_phone("+6281234567890").id)
    feed = NotificationFeed(db, account_id)
    watermark = (await feed.check(None)).batch.watermark
    await contacts.set_blocked(sari, True)
    customer_writes(db, "6281234567890", "Halo lagi")
    state = await feed.check(watermark)
    assert state.unread == 0 and state.batch.conversations == ()
    assert db.call(lambda s: s.messages.count()) == 2  # kept
    chat = (await contacts.detail(sari)).conversation_id
    with pytest.raises(InvalidInputError, match="blocked"):
        db.call(lambda s: queue_text(s, chat, "Balasan", now=datetime.now(UTC)))
    assert (await contacts.detail(sari)).history[0].changes == {"blocked": (False, True)}


async def test_duplicates_are_found_by_number_and_by_name(db, service):
    contacts, _ = service
    contact(db, "+6281234567890", "Sari")
    db.call(
        lambda s: s.conn.execute(
            "INSERT INTO contacts (phone_e164, display_name, created_at, updated_at)"
            " VALUES ('+62 812-3456-7890', 'Sari W', 0, 0)"
        )
    )  # an old row written by hand, before numbers were normalised
    contact(db, "+6281300000001", "Budi Santoso")
    contact(db, "+6281300000002", "budi  santoso ")
    contact(db, "+6281300000003", "Citra")
    groups = await contacts.duplicates()
    assert sorted((g.reason, len(g.contacts)) for g in groups) == [("same name", 2), ("same number", 2)]


async def test_a_merge_is_previewed_then_moves_conversations_messages_labels_and_ledger(db, service):
    contacts, _ = service
    customer_writes(db, "6281234567890", "Dari nomor lama")
    customer_writes(db, "6281234567899", "Dari nomor baru")
    old, new = (db.call(lambda s, p=p: s.contacts.get_by_phone(p)) for p in ("+6281234567890", "+6281234567899"))
    await contacts.save(old.id, ContactEdit("Sari", "Pelanggan sejak 2020", ("VIP",), ()))
    await contacts.save(new.id, ContactEdit("", "Alamat: Solo", ("Grosir",), (("Ukuran", "M"),)))
    await contacts.record_consent(new.id, ConsentKind.MARKETING_OPT_OUT)

    preview = await contacts.preview_merge(old.id, new.id)
    assert (preview.conversations_moved, preview.messages_moved, preview.ledger_entries_moved) == (1, 1, 1)
    assert preview.labels == ("Grosir", "VIP") and preview.name == "Sari"
    assert db.call(lambda s: s.contacts.get(new.id)) is not None  # a preview changes nothing

    await contacts.merge(old.id, new.id)

    kept = (await contacts.detail(old.id)).contact
    assert db.call(lambda s: s.contacts.get(new.id)) is None
    assert kept.labels == ["Grosir", "VIP"] and kept.notes == "Pelanggan sejak 2020\nAlamat: Solo"
    assert kept.custom_fields == {"Ukuran": "M"} and kept.marketing_opt_out  # an opt-out survives a merge
    bodies = db.call(
        lambda s: sorted(
            r[0]
            for r in s.conn.execute(
                "SELECT m.body FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.contact_id = ?",
                (old.id,),
            )
        )
    )
    assert bodies == ["Dari nomor baru", "Dari nomor lama"]
    assert db.call(lambda s: s.conn.execute("SELECT count(*) FROM conversations").fetchone()[0]) == 1
    detail = await contacts.detail(old.id)
    assert detail.history[0].changes["merged_with"] == ("", "+6281234567899")
    assert [e.kind for e in detail.ledger] == [ConsentKind.MARKETING_OPT_OUT]
    with pytest.raises(InvalidInputError, match="two different"):
        await contacts.merge(old.id, old.id)


def preference_webhook(db, wa_id: str, value: str, timestamp: int) -> None:  # type: ignore[no-untyped-def]
    """Meta's marketing-preference notice (the ``user_preferences`` field), through the inbox and the applier."""
    import json

    from monggo_desktop.services.messaging.ingest import apply_pending
    from tests.inbound import PHONE_NUMBER_ID

    change_value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID},
        "contacts": [{"profile": {"name": "Sari"}, "wa_id": wa_id}],
        "user_preferences": [
            {"wa_id": wa_id, "detail": "User requested", "category": "marketing_messages", "value": value,
             "timestamp": timestamp}
        ],
    }  # fmt: skip
    body = json.dumps(
        {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "user_preferences",
         "value": change_value}]}]}
    ).encode()  # fmt: skip

    def apply(store):  # type: ignore[no-untyped-def]
        store.inbox.add(body, NOW)
        apply_pending(store, now=NOW)

    db.call(apply)


async def test_whatsapps_marketing_preference_notice_goes_into_the_ledger(db, service):
    contacts, _ = service
    customer_writes(db, "6281234567890", "Halo")
    sari = db.call(lambda s: s.contacts.get_by_phone("+6281234567890").id)
    preference_webhook(db, "6281234567890", "stop", 1_764_000_000)
    detail = await contacts.detail(sari)
    assert detail.contact.marketing_opt_out
    assert [(e.kind, e.source, int(e.at.timestamp())) for e in detail.ledger] == [
        (ConsentKind.MARKETING_OPT_OUT, ConsentSource.WEBHOOK, 1_764_000_000)
    ]
    preference_webhook(db, "6281234567890", "resume", 1_764_000_100)
    preference_webhook(db, "6289999999999", "stop", 1_764_000_200)  # nobody we know: nothing recorded
    detail = await contacts.detail(sari)
    assert not detail.contact.marketing_opt_out and len(detail.ledger) == 2
    assert db.call(lambda s: s.contacts.get_by_phone("+6289999999999")) is None
