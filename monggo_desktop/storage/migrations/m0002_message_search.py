"""Full-text search over message text that matches parts of words (trigram tokenizer).

An external-content index: the text lives once, in ``messages``; triggers keep the index in step.
``secure-delete`` makes FTS5 remove a deleted message's tokens from the index instead of leaving them
until the next merge, so retention and deletion requests leave nothing behind.
"""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE VIRTUAL TABLE message_search USING fts5(
        body, content='messages', content_rowid='id', tokenize='trigram remove_diacritics 1'
    )
    """,
    "INSERT INTO message_search(message_search, rank) VALUES ('secure-delete', 1)",
    """
    CREATE TRIGGER messages_search_insert AFTER INSERT ON messages WHEN new.body IS NOT NULL BEGIN
        INSERT INTO message_search(rowid, body) VALUES (new.id, new.body);
    END
    """,
    """
    CREATE TRIGGER messages_search_delete AFTER DELETE ON messages WHEN old.body IS NOT NULL BEGIN
        INSERT INTO message_search(message_search, rowid, body) VALUES ('delete', old.id, old.body);
    END
    """,
    """
    CREATE TRIGGER messages_search_update AFTER UPDATE OF body ON messages BEGIN
        INSERT INTO message_search(message_search, rowid, body)
            SELECT 'delete', old.id, old.body WHERE old.body IS NOT NULL;
        INSERT INTO message_search(rowid, body) SELECT new.id, new.body WHERE new.body IS NOT NULL;
    END
    """,
    # Messages written before this version get indexed too.
    "INSERT INTO message_search(message_search) VALUES ('rebuild')",
)
