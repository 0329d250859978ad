"""Reports: what the reports screen groups by, readable from indexes alone.

``messages_by_time`` holds, for every message but reactions, what the period figures count (direction,
status, time, type, the failure's reason, the template's name): counts per hour, per status, per reason and
per template are ranges of it, and no message row (with its text) is read. Status comes before time so that
each status's count is one range.

``messages_by_conversation`` gains direction and type, so the first-response times read each conversation's
period in order from the index alone. Same name and key order as before: the chat's queries are unchanged.
"""

# The template a message was sent with. json_valid first: an index expression that raised would make the
# insert of a message with a malformed payload fail.
TEMPLATE_NAME = "(CASE WHEN type = 'template' AND json_valid(payload) THEN payload ->> '$.template.name' END)"

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX messages_by_time ON messages(direction, status, created_at, type, error_title,"
    f" {TEMPLATE_NAME}) WHERE type != 'reaction'",
    "DROP INDEX messages_by_conversation",
    "CREATE INDEX messages_by_conversation ON messages(conversation_id, created_at DESC, id DESC, direction, type)",
)
