"""PyInstaller hook for phonenumbers (build.spec uses this folder): its modules without the place names,
carriers and time zones (40 MB) that the app never looks up; parsing and formatting need only the metadata."""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geo", "phonenumbers.carrier", "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
