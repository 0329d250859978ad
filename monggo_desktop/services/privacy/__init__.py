"""Privacy: the privacy center, retention, exports (access, portability), deletion on request and its ledger,
backups and restore, the security self-check."""
