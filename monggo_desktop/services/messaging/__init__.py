"""Messaging: the chat's reads and actions, webhooks applied (ingest), the outbox and its sender, statuses,
media files and their downloads, templates, quick replies, notifications, and the feed of changes."""
