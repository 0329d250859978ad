"""The contacts' new storage on a real SQLCipher file: custom fields, blocking, labels, history, consent ledger."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monggo_desktop.domain.labels import LABEL_COLOURS
from monggo_desktop.domain.models import ConsentEvent, ConsentKind, ConsentSource, Contact, LegalBasis

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def add(db, phone: str = "+6281234567890", **fields):  # type: ignore[no-untyped-def]
    return db.call(lambda s: s.contacts.add(Contact(phone_e164=phone, **fields)))


def test_custom_fields_and_blocking_round_trip(db):
    contact = add(db, custom_fields={"Ukuran": "XL", "Kota": "Solo"}, blocked=True)
    again = db.call(lambda s: s.contacts.get(contact.id))
    assert again.custom_fields == {"Ukuran": "XL", "Kota": "Solo"} and again.blocked
    again.custom_fields, again.blocked = {}, False
    db.call(lambda s: s.contacts.update(again))
    assert db.call(lambda s: s.contacts.get(contact.id)).custom_fields == {}


def test_the_consent_ledger_is_append_only_and_goes_with_its_contact(db):
    contact = add(db)
    ledger = [
        ConsentEvent(contact.id, ConsentKind.LEGAL_BASIS, ConsentSource.MANUAL, T0, LegalBasis.CONSENT),
        ConsentEvent(contact.id, ConsentKind.CONSENT_GIVEN, ConsentSource.IMPORT, T0 + timedelta(days=1)),
        ConsentEvent(contact.id, ConsentKind.MARKETING_OPT_OUT, ConsentSource.CUSTOMER_REPLY, T0 + timedelta(days=2)),
    ]
    for event in ledger:
        db.call(lambda s, e=event: s.consent.append(e))
    stored = db.call(lambda s: s.consent.of(contact.id))
    assert [(e.kind, e.source, e.at) for e in stored] == [(e.kind, e.source, e.at) for e in ledger]
    with pytest.raises(Exception, match="append-only"):
        db.call(lambda s: s.conn.execute("UPDATE consent_events SET kind = 'consent_given'"))
    db.call(lambda s: s.contacts.delete(contact.id))
    assert db.call(lambda s: s.consent.of(contact.id)) == []


def test_a_merge_hands_the_ledger_and_history_to_the_kept_contact(db):
    kept, merged = add(db, "+6281111111111"), add(db, "+6282222222222")
    db.call(lambda s: s.consent.append(ConsentEvent(merged.id, ConsentKind.CONSENT_GIVEN, ConsentSource.MANUAL, T0)))
    db.call(lambda s: s.contact_history.record(merged.id, T0, {"notes": ("", "VIP")}))
    db.call(lambda s: s.consent.move(merged.id, kept.id))
    db.call(lambda s: s.contact_history.move(merged.id, kept.id))
    assert [e.kind for e in db.call(lambda s: s.consent.of(kept.id))] == [ConsentKind.CONSENT_GIVEN]
    assert db.call(lambda s: s.contact_history.of(kept.id))[0].changes == {"notes": ("", "VIP")}


def test_history_records_what_changed_newest_first(db):
    contact = add(db)
    db.call(lambda s: s.contact_history.record(contact.id, T0, {"display_name": ("", "Sari")}))
    db.call(lambda s: s.contact_history.record(contact.id, T0 + timedelta(hours=1), {"notes": ("", "Suka batik")}))
    db.call(lambda s: s.contact_history.record(contact.id, T0 + timedelta(hours=2), {}))  # nothing changed: no row
    history = db.call(lambda s: s.contact_history.of(contact.id))
    assert [h.changes for h in history] == [{"notes": ("", "Suka batik")}, {"display_name": ("", "Sari")}]


def test_labels_are_created_renamed_recoloured_put_on_many_and_deleted(db):
    contacts = [add(db, f"+62812345678{n:02d}").id for n in range(3)]
    vip = db.call(lambda s: s.labels.create("VIP"))
    grosir = db.call(lambda s: s.labels.create("Grosir"))
    assert {r.color for r in db.call(lambda s: s.labels.all())} == set(LABEL_COLOURS[:2])  # each its own
    assert db.call(lambda s: s.labels.add_to(vip, contacts)) == 3
    assert db.call(lambda s: s.labels.add_to(vip, contacts[:1])) == 0  # already there
    db.call(lambda s: s.labels.rename(vip, "Pelanggan VIP"))
    db.call(lambda s: s.labels.recolor(grosir, "#123456"))
    assert db.call(lambda s: s.contacts.get(contacts[0])).labels == ["Pelanggan VIP"]
    assert db.call(lambda s: s.labels.remove_from(vip, contacts[1:])) == 2
    rows = {r.name: (r.color, r.contacts) for r in db.call(lambda s: s.labels.all())}
    assert rows == {"Grosir": ("#123456", 0), "Pelanggan VIP": (LABEL_COLOURS[0], 1)}
    db.call(lambda s: s.labels.delete(vip))
    assert db.call(lambda s: s.contacts.get(contacts[0])).labels == []
