"""A smaller ICU data library for the Linux build: Vietnamese, English and root only.

The Linux Qt wheels carry their own ICU, whose data library (libicudata.so.NN, 31 MB) holds the
locale data of every language, every legacy character converter and the dictionaries for Thai,
Khmer, Lao, Burmese and CJK word breaking. Qt only reaches ICU for collation, case mapping,
time-zone names and converter names, in the program's two languages. This module rebuilds the
library with ICU's own tools (Debian package icu-devtools) from the wheel's data, minus:

- locale bundles of other languages in every tree (root, vi, en and their parents stay);
- character converter tables (*.cnv: UTF-8/16/32 and Latin-1 are built into libicuuc);
- word-break dictionaries (*.dict), which only Thai, Khmer, Lao, Burmese and CJK text needs;
- transliteration rules (Qt opens no transliterator).

``icupkg`` checks that every kept item still finds the items it refers to; a missing item other
than a dictionary stops the build. The data goes back into a shared library exporting the same
symbol (``icudtNN_dat``) under the same soname, made with ``genccode`` and gcc.

The spec runs it on Linux only, where the Qt wheels bring their own ICU.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")
# Locale bundles kept in each tree: the fallback chains vi_VN → vi → root and en_US → en → root
# (en_001 is the parent of the other English variants), plus each tree's shared string pool
# and index.
KEPT_LOCALE = re.compile(r"^(root|vi|vi_VN|en|en_US|en_US_POSIX|en_001|pool|res_index)\.res$")
# A locale bundle: "fr.res", "sr_Latn_BA.res"; the other top-level .res files are data tables
# (supplementalData, zoneinfo64, likelySubtags …) and all stay.
LOCALE_BUNDLE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
DROPPED_TREES = ("translit",)
DROPPED_SUFFIXES = (".cnv", ".dict")
TOOLS = ("readelf", "icupkg", "genccode", "gcc")


class IcuTrimError(RuntimeError):
    pass


def keep_item(name: str) -> bool:
    """Whether a data item (as ``icupkg -l`` names it: "coll/vi.res", "cnvalias.icu") stays."""
    if name.endswith(DROPPED_SUFFIXES):
        return False
    parts = name.split("/")
    leaf = parts[-1]
    if len(parts) > 1:
        if parts[0] in DROPPED_TREES:
            return False
        # Rule and table files of a tree (brkitr/word.brk, coll/ucadata.icu) are not locales.
        return not leaf.endswith(".res") or bool(KEPT_LOCALE.match(leaf))
    if LOCALE_BUNDLE.match(leaf):
        return bool(KEPT_LOCALE.match(leaf))
    return True


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise IcuTrimError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def extract_data(library: Path, symbol: str) -> bytes:
    """The bytes of ``symbol`` in an ELF shared library, located with readelf."""
    symbols = _run(["readelf", "--dyn-syms", "-W", str(library)], library.parent)
    found = re.search(
        rf"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT.*\s{symbol}$", symbols, re.M
    )
    if not found:
        raise IcuTrimError(f"{library.name} exports no {symbol}")
    address, size = int(found.group(1), 16), int(found.group(2), 0)
    sections = _run(["readelf", "-S", "-W", str(library)], library.parent)
    for match in re.finditer(
        r"^\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections, re.M
    ):
        start, offset, length = (int(match.group(n), 16) for n in (1, 2, 3))
        if start and start <= address and address + size <= start + length:
            data = library.read_bytes()[offset + address - start : offset + address - start + size]
            return data
    raise IcuTrimError(f"no section of {library.name} holds {symbol}")


def trim_library(library: Path, work: Path) -> Path:
    """Build the trimmed copy of ``library`` in ``work``; returns its path."""
    version = LIBRARY.match(library.name)
    if not version:
        raise IcuTrimError(f"{library.name} is not an ICU data library")
    missing = missing_tools()
    if missing:
        raise IcuTrimError(
            "shrinking the ICU data needs " + ", ".join(missing) + " (Debian: apt install "
            "icu-devtools binutils gcc); DOAN_FULL_ICU=1 builds with the full ICU data instead"
        )
    major = version.group(1)
    package = f"icudt{major}l"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    (work / f"{package}.dat").write_bytes(extract_data(library, f"icudt{major}_dat"))

    items = _run(["icupkg", "-l", f"{package}.dat"], work).split()
    dropped = [item for item in items if not keep_item(item)]
    if not dropped or len(dropped) == len(items):
        raise IcuTrimError(f"unexpected ICU package contents ({len(items)} items)")
    # First without the dictionaries: icupkg refuses if a kept item refers to a dropped one.
    (work / "check.txt").write_text(
        "\n".join(i for i in dropped if not i.endswith(".dict")) + "\n", encoding="ascii"
    )
    _run(["icupkg", "-r", "check.txt", f"{package}.dat", "check.dat"], work)
    # Then for real; only brkitr/root.res names the dictionaries, and copes without them.
    (work / "remove.txt").write_text("\n".join(dropped) + "\n", encoding="ascii")
    (work / "small").mkdir()
    _run(
        ["icupkg", "--ignore-deps", "-r", "remove.txt", f"{package}.dat", f"small/{package}.dat"],
        work,
    )
    _run(
        ["genccode", "-q", "-a", "gcc", "-e", f"icudt{major}", "-d", ".", f"{package}.dat"],
        work / "small",
    )
    _run(["gcc", "-c", f"{package}_dat.S", "-o", "data.o"], work / "small")
    _run(
        [
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            library.name,
            "data.o",
        ],
        work / "small",
    )
    return work / "small" / library.name


def replace_in_binaries(binaries: list, work: Path) -> tuple[list, str]:
    """PyInstaller's binaries list with the ICU data library swapped for the trimmed one, and a
    line saying what happened (sizes) for the build log."""
    result = []
    note = "no ICU data library in the bundle"
    for entry in binaries:
        destination, source, kind = entry
        if LIBRARY.match(Path(destination).name):
            trimmed = trim_library(Path(source), work)
            note = (
                f"ICU data {Path(source).stat().st_size / 2**20:.1f} MB -> "
                f"{trimmed.stat().st_size / 2**20:.1f} MB (vi, en, root)"
            )
            entry = (destination, str(trimmed), kind)
        result.append(entry)
    return result, note
