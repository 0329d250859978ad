"""An error from below the UI put into the window's words: the one place a viewmodel turns a ``UserFacingError``
into the line it shows, and a text a service kept in English (a failed send's reason, the receiving state's
detail, an import row's reason) is said again in the window's language.

A few kinds of error have their own wording here ("ErrorWords"); every other message is a template and its
values (domain/words.py), translated in the context "ServiceErrors" (the templates are listed for lupdate in
ui/error_catalogue.py) and filled in here.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from monggo_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseKeyMissingError,
    DiskFullError,
    InvalidRecoveryKeyError,
    NotSetUpError,
    UserFacingError,
    WrongKeyError,
)
from monggo_desktop.domain.profile import ProfileInvalidError
from monggo_desktop.domain.words import Value, Words, placeholders
from monggo_desktop.ui.error_catalogue import TEMPLATES
from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP
from monggo_desktop.ui.local_format import count_text
from monggo_desktop.ui.profile_texts import problem_text
from monggo_desktop.ui.sentences import sentence

CONTEXT = "ErrorWords"
SERVICE_CONTEXT = "ServiceErrors"
_NESTING = 3  # how deep a kept text's values are read back as phrases of their own

FIXED_TEXTS: dict[type[UserFacingError], str] = {
    WrongKeyError: QT_TRANSLATE_NOOP("ErrorWords", "Wrong passphrase, or this is not a Monggo database."),
    NotSetUpError: QT_TRANSLATE_NOOP(
        "ErrorWords", "There is no Monggo database in this folder yet: set the app up first."
    ),
    DatabaseKeyMissingError: QT_TRANSLATE_NOOP(
        "ErrorWords",
        "The database key is missing from the system keyring: recover it with the recovery key shown at setup.",
    ),
    InvalidRecoveryKeyError: QT_TRANSLATE_NOOP(
        "ErrorWords", "That is not a valid recovery key: check it for typos (groups of 5 letters and digits)."
    ),
    DiskFullError: QT_TRANSLATE_NOOP(
        "ErrorWords", "The disk is full: free some space and try again. Nothing was saved."
    ),
    CorruptDatabaseError: QT_TRANSLATE_NOOP(
        "ErrorWords", "The database file is damaged (a page failed its integrity check): restore it from a backup."
    ),
}


def error_text(error: UserFacingError) -> str:
    """The line the window shows for ``error``, in its language."""
    if isinstance(error, ProfileInvalidError):  # said field by field, in the owner's language
        return "\n".join(problem_text(problem) for problem in error.problems)
    fixed = FIXED_TEXTS.get(type(error))
    if fixed is not None:
        return QCoreApplication.translate(CONTEXT, fixed)
    words = error.words
    if not words.args and words.template not in _KNOWN:  # a message passed on as a string: read it back
        words = words_in(words.template) or words
    return sentence(words_text(words))


def words_text(words: Words) -> str:
    """``words`` in the window's language: the template translated, its values filled in (a phrase among them
    translated too). A translation whose placeholders differ from the template's cannot be filled in safely:
    the English sentence is shown instead."""
    translated = QCoreApplication.translate(SERVICE_CONTEXT, words.template)
    if not words.args:
        return translated
    if translated != words.template and placeholders(translated) != placeholders(words.template):
        return str(words)
    values = {name: words_text(v) if isinstance(v, Words) else v for name, v in words.args.items()}
    try:
        return _LOCAL.vformat(translated, (), values)
    except (KeyError, IndexError, ValueError):  # a format spec the value does not take, a stray brace
        return str(words)


class _LocalNumbers(string.Formatter):
    """Counts written with thousands separators ("{done:,}") take the window's: 1.250 in Indonesian."""

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec == "," and isinstance(value, int) and not isinstance(value, bool):
            return count_text(value)
        return str(super().format_field(value, format_spec))


_LOCAL = _LocalNumbers()


def kept_text(text: str) -> str:
    """A text a service kept in English, in the window's language when it is one of the catalogue's
    templates filled in; any other text as it is."""
    words = words_in(text)
    return text if words is None else words_text(words)


def words_in(text: str) -> Words | None:
    """The template and values an English text was made of, or None when it is none of the catalogue's."""
    found = _reading(text, 0)
    return None if found is None else found[1]


@lru_cache(maxsize=2048)
def _reading(text: str, depth: int) -> tuple[tuple[int, int], Words] | None:
    """The best reading of ``text`` and its score. Where several templates fit, the one that explains most of
    the text with words of the catalogue wins (its own and its values'), then the one that begins with words
    rather than a value."""
    if text in _KNOWN:
        return (len(text), len(text)), Words(text)
    if depth >= _NESTING:
        return None
    best: tuple[tuple[int, int], Words] | None = None
    for pattern, template, own, lead in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        explained = own
        values: dict[str, Value] = {}
        for name, value in match.groupdict().items():
            read = _value(value, template, name, depth)
            if isinstance(read, tuple):
                explained += read[0][0]
                values[name] = read[1]
            else:
                values[name] = read
        score = (explained, lead)
        if best is None or score > best[0]:
            best = score, Words(template, **values)
    return best


_KNOWN = frozenset(TEMPLATES)
_FIELD = re.compile(r"\{(\w+)(?::([^{}]*))?\}")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str, int, int]]:
    """Each template with placeholders as a pattern, with how many characters of its own it has, and how many
    of them come before its first value."""
    built: list[tuple[re.Pattern[str], str, int, int]] = []
    for template in TEMPLATES:
        if not placeholders(template):
            continue
        parts, seen, end = [], set(), 0
        for field in _FIELD.finditer(template):
            parts.append(re.escape(template[end : field.start()].replace("{{", "{").replace("}}", "}")))
            name = field.group(1)
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            end = field.end()
        parts.append(re.escape(template[end:].replace("{{", "{").replace("}}", "}")))
        own = len(_FIELD.sub("", template))
        lead = template.index("{")
        built.append((re.compile("".join(parts), re.DOTALL), template, own, lead))
    return built


def _value(text: str, template: str, name: str, depth: int) -> str | int | tuple[tuple[int, int], Words]:
    spec = next((f.group(2) for f in _FIELD.finditer(template) if f.group(1) == name and f.group(2)), None)
    if spec is not None and text.replace(",", "").isdigit():
        return int(text.replace(",", ""))  # "{done:,}" read back as the number it was
    return _reading(text, depth + 1) or text
