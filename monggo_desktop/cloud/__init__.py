"""The Cloud API client, webhook parsing and receiver, and the simulator. No Qt, no SQL."""
