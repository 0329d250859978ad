"""Use cases, over storage, cloud and security. No Qt here."""
