"""Possible duplicates and merging two contacts into one (conversations, messages, labels, ledger and all).

Merging runs in one transaction: either the merged contact is gone with everything moved to the kept one,
or nothing changed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime

from monggo_desktop.domain.contacts import DuplicateGroup, MergePreview
from monggo_desktop.domain.errors import InvalidInputError, InvalidPhoneNumberError
from monggo_desktop.domain.models import Contact
from monggo_desktop.domain.phone import DEFAULT_REGION, normalize_e164
from monggo_desktop.storage import Store

DUPLICATE_GROUPS_MAX = 500


def find_duplicates(store: Store, *, region: str = DEFAULT_REGION) -> list[DuplicateGroup]:
    """Numbers that are the same once written the same way, then names shared by different numbers."""
    conn = store.conn
    groups: list[DuplicateGroup] = []
    # Numbers stored in E.164 are unique by construction; older or hand-made rows may carry spaces or dashes.
    by_number: dict[str, list[int]] = defaultdict(list)
    for contact_id, phone in conn.execute("SELECT id, phone_e164 FROM contacts WHERE phone_e164 GLOB '*[^+0-9]*'"):
        try:
            by_number[normalize_e164(phone, region)].append(contact_id)
        except InvalidPhoneNumberError:
            continue
    for number, ids in by_number.items():
        same = conn.execute("SELECT id FROM contacts WHERE phone_e164 = ?", (number,)).fetchone()
        members = ([same[0]] if same else []) + ids
        if len(members) > 1:
            groups.append(_group(store, "same number", members))
    by_name: dict[str, list[int]] = defaultdict(list)
    for contact_id, name in conn.execute(
        "SELECT id, coalesce(nullif(display_name, ''), profile_name) FROM contacts ORDER BY id"
    ):
        key = " ".join(name.casefold().split())  # case and spacing do not make two people
        if key:
            by_name[key].append(contact_id)
    for _key, ids in sorted(by_name.items()):
        if len(ids) > 1 and len(groups) < DUPLICATE_GROUPS_MAX:
            groups.append(_group(store, "same name", ids))
    return groups[:DUPLICATE_GROUPS_MAX]


def _group(store: Store, reason: str, ids: list[int]) -> DuplicateGroup:
    rows = [store.contact_views.row(i) for i in ids]
    return DuplicateGroup(reason, tuple(r for r in rows if r is not None))


def preview_merge(store: Store, kept_id: int, merged_id: int) -> MergePreview:
    kept, merged = _pair(store, kept_id, merged_id)
    conversations = store.conn.execute(
        "SELECT count(*), (SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        " WHERE c.contact_id = ?) FROM conversations WHERE contact_id = ?",
        (merged_id, merged_id),
    ).fetchone()
    return MergePreview(
        kept=kept,
        merged=merged,
        name=kept.display_name or merged.display_name or kept.profile_name or merged.profile_name,
        labels=tuple(sorted(set(kept.labels) | set(merged.labels), key=str.casefold)),
        conversations_moved=int(conversations[0]),
        messages_moved=int(conversations[1]),
        ledger_entries_moved=len(store.consent.of(merged_id)),
    )


def merge(store: Store, kept_id: int, merged_id: int, *, at: datetime) -> MergePreview:
    """Keep ``kept_id``; move everything of ``merged_id`` to it; delete ``merged_id``. Returns what was done."""
    with store.transaction():
        done = preview_merge(store, kept_id, merged_id)
        kept, merged = done.kept, done.merged
        for conversation_id, account_id in store.conn.execute(
            "SELECT id, account_id FROM conversations WHERE contact_id = ?", (merged_id,)
        ).fetchall():
            _move_conversation(store, conversation_id, account_id, kept_id)
        store.consent.move(merged_id, kept_id)
        store.contact_history.move(merged_id, kept_id)
        before = replace(kept, labels=list(kept.labels), custom_fields=dict(kept.custom_fields))
        kept.display_name = kept.display_name or merged.display_name
        kept.profile_name = kept.profile_name or merged.profile_name
        kept.labels = list(done.labels)
        kept.notes = _joined_notes(kept.notes, merged.notes)
        kept.custom_fields = {**merged.custom_fields, **kept.custom_fields}
        kept.legal_basis = kept.legal_basis or merged.legal_basis
        kept.consent_given_at = kept.consent_given_at or merged.consent_given_at
        kept.consent_withdrawn_at = _latest(kept.consent_withdrawn_at, merged.consent_withdrawn_at)
        if merged.marketing_opt_out and not kept.marketing_opt_out:  # an opt-out is never lost in a merge
            kept.marketing_opt_out, kept.marketing_opt_out_at = True, merged.marketing_opt_out_at
        kept.blocked = kept.blocked or merged.blocked
        wa_id = kept.wa_id or merged.wa_id
        phone = kept.phone_e164 or merged.phone_e164
        user_id, username = kept.user_id or merged.user_id, kept.username or merged.username
        store.contacts.delete(merged_id)  # first: its number, WhatsApp id and BSUID are unique
        kept.wa_id, kept.phone_e164, kept.user_id, kept.username = wa_id, phone, user_id, username
        kept.updated_at = at
        store.contacts.update(kept)
        changes = {
            "merged_with": ("", merged.phone_e164 or merged.user_id),
            **{
                name: (getattr(before, name), getattr(kept, name))
                for name in ("display_name", "notes", "labels", "custom_fields")
                if getattr(before, name) != getattr(kept, name)
            },
        }
        store.contact_history.record(kept_id, at, changes)
    return done


def _pair(store: Store, kept_id: int, merged_id: int) -> tuple[Contact, Contact]:
    if kept_id == merged_id:
        raise InvalidInputError("choose two different contacts to merge")
    kept, merged = store.contacts.get(kept_id), store.contacts.get(merged_id)
    if kept is None or merged is None:
        raise InvalidInputError("one of the two contacts no longer exists")
    return kept, merged


def _move_conversation(store: Store, conversation_id: int, account_id: int, kept_id: int) -> None:
    conn = store.conn
    target = conn.execute(
        "SELECT id FROM conversations WHERE contact_id = ? AND account_id = ?", (kept_id, account_id)
    ).fetchone()
    if target is None:
        conn.execute("UPDATE conversations SET contact_id = ? WHERE id = ?", (kept_id, conversation_id))
        return
    conn.execute("UPDATE messages SET conversation_id = ? WHERE conversation_id = ?", (target[0], conversation_id))
    conn.execute(
        "UPDATE conversations SET"
        " unread_count = unread_count + (SELECT unread_count FROM conversations WHERE id = :old),"
        " last_inbound_at = max(coalesce(last_inbound_at, 0),"
        "   coalesce((SELECT last_inbound_at FROM conversations WHERE id = :old), 0)),"
        " last_message_at = max(coalesce(last_message_at, 0),"
        "   coalesce((SELECT last_message_at FROM conversations WHERE id = :old), 0)),"
        " pinned = max(pinned, (SELECT pinned FROM conversations WHERE id = :old))"
        " WHERE id = :new",
        {"old": conversation_id, "new": target[0]},
    )
    conn.execute(
        "UPDATE conversations SET last_inbound_at = nullif(last_inbound_at, 0),"
        " last_message_at = nullif(last_message_at, 0) WHERE id = ?",
        (target[0],),
    )
    conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))


def _joined_notes(kept: str, merged: str) -> str:
    if not merged.strip() or merged.strip() in kept:
        return kept
    return f"{kept}\n{merged}".strip()


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max((x for x in (a, b) if x is not None), default=None)
