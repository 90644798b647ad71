"""Each face is read once per process and only for the documents that use it: the minutes and
the report read Liberation Serif, the key's fingerprint sheet Liberation Mono as well. A fresh
interpreter each, since registration lasts as long as the process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent(
    """
    import json
    from reportlab.pdfbase import pdfmetrics
    from doan_desktop.documents import style
    from tests.documents.test_pdf_fonts_and_margins import KINDS
    for _ in range(2):
        pdf = KINDS[{kind!r}]()
    ours = set(style._FONT_FILES) | set(style._MONO_FILES)
    print(json.dumps([sorted(set(pdfmetrics.getRegisteredFontNames()) & ours), len(pdf)]))
    """
)


def registered_after(kind: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(kind=kind)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    names, size = json.loads(result.stdout.strip().splitlines()[-1])
    assert size > 1000  # a PDF was made
    return names


SERIF = ["LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-BoldItalic"]
SERIF += ["LiberationSerif-Italic"]


@pytest.mark.parametrize("kind", ["minutes", "report"])
def test_the_minutes_and_the_report_read_the_serif_faces_only(kind):
    assert registered_after(kind) == sorted(SERIF)


def test_the_fingerprint_sheet_reads_the_mono_faces_too():
    assert registered_after("fingerprint sheet") == sorted(
        [*SERIF, "LiberationMono", "LiberationMono-Bold"]
    )
