"""The indicators an office reports upward: a versioned code list shipped as data
(``indicators.json``), because no standard quarterly form exists (DOMAIN.md §6).

Each indicator has a stable code, its Vietnamese label (printed in the report whatever the
interface language), an English label, a unit, where its value comes from, and the
disaggregations it may carry:

- ``computed``: counted from the records (a correction with a note may replace it);
- ``manual``: a count the records cannot give, typed by the clerk with a note;
- ``derived``: recomputed from other indicators (shares), never typed, never averaged.

Disaggregation codes are ``SEX_M``/``SEX_F`` or a prefix and a name: ``ETHNICITY:Kinh``,
``CHAPTER:Thôn 1``; ``ETHNICITY:*`` in the list allows any name after the prefix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from doan_desktop.core.messages import translate

SCHEMA = "doan-desktop/indicators"
SOURCES = ("computed", "manual", "derived")
SEX_M, SEX_F = "SEX_M", "SEX_F"
ETHNICITY, CHAPTER = "ETHNICITY:", "CHAPTER:"


class CodeListError(ValueError):
    """The shipped code list is malformed: a packaging fault, not the clerk's."""


# The units of the code list in English, for an English interface.
UNITS_EN = {
    "người": "people",
    "chi đoàn": "chapters",
    "buổi": "meetings",
    "lớp": "classes",
    "lượt": "times",
    "công trình": "works",
    "hoạt động": "drives",
    "ngày công": "workdays",
    "cây": "trees",
    "đồng": "VND",
    "%": "%",
}


@dataclass(frozen=True)
class Indicator:
    code: str
    label_vi: str
    label_en: str
    unit: str
    source: str
    group: str
    disaggregations: tuple[str, ...]
    formula: str = ""

    def allows(self, disagg: str) -> bool:
        if disagg == "" or disagg in self.disaggregations:
            return True
        prefix, colon, name = disagg.partition(":")
        return bool(colon and name) and f"{prefix}:*" in self.disaggregations

    def label_in(self, language: str) -> str:
        """The label for the interface language; the report prints ``label_vi`` always."""
        return self.label_vi if language == "vi" else self.label_en

    def unit_in(self, language: str) -> str:
        """The unit for the interface language: the code list writes it in Vietnamese (as the
        report prints it); a unit this program does not know is shown as written."""
        return self.unit if language == "vi" else UNITS_EN.get(self.unit, self.unit)


@dataclass(frozen=True)
class CodeList:
    schema: str
    version: int
    indicators: tuple[Indicator, ...]

    def get(self, code: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.code == code:
                return indicator
        raise KeyError(code)

    @property
    def codes(self) -> list[str]:
        return [i.code for i in self.indicators]

    def position(self, code: str) -> int:
        return self.codes.index(code)


def parse_code_list(text: str) -> CodeList:
    try:
        document = json.loads(text)
        if document.get("schema") != SCHEMA:
            raise CodeListError(f"not {SCHEMA}")
        version = document["schema_version"]
        if not isinstance(version, int) or version < 1:
            raise CodeListError("schema_version")
        indicators = []
        for item in document["indicators"]:
            indicator = Indicator(
                code=item["code"],
                label_vi=item["label_vi"],
                label_en=item["label_en"],
                unit=item["unit"],
                source=item["source"],
                group=item.get("group", ""),
                disaggregations=tuple(item.get("disaggregations", ())),
                formula=item.get("formula", ""),
            )
            if indicator.source not in SOURCES:
                raise CodeListError(f"{indicator.code}: source {indicator.source!r}")
            indicators.append(indicator)
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise CodeListError(str(error)) from error
    codes = [i.code for i in indicators]
    if len(set(codes)) != len(codes):
        raise CodeListError("duplicate indicator codes")
    return CodeList(SCHEMA, version, tuple(indicators))


@cache
def code_list() -> CodeList:
    """The code list shipped with this version of the program."""
    text = resources.files("doan_desktop.core").joinpath("indicators.json").read_text("utf-8")
    return parse_code_list(text)


def disagg_label(disagg: str) -> str:
    """A disaggregation as the clerk reads it: "Female", "Chapter: Thôn 1"."""
    if disagg == SEX_M:
        return translate("Indicators", "Male")
    if disagg == SEX_F:
        return translate("Indicators", "Female")
    if disagg.startswith(ETHNICITY):
        return translate("Indicators", "Ethnicity: {name}").format(name=disagg[len(ETHNICITY) :])
    if disagg.startswith(CHAPTER):
        return translate("Indicators", "Chapter: {name}").format(name=disagg[len(CHAPTER) :])
    return disagg


def disagg_label_vi(disagg: str) -> str:
    """The same, as printed in the report (always Vietnamese)."""
    if disagg == SEX_M:
        return "Nam"
    if disagg == SEX_F:
        return "Nữ"
    if disagg.startswith(ETHNICITY):
        return f"Dân tộc {disagg[len(ETHNICITY) :]}"
    if disagg.startswith(CHAPTER):
        return disagg[len(CHAPTER) :]
    return disagg
