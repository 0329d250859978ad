"""SQLCipher storage: open and key, migrations, and one repository per aggregate."""

from monggo_desktop.storage.database import Database
from monggo_desktop.storage.store import Store

__all__ = ["Database", "Store"]
