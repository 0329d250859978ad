"""Write monggo_desktop/ui/error_catalogue.py: every template said below the UI, marked for lupdate.

Usage: .venv/bin/python tools/error_catalogue.py [--check]

lupdate reads only monggo_desktop/ui, so the messages of errors raised in the services, storage, cloud,
security and domain reach the window's catalogue through this list (context "ServiceErrors"). It reads the
sources (an AST scan, nothing is imported) outside ui/, the Cloud API simulator and the command line's own
modules (which speak English), and collects:

- the message of a ``UserFacingError`` subclass built with a literal: its last positional argument, or the
  one given to ``super().__init__`` in such a class (``InvalidInputError("line {line}: …", line=n)``);
- the first argument of ``Words("…")`` and ``english("…")`` (domain/words.py): texts passed on or stored as
  strings, such as a failed send's reason or the receiving state's detail.

A message built with an f-string, ``%``, ``+``, ``.format()`` or ``str()`` has no template the window can
translate: it is reported, and ``--check`` (run by the unit tests) fails on it as on a stale catalogue.
`make translations` runs this before lupdate.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "monggo_desktop"
CATALOGUE = PACKAGE / "ui" / "error_catalogue.py"
CONTEXT = "ServiceErrors"
LINE_LENGTH = 120  # pyproject.toml's, for ruff

# Not scanned: the window's own texts (lupdate reads them), the simulator (plays Meta, in English), the
# command line (English by design), and the two modules that define the mechanism.
SKIPPED_DIRS = ("ui", "cloud/simulator")
SKIPPED_FILES = ("cli.py", "cli_receiving.py", "cli_restore.py", "smoke.py", "domain/words.py")
BASE_ERROR = "UserFacingError"
MARKERS = ("Words", "english")


@dataclass
class Scan:
    templates: dict[str, str] = field(default_factory=dict)  # template -> the first place that says it
    problems: list[str] = field(default_factory=list)


def sources(package: Path = PACKAGE) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative.startswith(tuple(d + "/" for d in SKIPPED_DIRS)) or relative in SKIPPED_FILES:
            continue
        yield relative, ast.parse(path.read_text(encoding="utf-8"), filename=relative)


def error_classes(modules: list[tuple[str, ast.Module]]) -> set[str]:
    """Names of the classes that derive from UserFacingError, by their base classes' names."""
    bases: dict[str, set[str]] = {}
    for _, module in modules:
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    found = {BASE_ERROR}
    while True:
        more = {name for name, parents in bases.items() if name not in found and parents & found}
        if not more:
            return found
        found |= more


def scan(package: Path = PACKAGE) -> Scan:
    modules = list(sources(package))
    errors = error_classes(modules)
    result = Scan()
    for relative, module in modules:
        _Visitor(relative, errors, result).visit(module)
    return result


class _Visitor(ast.NodeVisitor):
    def __init__(self, relative: str, errors: set[str], result: Scan) -> None:
        self.relative = relative
        self.errors = errors
        self.result = result
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in MARKERS and node.args:
            self._message(node.args[0], node)
        elif node.args and (name in self.errors or self._super_init(node)):
            self._message(node.args[-1], node)
        self.generic_visit(node)

    def _super_init(self, node: ast.Call) -> bool:
        func = node.func
        return (
            bool(self.classes)
            and self.classes[-1] in self.errors
            and isinstance(func, ast.Attribute)
            and func.attr == "__init__"
            and isinstance(func.value, ast.Call)
            and _name(func.value.func) == "super"
        )

    def _message(self, arg: ast.expr, call: ast.Call) -> None:
        where = f"{self.relative}:{call.lineno}"
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            self.result.templates.setdefault(arg.value, where)
        elif isinstance(arg, ast.IfExp):
            self._message(arg.body, call)
            self._message(arg.orelse, call)
        elif _built(arg):
            self.result.problems.append(f"{where}: {_name(call.func)}'s message is built, not a template")


def _built(arg: ast.expr) -> bool:
    """A message put together in code: English words the window cannot look up."""
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add | ast.Mod):
        return True
    if isinstance(arg, ast.Call):
        return _name(arg.func) in ("format", "str", "join")
    return False


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def render(templates: dict[str, str]) -> str:
    lines = [
        '"""The templates of the messages said below the UI (errors, a failed send\'s reason, the receiving',
        "state's detail), for lupdate, which reads only ui/: the window translates them in the context",
        '"ServiceErrors" (ui/error_words.py). Written by tools/error_catalogue.py (`make translations`); a unit test',
        'fails when it is not up to date, so edit the sources, not this file."""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        "from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES: tuple[str, ...] = (",
    ]
    module = ""
    for template, where in templates.items():
        place = where.rpartition(":")[0]
        if place != module:
            module = place
            lines.append(f"    # {module}")
        lines += _entry(template)
    lines.append(")")
    return "\n".join(lines) + "\n"


def _entry(template: str) -> list[str]:
    """One entry, laid out as `ruff format` lays it out, so that `make format` leaves the file as written."""
    text, context = _literal(template), _literal(CONTEXT)
    one_line = f"    QT_TRANSLATE_NOOP({context}, {text}),"
    if len(one_line) <= LINE_LENGTH:
        return [one_line]
    arguments = f"        {context}, {text}"
    if len(arguments) <= LINE_LENGTH:
        return ["    QT_TRANSLATE_NOOP(", arguments, "    ),"]
    return ["    QT_TRANSLATE_NOOP(", f"        {context},", f"        {text},", "    ),"]


def _literal(text: str) -> str:
    """A string literal in ruff's quotes: double, unless the text holds more double quotes than single ones."""
    body = json.dumps(text, ensure_ascii=False)[1:-1]
    if text.count('"') > text.count("'"):
        return "'" + body.replace('\\"', '"').replace("'", "\\'") + "'"
    return f'"{body}"'


def main(argv: list[str]) -> int:
    result = scan()
    for problem in result.problems:
        print(f"error_catalogue: {problem}", file=sys.stderr)
    text = render(result.templates)
    if "--check" in argv:
        stale = not CATALOGUE.exists() or CATALOGUE.read_text(encoding="utf-8") != text
        if stale:
            print(f"error_catalogue: {CATALOGUE.relative_to(ROOT)} is out of date: run tools/error_catalogue.py")
        return 1 if stale or result.problems else 0
    CATALOGUE.write_text(text, encoding="utf-8")
    print(f"error_catalogue: {len(result.templates)} templates in {CATALOGUE.relative_to(ROOT)}")
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
