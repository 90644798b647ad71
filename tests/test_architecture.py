"""Dependencies point down: nothing below the UI imports Qt (DESIGN.md §1)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "doan_desktop"
# The window, and the start-up modules that build it.
ALLOWED = {"ui", "app.py", "i18n.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ALLOWED:
            continue
        qt = _imports(path) & {"PySide6", "shiboken6", "qtawesome"}
        if qt:
            offenders.append(f"{relative}: {sorted(qt)}")
    assert offenders == []


def test_core_does_not_import_the_cli_or_the_window():
    offenders = []
    for path in (PACKAGE / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith(
                    ("doan_desktop.ui", "doan_desktop.cli", "doan_desktop.app")
                )
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}: {node.module}")
    assert offenders == []


def test_the_window_reads_records_through_core_not_the_orm():
    """Widgets get plain dataclasses from core use cases; they never load ORM models."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "doan_desktop.core.store.models":
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


# The calls that read the calendar: (object, attribute). time.time and perf_counter measure
# elapsed time and are not among them.
_CALENDAR_READS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("time", "localtime"),
    ("time", "gmtime"),
}


def _calendar_reads(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if (name, node.func.attr) in _CALENDAR_READS:
                lines.append(node.lineno)
    return lines


def test_only_the_clock_reads_the_calendar():
    """Every rule takes "today" from core/clock.py or as an argument (tests pin the clock)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.as_posix() == "core/clock.py":
            continue
        for line in _calendar_reads(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{relative}:{line}")
    assert offenders == []


def test_the_calendar_check_sees_every_spelling():
    source = "import datetime as dt\ndt.date.today()\ndatetime.now()\nQDate.currentDate()\n"
    assert _calendar_reads(ast.parse(source)) == [2, 3, 4]
