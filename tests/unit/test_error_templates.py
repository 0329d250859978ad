"""Errors carry a template and its values: the command line prints the English sentence, the window translates
the template. The window's catalogue of templates (ui/error_catalogue.py) is kept up to date with the sources."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from monggo_desktop.cloud.errors import ErrorKind, RequestValidationError, failure_words, user_message
from monggo_desktop.domain.errors import InvalidInputError, NewerSchemaError, UserFacingError, WrongKeyError
from monggo_desktop.domain.phone import normalize_e164
from monggo_desktop.domain.words import Words, english, placeholders
from monggo_desktop.services.contacts.importing import Outcome, RowReport

ROOT = Path(__file__).resolve().parents[2]


def catalogue_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("error_catalogue_tool", ROOT / "tools" / "error_catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_the_english_sentence_is_the_template_filled_in_and_the_values_are_kept():
    error = InvalidInputError("line {line}: not a valid phone number", line=3)
    assert str(error) == "line 3: not a valid phone number"
    assert error.message == str(error)
    assert error.template == "line {line}: not a valid phone number"
    assert error.words.args == {"line": 3}
    with pytest.raises(InvalidInputError, match="line 3: not a valid"):
        raise error


def test_a_plain_message_is_its_own_template_with_no_values_and_may_hold_braces():
    error = UserFacingError("the {braces} stay as they are")
    assert str(error) == "the {braces} stay as they are"
    assert error.words == Words("the {braces} stay as they are")
    assert error.words.args == {}
    assert str(WrongKeyError()) == "wrong passphrase or not a Monggo database"


def test_a_value_may_be_a_phrase_of_its_own_and_format_specs_apply():
    said = Words("{what} is empty: nothing to import", what=Words("the file"))
    error = InvalidInputError(said)
    assert str(error) == "the file is empty: nothing to import"
    assert error.words is said
    assert english("{n:,} rows", n=1234567) == "1,234,567 rows"


def test_errors_with_their_own_constructors_keep_the_sentence_they_always_printed():
    assert str(NewerSchemaError(9, 7)) == (
        "this database was written by a newer Monggo Pinarak (schema 9, this version knows up to 7): install the"
        " newer version to open it"
    )
    field = RequestValidationError("caption", "a {kind} takes no caption", kind="sticker")
    assert str(field) == "caption: a sticker takes no caption"
    assert field.template == "{field}: {problem}"
    assert field.words.args["problem"] == Words("a {kind} takes no caption", kind="sticker")
    with pytest.raises(UserFacingError) as raised:
        normalize_e164("+999 12")
    assert str(raised.value) == "not a phone number: unknown country code"
    assert raised.value.words == Words("not a phone number: {reason}", reason=Words("unknown country code"))


def test_a_failed_send_s_reason_and_an_import_row_s_are_the_english_of_their_words():
    assert user_message(131062, ErrorKind.INVALID_REQUEST) == str(failure_words(131062, ErrorKind.INVALID_REQUEST))
    assert failure_words(999999, ErrorKind.PERMANENT) == Words(
        "WhatsApp refused the request (error {code})", code=999999
    )
    assert str(RowReport(3, Outcome.REJECTED, "too short")) == "line 3: too short"


def test_placeholders_are_read_with_their_names_only():
    assert placeholders("after {done:,} of {entries:,} entries ({summary})") == {"done", "entries", "summary"}
    assert placeholders("no placeholder") == set()
    assert placeholders("a stray { brace") == set()


def test_the_window_s_catalogue_is_up_to_date_with_the_sources():
    tool = catalogue_tool()
    scan = tool.scan()
    assert scan.problems == [], "a message built in code cannot be translated: give it a template and values"
    from monggo_desktop.ui.error_catalogue import TEMPLATES

    missing = sorted(set(scan.templates) - set(TEMPLATES))
    assert missing == [], "run tools/error_catalogue.py (make translations) to list these for the translators"
    assert tool.CATALOGUE.read_text(encoding="utf-8") == tool.render(scan.templates)


def test_the_catalogue_finds_templates_and_refuses_messages_built_in_code(tmp_path):
    tool = catalogue_tool()
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "errors.py").write_text(
        "class UserFacingError(Exception): ...\n"
        "class BadFileError(UserFacingError):\n"
        "    def __init__(self, name):\n"
        "        super().__init__('the file {name} is bad', name=name)\n"
    )
    (package / "service.py").write_text(
        "from pkg.errors import BadFileError, UserFacingError\n"
        "from words import Words, english\n"
        "def check(n, kind):\n"
        "    detail = english('kept as {what}', what=Words('a phrase'))\n"
        "    if n == 1:\n"
        "        raise UserFacingError('1 row' if kind else 'one row')\n"
        "    raise UserFacingError(f'{n} rows')\n"
    )
    scan = tool.scan(package)
    assert list(scan.templates) == ["the file {name} is bad", "kept as {what}", "a phrase", "1 row", "one row"]
    assert scan.problems == ["service.py:7: UserFacingError's message is built, not a template"]
