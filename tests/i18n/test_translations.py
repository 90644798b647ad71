"""Every string the program shows has its Vietnamese translation, with the same placeholders."""

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import update_translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d")


def _messages(ts_file: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) → (translation, finished)."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[(name, message.findtext("source"))] = (translation.text or "", finished)
    return found


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory) -> set[tuple[str, str]]:
    if (
        shutil.which(update_translations.lupdate_command()[0]) is None
        and not Path(update_translations.lupdate_command()[0]).exists()
    ):
        pytest.skip("Qt lupdate is not installed")
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    update_translations.update(fresh)
    return set(_messages(fresh))


def test_every_string_has_a_vietnamese_translation(code_strings):
    committed = _messages(update_translations.TS_FILE)
    missing = sorted(
        f"{context}: {source!r}"
        for context, source in code_strings
        if not committed.get((context, source), ("", False))[1]
        or not committed[(context, source)][0].strip()
    )
    assert missing == [], "untranslated (run packaging/update_translations.py):\n" + "\n".join(
        missing
    )


def test_translations_keep_their_placeholders():
    wrong = []
    for (context, source), (translation, finished) in _messages(
        update_translations.TS_FILE
    ).items():
        if finished and sorted(PLACEHOLDER.findall(source)) != sorted(
            PLACEHOLDER.findall(translation)
        ):
            wrong.append(f"{context}: {source!r} → {translation!r}")
    assert wrong == []


def test_compiled_catalogue_translates_core_and_qt_strings():
    from doan_desktop import i18n
    from doan_desktop.core.messages import translate
    from doan_desktop.core.vocab import status_labels

    assert i18n.install("vi"), "doan_desktop_vi.qm missing: build the package (pip install -e .)"
    assert status_labels()["away"] == "Đi làm ăn, học tập xa"
    assert translate("Validation", "The full name is required.") != "The full name is required."
    i18n.install("en")
    assert status_labels()["away"] == "Working or studying away"
