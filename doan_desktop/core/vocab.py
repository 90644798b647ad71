"""Fixed vocabularies: stored codes (English, stable) and their labels for the clerk.

Labels are looked up at call time so they follow the language chosen in Settings.
"""

from __future__ import annotations

from doan_desktop.core.messages import translate


def _labels(context: str, pairs: dict[str, str]) -> dict[str, str]:
    return {code: translate(context, text) for code, text in pairs.items()}


UNIT_KINDS = ("xa", "phuong", "dac_khu", "tinh", "thanh_pho")
COMMUNE_UNIT_KINDS = ("xa", "phuong", "dac_khu")


def unit_kind_labels() -> dict[str, str]:
    return _labels(
        "Vocabulary",
        {
            "xa": "Commune (xã)",
            "phuong": "Ward (phường)",
            "dac_khu": "Special zone (đặc khu)",
            "tinh": "Province (tỉnh)",
            "thanh_pho": "Centrally-run city (thành phố)",
        },
    )


def unit_kind_word(kind: str) -> str:
    """The word printed before the unit's place name in documents ("ĐOÀN XÃ …")."""
    return {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu", "tinh": "tỉnh", "thanh_pho": "thành phố"}.get(kind, "")


CHAPTER_KINDS = (
    "thon", "buon", "ban", "ap", "to_dan_pho", "khu_pho", "school", "agency", "enterprise", "other",
)
RESIDENTIAL_CHAPTER_KINDS = ("thon", "buon", "ban", "ap", "to_dan_pho", "khu_pho")


def chapter_kind_labels() -> dict[str, str]:
    return _labels(
        "Vocabulary",
        {
            "thon": "Village (thôn)",
            "buon": "Village (buôn)",
            "ban": "Village (bản)",
            "ap": "Hamlet (ấp)",
            "to_dan_pho": "Residential group (tổ dân phố)",
            "khu_pho": "Neighbourhood (khu phố)",
            "school": "School",
            "agency": "Agency",
            "enterprise": "Enterprise",
            "other": "Other",
        },
    )


STATUSES = ("active", "away", "received", "transferred_out", "aged_out", "removed", "deceased")
# People who count in the chapter's numbers today.
CURRENT_STATUSES = ("active", "away", "received")


def status_labels() -> dict[str, str]:
    return _labels(
        "Vocabulary",
        {
            "active": "Active here",
            "away": "Working or studying away",
            "received": "Received here",
            "transferred_out": "Transferred out",
            "aged_out": "Aged out",
            "removed": "Removed",
            "deceased": "Deceased",
        },
    )


GENDERS = ("M", "F")


def gender_labels() -> dict[str, str]:
    return _labels("Vocabulary", {"M": "Male", "F": "Female"})


OFFICE_ROLES = ("bi_thu", "pho_bi_thu", "uy_vien_bch")
SECRETARY = "bi_thu"


def office_role_labels() -> dict[str, str]:
    return _labels(
        "Vocabulary",
        {"bi_thu": "Secretary", "pho_bi_thu": "Deputy secretary", "uy_vien_bch": "Committee member"},
    )


CLASSIFICATION_SCALES = {
    "2019": ("htxs", "htt", "ht", "kht"),
    "legacy": ("xuat_sac", "kha", "trung_binh", "yeu"),
}


def classification_labels() -> dict[str, str]:
    return _labels(
        "Vocabulary",
        {
            "htxs": "Excellently completed duties",
            "htt": "Well completed duties",
            "ht": "Completed duties",
            "kht": "Did not complete duties",
            "xuat_sac": "Excellent",
            "kha": "Good",
            "trung_binh": "Average",
            "yeu": "Weak",
        },
    )
