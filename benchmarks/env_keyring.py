"""A keyring backend for a benchmark's child process, loaded the way the app loads a real one.

The child names it in ``PYTHON_KEYRING_BACKEND`` and puts its entries in ``MONGGO_BENCH_KEYRING`` (JSON:
``[[service, user, secret], ...]``). The keyring library then imports and makes it where the app first asks
for a keyring: on the app's unlocking thread, while the window's modules load, as with the system keyring.
(Setting an in-memory keyring up front instead would import the keyring library and the app's unlocking
modules before the app starts, and so time in series what the app does side by side.)
"""

from __future__ import annotations

import json
import os

from app_data import MemoryKeyring, trust_memory_keyring

ENTRIES = "MONGGO_BENCH_KEYRING"


class EnvKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__(tuple(entry) for entry in json.loads(os.environ.get(ENTRIES, "[]")))
        trust_memory_keyring()
