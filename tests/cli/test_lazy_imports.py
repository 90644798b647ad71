"""A command imports only what it uses: building the parser (every command's options and help)
imports no Excel, PDF, Word or signing library, which take longer to import than most commands
take to run; each is imported by the command that needs it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

HEAVY = ("openpyxl", "reportlab", "docx", "cryptography", "numpy")

# Records, for each heavy library, the chain of our modules that imported it.
PROBE = textwrap.dedent(
    """
    import json, sys, traceback
    HEAVY = {heavy!r}
    found = {{}}

    class Spy:
        def find_spec(self, name, path=None, target=None):
            top = name.partition(".")[0]
            if top in HEAVY and top not in found:
                ours = []
                for frame in traceback.extract_stack():
                    if "doan_desktop" in frame.filename and frame.filename not in ours:
                        ours.append(frame.filename)
                found[top] = " <- ".join(
                    path.rpartition("doan_desktop")[2] for path in reversed(ours)
                )
            return None

    sys.meta_path.insert(0, Spy())
    {body}
    print(json.dumps(found))
    """
)


def imported_by(body: str) -> dict[str, str]:
    script = PROBE.format(heavy=HEAVY, body=textwrap.indent(textwrap.dedent(body), "").strip())
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_building_the_parser_imports_no_heavy_library():
    found = imported_by(
        """
        from doan_desktop.cli import build_parser
        build_parser()
        """
    )
    assert found == {}, (
        f"imported while building the parser (library: the modules importing it): {found}"
    )


def test_version_and_help_import_no_heavy_library():
    for argv in (["--version"], ["--help"], ["roster", "list", "--help"]):
        found = imported_by(
            f"""
            from doan_desktop.__main__ import main
            try:
                main({argv!r})
            except SystemExit:
                pass
            """
        )
        assert found == {}, f"{argv}: {found}"


def test_each_library_comes_with_the_command_that_uses_it():
    """The libraries still arrive when their command runs (the imports moved, not vanished)."""
    found = imported_by(
        """
        from doan_desktop.cli import exchange, minutes
        import doan_desktop.documents.minutes, doan_desktop.exchange.roster_import
        """
    )
    assert {"openpyxl", "reportlab"} <= set(found)
    assert "docx" in imported_by("from doan_desktop.cli.minutes import _builder; _builder('docx')")


def test_version_is_answered_without_the_commands():
    """``--version`` alone prints what argparse prints, without importing any command."""
    script = textwrap.dedent(
        """
        import contextlib, io, json, sys
        from doan_desktop.__main__ import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--version"])
        loaded = sorted(m for m in sys.modules if m.startswith(("doan_desktop.cli", "sqlalchemy")))
        print(json.dumps([code, out.getvalue(), loaded]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    code, printed, loaded = json.loads(result.stdout)
    from doan_desktop import __version__

    assert (code, printed, loaded) == (0, f"doan-desktop {__version__}\n", [])
