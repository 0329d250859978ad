"""Labels: create, rename, recolour, delete, and put on or take off many contacts at once."""

from __future__ import annotations

from monggo_desktop.domain.contacts import LabelInfo
from monggo_desktop.domain.labels import next_label_color
from monggo_desktop.storage.repositories.base import Repository


class LabelRepository(Repository):
    def all(self) -> list[LabelInfo]:
        rows = self._conn.execute(
            "SELECT l.id, l.name, l.color, (SELECT count(*) FROM contact_labels cl WHERE cl.label_id = l.id)"
            " FROM labels l ORDER BY l.name COLLATE NOCASE"
        )
        return [LabelInfo(*r) for r in rows]

    def by_name(self, name: str) -> LabelInfo | None:
        return next((r for r in self.all() if r.name.casefold() == name.strip().casefold()), None)

    def create(self, name: str, color: str | None = None) -> int:
        with self._transaction():
            in_use = [r[0] for r in self._conn.execute("SELECT color FROM labels")]
            cur = self._conn.execute(
                "INSERT INTO labels (name, color) VALUES (?, ?)", (name.strip(), color or next_label_color(in_use))
            )
        return int(cur.lastrowid)

    def rename(self, label_id: int, name: str) -> None:
        with self._transaction():
            self._conn.execute("UPDATE labels SET name = ? WHERE id = ?", (name.strip(), label_id))

    def recolor(self, label_id: int, color: str) -> None:
        with self._transaction():
            self._conn.execute("UPDATE labels SET color = ? WHERE id = ?", (color, label_id))

    def delete(self, label_id: int) -> None:
        """The label goes from every contact that carries it."""
        with self._transaction():
            self._conn.execute("DELETE FROM labels WHERE id = ?", (label_id,))

    def add_to(self, label_id: int, contact_ids: list[int]) -> int:
        with self._transaction():
            cur = self._conn.executemany(
                "INSERT OR IGNORE INTO contact_labels (contact_id, label_id) VALUES (?, ?)",
                [(c, label_id) for c in contact_ids],
            )
        return int(cur.rowcount)

    def remove_from(self, label_id: int, contact_ids: list[int]) -> int:
        with self._transaction():
            cur = self._conn.executemany(
                "DELETE FROM contact_labels WHERE contact_id = ? AND label_id = ?", [(c, label_id) for c in contact_ids]
            )
        return int(cur.rowcount)
