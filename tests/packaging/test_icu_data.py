"""Which ICU data items the Linux build keeps (packaging/icu_data.py), checked without the ICU
tools; the build itself is checked by packaging/check_icu.py in the smoke test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
_spec = importlib.util.spec_from_file_location("packaging_icu_data", PACKAGING / "icu_data.py")
icu_data = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = icu_data
_spec.loader.exec_module(icu_data)


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        # Locale bundles: Vietnamese, English and their fallback chain, in every tree.
        ("vi.res", True),
        ("vi_VN.res", True),
        ("en.res", True),
        ("en_US.res", True),
        ("en_001.res", True),
        ("root.res", True),
        ("res_index.res", True),
        ("pool.res", True),
        ("coll/vi.res", True),
        ("coll/root.res", True),
        ("zone/vi.res", True),
        ("curr/pool.res", True),
        ("fr.res", False),
        ("zh_Hant_TW.res", False),
        ("sr_Latn_BA.res", False),
        ("coll/zh.res", False),
        ("zone/de.res", False),
        ("lang/ja.res", False),
        # Data tables are not locales and stay.
        ("supplementalData.res", True),
        ("zoneinfo64.res", True),
        ("likelySubtags.res", True),
        ("timezoneTypes.res", True),
        ("metaZones.res", True),
        ("cnvalias.icu", True),
        ("nfkc.nrm", True),
        ("uts46.nrm", True),
        ("coll/ucadata.icu", True),
        ("brkitr/word.brk", True),
        ("brkitr/line.brk", True),
        # Converters, word-break dictionaries and transliterators go.
        ("ibm-943_P15A-2003.cnv", False),
        ("gb18030.cnv", False),
        ("brkitr/cjdict.dict", False),
        ("brkitr/thaidict.dict", False),
        ("translit/root.res", False),
        ("translit/en.res", False),
    ],
)
def test_kept_items(item, kept):
    assert icu_data.keep_item(item) is kept


def test_a_library_that_is_not_icu_data_is_refused(tmp_path):
    library = tmp_path / "libQt6Core.so.6"
    library.write_bytes(b"\x7fELF")
    with pytest.raises(icu_data.IcuTrimError):
        icu_data.trim_library(library, tmp_path / "work")


def test_missing_tools_are_named(monkeypatch, tmp_path):
    monkeypatch.setattr(icu_data.shutil, "which", lambda tool: None if tool == "icupkg" else "/x")
    library = tmp_path / "libicudata.so.73"
    library.write_bytes(b"\x7fELF")
    with pytest.raises(icu_data.IcuTrimError, match="icupkg"):
        icu_data.trim_library(library, tmp_path / "work")


def test_binaries_without_icu_are_left_alone(tmp_path):
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    kept, note = icu_data.replace_in_binaries(binaries, tmp_path)
    assert kept == binaries
    assert "no ICU" in note
