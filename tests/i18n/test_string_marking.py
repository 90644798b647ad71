"""Every translated string is written where Qt's lupdate can see it.

lupdate collects ``tr("…")`` and ``translate("Context", "…")`` calls whose text is a literal. A
call with a variable (a helper like ``def _tr(text): return translate("X", text)``) compiles and
runs, but its strings never reach the catalogue and stay English for the clerk.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "doan_desktop"
# The translation machinery itself passes text through.
ALLOWED = {"core/messages.py", "i18n.py"}


def _text_argument(call: ast.Call) -> ast.expr | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        receiver = func.value.id if isinstance(func.value, ast.Name) else ""
        if func.attr == "tr" and receiver == "self":
            return call.args[0] if call.args else None
        if func.attr == "translate" and receiver == "QCoreApplication":
            return call.args[1] if len(call.args) > 1 else None
        return None  # other objects' methods (reportlab's canvas.translate …)
    if isinstance(func, ast.Name) and func.id == "translate":
        return call.args[1] if len(call.args) > 1 else None
    if isinstance(func, ast.Name) and func.id == "tr":
        # A bare tr("Context", "text") is QCoreApplication.translate under a short name, but
        # lupdate reads it as tr(text, comment): the context becomes the text. Never use it.
        return call.func
    return None


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translated_text_is_always_a_literal():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                text = _text_argument(node)
                if text is not None and not _is_literal(text):
                    offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []
