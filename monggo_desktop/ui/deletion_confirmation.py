"""A deletion receipt as a confirmation the owner can hand to the customer: a text file or a PDF, in the
interface's language. It says when the request came and when it was done, how much of each kind of data
went, the salted hash that stands for the customer (never the number) and the business's name."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from monggo_desktop import __version__
from monggo_desktop.domain.models import DeletionRequest
from monggo_desktop.ui.privacy_texts import count_names, state_word

# The data classes in the order a reader expects them; anything newer follows.
ORDER = (
    "contacts",
    "conversations",
    "messages",
    "media_files",
    "consent_entries",
    "pending_statuses",
    "webhook_bodies",
    "meta_media_deleted",
    "meta_media_not_deleted",
)


@dataclass(frozen=True, slots=True)
class Confirmation:
    title: str
    business: str
    intro: str
    facts: tuple[tuple[str, str], ...]  # (label, value): the times, the state, the receipt number
    deleted_heading: str
    deleted: tuple[tuple[str, int], ...]  # (data class, count)
    reference_label: str
    reference: str  # the salted hash
    reference_note: str
    footer: str


def confirmation_for(receipt: DeletionRequest, business: str, *, written_at: datetime) -> Confirmation:
    facts = [
        (QCoreApplication.translate("DeletionConfirmation", "Requested"), _when(receipt.requested_at)),
        (QCoreApplication.translate("DeletionConfirmation", "Completed"), _when(receipt.executed_at)),
    ]
    if receipt.verified_at is not None:
        facts.append((QCoreApplication.translate("DeletionConfirmation", "Checked"), _when(receipt.verified_at)))
    facts += [
        (QCoreApplication.translate("DeletionConfirmation", "State"), state_word(receipt.state.value)),
        (QCoreApplication.translate("DeletionConfirmation", "Receipt number"), str(receipt.id or "")),
    ]
    names = count_names()
    keys = [k for k in ORDER if k in receipt.counts] + sorted(k for k in receipt.counts if k not in ORDER)
    return Confirmation(
        title=QCoreApplication.translate("DeletionConfirmation", "Deletion confirmation"),
        business=business or QCoreApplication.translate("DeletionConfirmation", "(business name not set)"),
        intro=QCoreApplication.translate(
            "DeletionConfirmation",
            "At the customer's request, all data this business kept about them in Monggo Pinarak Desktop has been"
            " deleted.",
        ),
        facts=tuple(facts),
        deleted_heading=QCoreApplication.translate("DeletionConfirmation", "What was deleted"),
        deleted=tuple((names.get(k, k), int(receipt.counts[k])) for k in keys),
        reference_label=QCoreApplication.translate("DeletionConfirmation", "Customer reference"),
        reference=receipt.subject_hash,
        reference_note=QCoreApplication.translate(
            "DeletionConfirmation",
            "A salted SHA-256 hash of the customer's number: it shows which request this was, while the number"
            " itself is not kept.",
        ),
        footer=QCoreApplication.translate(
            "DeletionConfirmation", "Written on {when} by Monggo Pinarak Desktop {version}."
        ).format(when=_when(written_at), version=__version__),
    )


def as_text(c: Confirmation) -> str:
    width = max(len(label) for label, _ in c.facts)
    lines = [c.title, c.business, "", c.intro, ""]
    lines += [f"{label + ':':<{width + 1}} {value}" for label, value in c.facts]
    lines += ["", c.deleted_heading]
    lines += [f"- {name}: {count:,}" for name, count in c.deleted]
    lines += ["", f"{c.reference_label}: {c.reference}", c.reference_note, "", c.footer]
    return "\n".join(lines) + "\n"


def as_pdf(c: Confirmation) -> bytes:
    """An A4 PDF of the same text, drawn by Qt (no other library)."""
    e = html.escape
    facts = "".join(f"<tr><td><b>{e(label)}</b></td><td>{e(value)}</td></tr>" for label, value in c.facts)
    deleted = "".join(f"<tr><td>{e(name)}</td><td align='right'>{count:,}</td></tr>" for name, count in c.deleted)
    body = (
        f"<h2>{e(c.title)}</h2><p><b>{e(c.business)}</b></p><p>{e(c.intro)}</p>"
        f"<table cellpadding='3'>{facts}</table>"
        f"<h3>{e(c.deleted_heading)}</h3><table cellpadding='3'>{deleted}</table>"
        f"<h3>{e(c.reference_label)}</h3><p><tt>{e(c.reference)}</tt></p><p>{e(c.reference_note)}</p>"
        f"<p><small>{e(c.footer)}</small></p>"
    )
    document = QTextDocument()
    document.setHtml(body)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(c.title)
    writer.setCreator(f"Monggo Pinarak Desktop {__version__}")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def _when(moment: datetime | None) -> str:
    """A time that reads the same in any language and any place: local, with its offset from UTC."""
    if moment is None:
        return "–"
    local = moment.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"
