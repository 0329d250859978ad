"""FTS5 secure-delete off: with it, removing one message rewrote the doclists of all its trigrams (about
1.3 ms a message, hours for a retention run over a large history). Deleted entries are now purged in bulk
by an ``optimize`` after a retention run or a deletion request, and SQLite's own ``secure_delete`` zeroes
the pages the old index segments leave behind."""

STATEMENTS: tuple[str, ...] = ("INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 0)",)
