"""The shipped code list: loadable from the package, complete, and strict about its shape."""

import json

import pytest

from doan_desktop.core.indicators import (
    SCHEMA,
    CodeListError,
    code_list,
    disagg_label,
    disagg_label_vi,
    parse_code_list,
)

REQUIRED = {
    "CHAPTERS",
    "MEMBERS",
    "YOUTH",
    "YOUTH_POPULATION",
    "GATHERED_SHARE",
    "NEW_MEMBERS",
    "TRANSFERRED_IN",
    "TRANSFERRED_OUT",
    "MEMBERS_OVER_30",
    "MEETINGS_HELD",
    "CHAPTERS_MET_MONTHLY",
    "TRAININGS",
    "TRAINING_ATTENDANCE",
    "CHAPTERS_WITHOUT_SECRETARY",
    "TREES_PLANTED",
    "VOLUNTEER_PARTICIPATION",
}


def test_the_shipped_list_loads_with_the_required_indicators():
    codes = code_list()
    assert codes.schema == SCHEMA
    assert codes.version >= 1
    assert REQUIRED <= set(codes.codes)
    assert codes.get("YOUTH_POPULATION").source == "manual"
    assert codes.get("GATHERED_SHARE").source == "derived"
    assert codes.get("GATHERED_SHARE").unit == "%"
    assert codes.get("VOLUNTEER_PARTICIPATION").unit == "lượt"
    assert codes.get("TREES_PLANTED").unit == "cây"
    assert "tập hợp thanh niên" in codes.get("GATHERED_SHARE").label_vi


def test_every_indicator_has_both_labels_and_a_known_source():
    for indicator in code_list().indicators:
        assert indicator.label_vi and indicator.label_en and indicator.unit
        assert indicator.source in ("computed", "manual", "derived")
        assert indicator.label_in("vi") == indicator.label_vi
        assert indicator.label_in("en") == indicator.label_en


def test_disaggregations_allowed_by_the_list():
    members = code_list().get("MEMBERS")
    assert members.allows("")
    assert members.allows("SEX_F")
    assert members.allows("ETHNICITY:Ê Đê")
    assert members.allows("CHAPTER:Thôn 1")
    assert not members.allows("ETHNICITY:")
    assert not members.allows("AGE:16-18")
    assert not code_list().get("TRAININGS").allows("SEX_M")


def test_disaggregation_labels():
    assert disagg_label("SEX_F") == "Female"
    assert disagg_label("CHAPTER:Thôn 1") == "Chapter: Thôn 1"
    assert disagg_label_vi("SEX_M") == "Nam"
    assert disagg_label_vi("ETHNICITY:Ê Đê") == "Dân tộc Ê Đê"
    assert disagg_label_vi("CHAPTER:Thôn 1") == "Thôn 1"


def _list(**changes):
    item = {
        "code": "X",
        "label_vi": "x",
        "label_en": "x",
        "unit": "người",
        "source": "computed",
    }
    item.update(changes)
    return json.dumps({"schema": SCHEMA, "schema_version": 1, "indicators": [item]})


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        json.dumps({"schema": "other", "schema_version": 1, "indicators": []}),
        json.dumps({"schema": SCHEMA, "schema_version": 0, "indicators": []}),
        _list(source="guessed"),
        _list(label_vi=None).replace('"label_vi": null, ', ""),
        json.dumps(
            {
                "schema": SCHEMA,
                "schema_version": 1,
                "indicators": [json.loads(_list())["indicators"][0]] * 2,
            }
        ),
    ],
)
def test_a_malformed_list_is_refused(text):
    with pytest.raises(CodeListError):
        parse_code_list(text)
