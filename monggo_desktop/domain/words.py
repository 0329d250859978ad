"""A text for the user as an identifier and its values, so that the window can say it in its own language.

The identifier is the English sentence with ``{named}`` placeholders (the template); the values fill them in.
``str()`` gives the English sentence, which is what the command line prints. Values are names of files,
numbers, counts, or other ``Words`` (a phrase the window translates too); never a secret or message text.

Every template is a literal at the place that says it (``Words("…")``, ``english("…")``, or an error's
message), so that ``tools/error_catalogue.py`` finds it and the window has it in its catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import TypeAlias

Value: TypeAlias = "str | int | float | Words"


class Words:
    """A template and the values of its placeholders; immutable, compared by both."""

    __slots__ = ("args", "template")

    template: str
    args: Mapping[str, Value]

    def __init__(self, template: str, /, **args: Value) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "args", dict(args))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Words are immutable")

    def __str__(self) -> str:
        return fill(self.template, {name: _english(value) for name, value in self.args.items()})

    def __repr__(self) -> str:
        return f"Words({self.template!r}, **{self.args!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.template, self.args) == (other.template, other.args)

    def __hash__(self) -> int:
        return hash(self.template)


def english(template: str, /, **args: Value) -> str:
    """The English sentence of ``template``, for a text kept or passed on as a string (a stored reason, a
    state's detail): the window reads it back into its words by its template (ui/error_words.py)."""
    return str(Words(template, **args))


def placeholders(template: str) -> set[str]:
    """The names a template's placeholders use (``{line}``, ``{done:,}`` → line, done)."""
    try:
        return {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError:  # an unmatched brace: no placeholders can be read from it
        return set()


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with its placeholders filled in; a template without values is taken as it is written, so
    a plain message may hold braces."""
    return template.format(**values) if values else template


def _english(value: Value) -> object:
    return str(value) if isinstance(value, Words) else value
