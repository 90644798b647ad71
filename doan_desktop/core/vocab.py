"""Fixed vocabularies: stored codes (English, stable) and their labels for the clerk.

Labels are looked up at call time so they follow the language chosen in Settings.
"""

from __future__ import annotations

from doan_desktop.core.messages import translate

UNIT_KINDS = ("xa", "phuong", "dac_khu", "tinh", "thanh_pho")
COMMUNE_UNIT_KINDS = ("xa", "phuong", "dac_khu")


def unit_kind_labels() -> dict[str, str]:
    return {
        "xa": translate("Vocabulary", "Commune (xã)"),
        "phuong": translate("Vocabulary", "Ward (phường)"),
        "dac_khu": translate("Vocabulary", "Special zone (đặc khu)"),
        "tinh": translate("Vocabulary", "Province (tỉnh)"),
        "thanh_pho": translate("Vocabulary", "Centrally-run city (thành phố)"),
    }


def unit_kind_word(kind: str) -> str:
    """The word printed before the unit's place name in documents ("ĐOÀN XÃ …")."""
    return {
        "xa": "xã",
        "phuong": "phường",
        "dac_khu": "đặc khu",
        "tinh": "tỉnh",
        "thanh_pho": "thành phố",
    }.get(kind, "")


CHAPTER_KINDS = (
    "thon",
    "buon",
    "ban",
    "ap",
    "to_dan_pho",
    "khu_pho",
    "school",
    "agency",
    "enterprise",
    "other",
)
RESIDENTIAL_CHAPTER_KINDS = ("thon", "buon", "ban", "ap", "to_dan_pho", "khu_pho")


def chapter_kind_labels() -> dict[str, str]:
    return {
        "thon": translate("Vocabulary", "Village (thôn)"),
        "buon": translate("Vocabulary", "Village (buôn)"),
        "ban": translate("Vocabulary", "Village (bản)"),
        "ap": translate("Vocabulary", "Hamlet (ấp)"),
        "to_dan_pho": translate("Vocabulary", "Residential group (tổ dân phố)"),
        "khu_pho": translate("Vocabulary", "Neighbourhood (khu phố)"),
        "school": translate("Vocabulary", "School"),
        "agency": translate("Vocabulary", "Agency"),
        "enterprise": translate("Vocabulary", "Enterprise"),
        "other": translate("Vocabulary", "Other"),
    }


STATUSES = ("active", "away", "received", "transferred_out", "aged_out", "removed", "deceased")
# People who count in the chapter's numbers today.
CURRENT_STATUSES = ("active", "away", "received")


def status_labels() -> dict[str, str]:
    return {
        "active": translate("Vocabulary", "Active here"),
        "away": translate("Vocabulary", "Working or studying away"),
        "received": translate("Vocabulary", "Received here"),
        "transferred_out": translate("Vocabulary", "Transferred out"),
        "aged_out": translate("Vocabulary", "Aged out"),
        "removed": translate("Vocabulary", "Removed"),
        "deceased": translate("Vocabulary", "Deceased"),
    }


GENDERS = ("M", "F")


def gender_labels() -> dict[str, str]:
    return {"M": translate("Vocabulary", "Male"), "F": translate("Vocabulary", "Female")}


OFFICE_ROLES = ("bi_thu", "pho_bi_thu", "uy_vien_bch")
SECRETARY = "bi_thu"


def office_role_labels() -> dict[str, str]:
    return {
        "bi_thu": translate("Vocabulary", "Secretary"),
        "pho_bi_thu": translate("Vocabulary", "Deputy secretary"),
        "uy_vien_bch": translate("Vocabulary", "Committee member"),
    }


CLASSIFICATION_SCALES = {
    "2019": ("htxs", "htt", "ht", "kht"),
    "legacy": ("xuat_sac", "kha", "trung_binh", "yeu"),
}


def classification_labels() -> dict[str, str]:
    return {
        "htxs": translate("Vocabulary", "Excellently completed duties"),
        "htt": translate("Vocabulary", "Well completed duties"),
        "ht": translate("Vocabulary", "Completed duties"),
        "kht": translate("Vocabulary", "Did not complete duties"),
        "xuat_sac": translate("Vocabulary", "Excellent"),
        "kha": translate("Vocabulary", "Good"),
        "trung_binh": translate("Vocabulary", "Average"),
        "yeu": translate("Vocabulary", "Weak"),
    }
