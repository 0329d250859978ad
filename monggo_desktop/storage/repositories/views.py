"""Read-side queries for the screens: conversation rows and chat bubbles, in few indexed queries."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace

from monggo_desktop.domain.customer_ids import handle
from monggo_desktop.domain.models import Direction, DownloadState
from monggo_desktop.domain.status import MessageStatus
from monggo_desktop.domain.views import (
    BubbleView,
    ConversationRow,
    InboundBatch,
    LabelView,
    ListFilter,
    ListShow,
    NewInbound,
    OrderView,
    ReactionView,
)
from monggo_desktop.domain.window import WINDOW
from monggo_desktop.storage.repositories.base import Repository, Row
from monggo_desktop.storage.timeconv import from_ms, from_ms_required

_ROW_SELECT = (
    "SELECT cv.id, cv.contact_id, c.display_name, c.profile_name, c.phone_e164, cv.unread_count,"
    " cv.last_message_at, cv.last_inbound_at, cv.pinned, cv.archived, m.direction, m.type, m.body, m.status,"
    " c.username, c.user_id"
    " FROM conversations cv JOIN contacts c ON c.id = cv.contact_id"
    " LEFT JOIN messages m ON m.id = (SELECT id FROM messages WHERE conversation_id = cv.id AND type != 'reaction'"
    "   ORDER BY created_at DESC, id DESC LIMIT 1)"
)
# Customer messages that make a conversation unread (reactions do not), in the account's visible conversations.
# CROSS JOIN keeps messages the outer table: the new ones are a short id range, whatever the statistics say.
_NEW_INBOUND_FROM = (
    " FROM messages m CROSS JOIN conversations cv ON cv.id = m.conversation_id"
    " WHERE m.id > ? AND m.id <= ? AND cv.account_id = ? AND cv.archived = 0"
    " AND m.direction = 'in' AND m.type != 'reaction'"
    " AND NOT EXISTS (SELECT 1 FROM contacts b WHERE b.id = cv.contact_id AND b.blocked = 1)"  # kept, not notified
)
_BUBBLE_COLUMNS = (
    "m.id, m.direction, m.type, m.body, m.created_at, m.status, m.error_title, m.reply_to_wamid, m.wamid,"
    " m.media_id, md.mime_type, md.filename, md.download_state, m.edited_at, m.revoked_at, "
    + ", ".join(
        f"CASE WHEN json_valid(m.payload) THEN json_extract(m.payload, '{path}') END"  # a bad payload shows as none
        for path in ("$.forwarded", "$.referral.headline", "$.referral.source_url", "$.from_phone", "$.duration")
    )
    + ", CASE WHEN json_valid(m.payload) THEN json_extract(m.payload, '$.status') END"
    + ", CASE WHEN m.type = 'order' AND json_valid(m.payload)"
    " THEN json_extract(m.payload, '$.content.product_items') END"
)


def _preview(body: str | None) -> str:
    # Labels ("Photo") and "You:" are the list's to add, in the reader's language.
    return body.splitlines()[0] if body else ""


def _title(
    display_name: str | None,
    profile_name: str | None,
    phone_e164: str | None,
    username: str | None = None,
    user_id: str | None = None,
) -> str:
    """What a contact is called on screen: the name we gave them, theirs, their number, else their username."""
    name = display_name or profile_name
    if name:
        return name
    if not phone_e164:
        return handle(username, user_id)
    from monggo_desktop.domain.phone import display_international  # only for a nameless contact

    return display_international(phone_e164)


def _row(r: Row) -> ConversationRow:
    last_inbound = from_ms(r[7])
    return ConversationRow(
        conversation_id=r[0],
        contact_id=r[1],
        title=_title(r[2], r[3], r[4], r[14], r[15]),
        phone_e164=r[4] or "",
        handle=handle(r[14], r[15]),
        preview=_preview(r[12]),
        preview_kind=r[11],
        last_at=from_ms(r[6]),
        unread=r[5],
        last_outbound_status=MessageStatus(r[13]) if r[10] == Direction.OUTBOUND.value and r[13] else None,
        pinned=bool(r[8]),
        archived=bool(r[9]),
        window_closes_at=last_inbound + WINDOW if last_inbound else None,
    )


class ViewQueries(Repository):
    def conversation_rows(
        self, *, offset: int, limit: int, list_filter: ListFilter | None = None
    ) -> list[ConversationRow]:
        list_filter = list_filter or ListFilter()
        where = {
            ListShow.ACTIVE: "cv.archived = 0",
            ListShow.UNREAD: "cv.archived = 0 AND cv.unread_count > 0",
            ListShow.ARCHIVED: "cv.archived = 1",
        }[list_filter.show]
        params: list[object] = []
        if list_filter.label:
            where += (
                " AND cv.contact_id IN (SELECT cl.contact_id FROM contact_labels cl JOIN labels l ON l.id = cl.label_id"
                " WHERE l.name = ?)"
            )
            params.append(list_filter.label)
        rows = self._conn.execute(
            f"{_ROW_SELECT} WHERE {where}"
            " ORDER BY cv.pinned DESC, cv.last_message_at DESC, cv.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return self._with_labels([_row(r) for r in rows])

    def conversation_row(self, conversation_id: int) -> ConversationRow | None:
        row = self._conn.execute(f"{_ROW_SELECT} WHERE cv.id = ?", (conversation_id,)).fetchone()
        return self._with_labels([_row(row)])[0] if row else None

    def labels(self) -> list[LabelView]:
        """Every label in use or defined, by name."""
        rows = self._conn.execute("SELECT name, color FROM labels ORDER BY name COLLATE NOCASE").fetchall()
        return [LabelView(name, color) for name, color in rows]

    def _with_labels(self, rows: list[ConversationRow]) -> list[ConversationRow]:
        """The customers' labels, read for the whole page at once."""
        if not rows:
            return rows
        contact_ids = sorted({r.contact_id for r in rows})
        marks = ",".join("?" * len(contact_ids))
        found: dict[int, list[LabelView]] = defaultdict(list)
        for contact_id, name, color in self._conn.execute(
            "SELECT cl.contact_id, l.name, l.color FROM contact_labels cl JOIN labels l ON l.id = cl.label_id"
            f" WHERE cl.contact_id IN ({marks}) ORDER BY l.name COLLATE NOCASE",
            contact_ids,
        ):
            found[contact_id].append(LabelView(name, color))
        return [replace(r, labels=tuple(found[r.contact_id])) if r.contact_id in found else r for r in rows]

    def search_rows(self, text: str, *, limit: int = 50) -> list[ConversationRow]:
        """Conversations whose contact name or number, or any message, contains ``text``."""
        needle = text.strip()
        if not needle:
            return []
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        digits = "".join(ch for ch in needle if ch.isdigit())
        if len(digits) < 4 or len(digits) * 2 < len(needle.replace(" ", "")):
            digits = ""  # a name with a number in it is not a phone search
        digits = digits.lstrip("0")  # "0812…" is the national form of "+62812…"
        ids = [
            r[0]
            for r in self._conn.execute(
                "SELECT cv.id FROM conversations cv JOIN contacts c ON c.id = cv.contact_id"
                " WHERE c.display_name LIKE ? ESCAPE '\\' OR c.profile_name LIKE ? ESCAPE '\\'"
                " OR c.username LIKE ? ESCAPE '\\'"
                " OR (? != '' AND c.phone_e164 LIKE '%' || ? || '%') LIMIT ?",
                (like, like, like.replace("%@", "%", 1), digits, digits, limit),
            )
        ]
        if len(needle) >= 3:
            ids += [
                r[0]
                for r in self._conn.execute(
                    "SELECT DISTINCT conversation_id FROM messages WHERE id IN"
                    " (SELECT rowid FROM message_search WHERE message_search MATCH ? ORDER BY rowid DESC LIMIT 500)"
                    " LIMIT ?",
                    ('"' + needle.replace('"', '""') + '"', limit),
                )
            ]
        seen: list[int] = []
        for conversation_id in ids:
            if conversation_id not in seen:
                seen.append(conversation_id)
        rows = [self.conversation_row(i) for i in seen[:limit]]
        return sorted(
            (r for r in rows if r is not None),
            key=lambda r: (r.last_at is None, -(r.last_at.timestamp() if r.last_at else 0)),
        )

    def bubbles(self, conversation_id: int, *, before_id: int | None, limit: int) -> list[BubbleView]:
        """The newest ``limit`` bubbles older than message ``before_id`` (all when None), oldest first."""
        if before_id is None:
            rows = self._conn.execute(
                f"SELECT {_BUBBLE_COLUMNS} FROM messages m LEFT JOIN media md ON md.id = m.media_id"
                " WHERE m.conversation_id = ? AND m.type != 'reaction' ORDER BY m.created_at DESC, m.id DESC LIMIT ?",
                (conversation_id, limit),
            ).fetchall()
        else:
            anchor = self._conn.execute("SELECT created_at FROM messages WHERE id = ?", (before_id,)).fetchone()
            if anchor is None:
                return []
            rows = self._conn.execute(
                f"SELECT {_BUBBLE_COLUMNS} FROM messages m LEFT JOIN media md ON md.id = m.media_id"
                " WHERE m.conversation_id = ? AND m.type != 'reaction' AND (m.created_at, m.id) < (?, ?)"
                " ORDER BY m.created_at DESC, m.id DESC LIMIT ?",
                (conversation_id, anchor[0], before_id, limit),
            ).fetchall()
        rows.reverse()
        return self._bubbles_of(rows)

    def bubbles_after(self, conversation_id: int, *, after_id: int, limit: int) -> list[BubbleView]:
        """The oldest ``limit`` bubbles newer than message ``after_id``, oldest first."""
        anchor = self._conn.execute("SELECT created_at FROM messages WHERE id = ?", (after_id,)).fetchone()
        if anchor is None:
            return []
        rows = self._conn.execute(
            f"SELECT {_BUBBLE_COLUMNS} FROM messages m LEFT JOIN media md ON md.id = m.media_id"
            " WHERE m.conversation_id = ? AND m.type != 'reaction' AND (m.created_at, m.id) > (?, ?)"
            " ORDER BY m.created_at, m.id LIMIT ?",
            (conversation_id, anchor[0], after_id, limit),
        ).fetchall()
        return self._bubbles_of(rows)

    def _bubbles_of(self, rows: list[Row]) -> list[BubbleView]:
        wamids = [r[8] for r in rows if r[8]]
        quoted = self._bodies_of([r[7] for r in rows if r[7]])
        reactions = self._reactions_on(wamids)
        return [
            BubbleView(
                message_id=r[0],
                direction=Direction(r[1]),
                type=r[2],
                text=r[3],
                at=from_ms_required(r[4]),
                status=MessageStatus(r[5]),
                error=r[6],
                quoted_text=quoted[r[7]][0] if r[7] in quoted else None,
                quoted_kind=quoted[r[7]][1] if r[7] in quoted else None,
                reactions=tuple(reactions.get(r[8], ())) if r[8] else (),
                media_id=r[9],
                media_mime=r[10],
                media_name=r[11],
                media_state=DownloadState(r[12]) if r[12] else None,
                wamid=r[8],
                edited=r[13] is not None,
                revoked=r[14] is not None,
                forwarded=r[15] if r[15] in ("once", "many") else None,
                ad_headline=r[16] or (r[17] and str(r[17])) or None,
                from_phone=bool(r[18]),
                call_seconds=r[19] if isinstance(r[19], int) else None,
                call_status=r[20] if r[2] == "call" and isinstance(r[20], str) else None,
                order=_order_of(r[21]),
            )
            for r in rows
        ]

    def _bodies_of(self, wamids: list[str]) -> dict[str, tuple[str | None, str]]:
        if not wamids:
            return {}
        marks = ",".join("?" * len(wamids))
        rows = self._conn.execute(f"SELECT wamid, body, type FROM messages WHERE wamid IN ({marks})", wamids)
        return {w: (b, t) for w, b, t in rows}

    def _reactions_on(self, wamids: list[str]) -> dict[str, list[ReactionView]]:
        if not wamids:
            return {}
        marks = ",".join("?" * len(wamids))
        latest: dict[tuple[str, str], str] = {}
        for target, direction, emoji in self._conn.execute(
            f"SELECT reaction_to_wamid, direction, reaction_emoji FROM messages WHERE reaction_to_wamid IN ({marks})"
            " ORDER BY created_at, id",
            wamids,
        ):
            latest[(target, direction)] = emoji or ""  # a later reaction replaces, an empty one removes
        grouped: dict[str, list[ReactionView]] = defaultdict(list)
        for (target, direction), emoji in latest.items():
            if emoji:
                grouped[target].append(ReactionView(emoji=emoji, mine=direction == Direction.OUTBOUND.value))
        return grouped

    def newest_inbound_wamid(self, conversation_id: int) -> str | None:
        row = self._conn.execute(
            "SELECT wamid FROM messages WHERE conversation_id = ? AND direction = 'in' AND wamid IS NOT NULL"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            (conversation_id,),
        ).fetchone()
        return str(row[0]) if row else None

    def newest_message_id(self) -> int:
        row = self._conn.execute("SELECT max(id) FROM messages").fetchone()
        return int(row[0] or 0)

    def unread_total(self, account_id: int) -> int:
        """Unread messages of the account, archived conversations left out (as the list leaves them out)."""
        row = self._conn.execute(
            "SELECT coalesce(sum(unread_count), 0) FROM conversations cv WHERE account_id = ? AND archived = 0"
            " AND NOT EXISTS (SELECT 1 FROM contacts b WHERE b.id = cv.contact_id AND b.blocked = 1)",
            (account_id,),
        ).fetchone()
        return int(row[0])

    def inbound_since(self, account_id: int, after_id: int, *, named: int) -> InboundBatch:
        """Customer messages with an id above ``after_id``, grouped by conversation (newest first).

        Everything is counted; names and text are read for the newest ``named`` conversations only.
        """
        # One upper bound for every query here, so the counts and the watermark agree.
        upto = max(after_id, self.newest_message_id())
        groups = self._conn.execute(
            f"SELECT m.conversation_id, count(*), max(m.id){_NEW_INBOUND_FROM}"
            " GROUP BY m.conversation_id ORDER BY max(m.id) DESC",
            (after_id, upto, account_id),
        ).fetchall()
        listed = groups[: max(named, 0)]
        details: dict[int, Row] = {}
        if listed:
            marks = ",".join("?" * len(listed))
            details = {
                r[0]: r
                for r in self._conn.execute(
                    "SELECT m.id, m.type, m.body, c.display_name, c.profile_name, c.phone_e164, c.username, c.user_id"
                    " FROM messages m JOIN conversations cv ON cv.id = m.conversation_id"
                    f" JOIN contacts c ON c.id = cv.contact_id WHERE m.id IN ({marks})",
                    [g[2] for g in listed],
                )
            }
        return InboundBatch(
            conversations=tuple(
                NewInbound(
                    conversation_id=conversation_id,
                    title=_title(*details[newest][3:8]),
                    count=count,
                    type=details[newest][1],
                    text=details[newest][2],
                )
                for conversation_id, count, newest in listed
            ),
            messages=sum(g[1] for g in groups),
            customers=len(groups),
            watermark=upto,
        )


def _order_of(items_json: object) -> OrderView | None:
    """An order's pieces and total from its product items; None when they cannot be read (it still shows)."""
    try:
        items = json.loads(items_json) if isinstance(items_json, str) else None
        if not isinstance(items, list) or not items:
            return None
        pieces = sum(int(item["quantity"]) for item in items)
        total = sum(int(item["quantity"]) * float(item["item_price"]) for item in items)
        currencies = {str(item.get("currency") or "") for item in items}
    except (ValueError, TypeError, KeyError):
        return None
    return OrderView(pieces, total, currencies.pop() if len(currencies) == 1 else "")
