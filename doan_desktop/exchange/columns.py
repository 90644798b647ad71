"""The Vietnamese column names offices write above their rosters, and the field each one means.

Headers are compared in a compact folded form (no case, no diacritics, no spaces or
punctuation), so "Họ và tên", "HỌ VÀ TÊN", "Ho va ten" and "Họ  và tên:" are the same header.
"""

from __future__ import annotations

import re

from doan_desktop.core.messages import translate
from doan_desktop.core.text import fold

_NOT_LETTERS = re.compile(r"[^a-z0-9]")

# Fields a column can fill. Besides the PersonInput fields: "chapter" (a chapter name),
# "office" (Chức vụ), "family_name" and "given_name" (a name split over two columns, joined on
# reading; beside a full-name column, "Tên" is the given name the roster sorts by),
# "row_number" (STT: recognised so it is not reported, then ignored), "birth_male" /
# "birth_female": the layout with two columns "Nam" and "Nữ" where the birth date (or a mark) is
# written under the person's sex, and "classification" ("Xếp loại năm 2025", one column a year:
# see classification_year). The export's sheet of offices adds "office_level" (Cấp: chi đoàn or
# xã), "office_start" and "office_end" (Từ ngày, Đến ngày); its sheet of chapters
# "chapter_kind" (Loại chi đoàn) and "chapter_active" (Đang hoạt động).
FIELDS = (
    "row_number",
    "full_name",
    "family_name",
    "given_name",
    "other_names",
    "birth_date",
    "birth_male",
    "birth_female",
    "gender",
    "id_number",
    "phone",
    "ethnicity",
    "religion",
    "hometown",
    "address",
    "occupation",
    "education",
    "qualification",
    "political_theory",
    "member_since",
    "admission_place",
    "card_number",
    "is_member",
    "is_party_member",
    "office",
    "status",
    "classification",
    "chapter",
    "note",
    "office_level",
    "office_start",
    "office_end",
    "chapter_kind",
    "chapter_active",
)

# Folded spellings seen in offices' files. Order inside a list does not matter.
_VARIANTS: dict[str, tuple[str, ...]] = {
    "row_number": ("stt", "tt", "so tt", "so thu tu", "thu tu"),
    "full_name": (
        "ho va ten",
        "ho ten",
        "ho va ten doan vien",
        "ho ten doan vien",
        "ho va ten khai sinh",
        "ho ten khai sinh",
        "ten doan vien",
        "ho va ten thanh nien",
    ),
    "family_name": ("ho", "ho dem", "ho va dem", "ho lot", "ho va ten dem", "ho va chu lot"),
    "given_name": ("ten", "ten de xep thu tu", "ten xep thu tu", "ten (xep a-z)"),
    "other_names": ("ten goi khac", "ten khac", "bi danh"),
    "birth_date": (
        "ngay sinh",
        "nam sinh",
        "ngay thang nam sinh",
        "ngay, thang, nam sinh",
        "sinh ngay",
        "ngay/thang/nam sinh",
    ),
    "birth_male": ("nam",),
    "birth_female": ("nu",),
    "gender": ("gioi tinh", "gioi", "nam/nu", "nam nu", "phai"),
    "id_number": (
        "so cccd",
        "cccd",
        "cccd/cmnd",
        "cmnd/cccd",
        "so cccd/cmnd",
        "so cmnd/cccd",
        "cmnd",
        "so cmnd",
        "can cuoc cong dan",
        "so can cuoc cong dan",
        "so dinh danh",
        "ma dinh danh",
        "so can cuoc",
        "can cuoc",
    ),
    "phone": (
        "sdt",
        "so dt",
        "so dien thoai",
        "dien thoai",
        "dt",
        "sđt",
        "dien thoai lien he",
        "so dien thoai lien he",
    ),
    "ethnicity": ("dan toc",),
    "religion": ("ton giao",),
    "hometown": ("que quan", "nguyen quan"),
    "address": (
        "noi o hien nay",
        "cho o hien nay",
        "noi o",
        "dia chi",
        "cho o",
        "noi cu tru",
        "dia chi thuong tru",
        "thuong tru",
        "noi thuong tru",
        "dia chi hien nay",
    ),
    "occupation": ("nghe nghiep", "nghe nghiep hien nay", "cong viec", "viec lam"),
    "education": ("trinh do van hoa", "van hoa", "trinh do hoc van", "hoc van", "tdvh"),
    "qualification": ("trinh do chuyen mon", "chuyen mon", "tdcm"),
    "political_theory": ("ly luan chinh tri", "trinh do ly luan chinh tri", "llct", "chinh tri"),
    "member_since": (
        "ngay vao doan",
        "ngay ket nap doan",
        "ngay ket nap",
        "nam vao doan",
        "vao doan",
        "ngay, thang, nam vao doan",
        "ngay thang nam vao doan",
    ),
    "admission_place": ("noi vao doan", "noi ket nap", "noi ket nap doan"),
    "card_number": ("so the doan vien", "so the doan", "so the", "the doan vien"),
    "is_member": ("doan vien", "la doan vien", "doi tuong", "doan vien/thanh nien"),
    "is_party_member": ("dang vien", "la dang vien", "dang vien (x)", "dang vien dcsvn"),
    "office": ("chuc vu", "chuc danh", "chuc vu doan", "chuc vu trong doan"),
    "status": (
        "tinh trang",
        "tinh trang sinh hoat",
        "trang thai",
        "tinh trang doan vien",
        "hien trang",
    ),
    "office_level": ("cap", "cap chuc vu", "cap giu chuc vu", "chuc vu cap"),
    "office_start": ("tu ngay", "ngay nhan chuc vu", "ngay bat dau", "bat dau", "ngay giu"),
    "office_end": ("den ngay", "ngay thoi chuc vu", "ngay ket thuc", "ket thuc", "ngay thoi"),
    "chapter_kind": ("loai chi doan", "loai hinh chi doan", "loai hinh"),
    "chapter_active": ("dang hoat dong", "con hoat dong", "hoat dong"),
    "chapter": ("chi doan", "ten chi doan", "sinh hoat tai chi doan", "thuoc chi doan"),
    "note": ("ghi chu", "ghi chu khac"),
}


def compact(text: object) -> str:
    """The form headers (and markers such as "Tổng cộng") are compared in."""
    return _NOT_LETTERS.sub("", fold(str(text or "")))


_LOOKUP = {compact(variant): name for name, variants in _VARIANTS.items() for variant in variants}


# "Xếp loại năm 2025", "Xếp loại 2025", "XL 2025", "Đánh giá, xếp loại đoàn viên năm 2025".
_CLASSIFICATION = re.compile(r"^(?:danhgia)?(?:xeploai|xl)(?:doanvien|chatluong)*(?:nam)?(\d{4})$")


def classification_year(text: object) -> int | None:
    """The year a classification column is for, or None when ``text`` is not one."""
    match = _CLASSIFICATION.match(compact(text))
    return int(match.group(1)) if match else None


def classification_header(year: int) -> str:
    return f"Xếp loại năm {year}"


def match_header(text: object) -> str | None:
    """The field a header cell names, or None."""
    key = compact(text)
    if not key:
        return None
    found = _LOOKUP.get(key)
    if found is None and classification_year(text) is not None:
        return "classification"
    return found


# What the export writes on each chapter's sheet, in order; each header is also one of the
# variants above. The first PRINTED_COLUMNS are the member list as offices print it; the others
# make the file a complete copy of the roster (and are left out of the printed page). The
# classification columns ("Xếp loại năm …", one per year the roster holds) come last.
EXPORT_COLUMNS = (
    ("row_number", "STT"),
    ("full_name", "Họ và tên"),
    ("birth_date", "Ngày sinh"),
    ("gender", "Giới tính"),
    ("ethnicity", "Dân tộc"),
    ("religion", "Tôn giáo"),
    ("id_number", "Số CCCD"),
    ("phone", "Số điện thoại"),
    ("address", "Nơi ở hiện nay"),
    ("occupation", "Nghề nghiệp"),
    ("education", "Trình độ văn hóa"),
    ("is_member", "Đoàn viên"),
    ("member_since", "Ngày vào Đoàn"),
    ("is_party_member", "Đảng viên"),
    ("office", "Chức vụ"),
    ("note", "Ghi chú"),
    ("chapter", "Chi đoàn"),
    ("status", "Tình trạng"),
    ("given_name", "Tên để xếp thứ tự"),
    ("other_names", "Tên gọi khác"),
    ("hometown", "Quê quán"),
    ("qualification", "Trình độ chuyên môn"),
    ("political_theory", "Lý luận chính trị"),
    ("admission_place", "Nơi vào Đoàn"),
    ("card_number", "Số thẻ đoàn viên"),
)
PRINTED_COLUMNS = 16
# The export's sheet of offices, one row per office held or once held.
OFFICE_COLUMNS = (
    ("row_number", "STT"),
    ("full_name", "Họ và tên"),
    ("birth_date", "Ngày sinh"),
    ("id_number", "Số CCCD"),
    ("office", "Chức vụ"),
    ("office_level", "Cấp"),
    ("chapter", "Chi đoàn"),
    ("office_start", "Từ ngày"),
    ("office_end", "Đến ngày"),
)
# The export's sheet of chapters.
CHAPTER_COLUMNS = (
    ("row_number", "STT"),
    ("chapter", "Tên chi đoàn"),
    ("chapter_kind", "Loại chi đoàn"),
    ("chapter_active", "Đang hoạt động"),
    ("note", "Ghi chú"),
)


def field_labels() -> dict[str, str]:
    """What the import wizard calls each field, in the clerk's language."""
    return {
        "row_number": translate("ImportColumns", "Row number (ignored)"),
        "full_name": translate("ImportColumns", "Full name"),
        "family_name": translate("ImportColumns", "Family and middle names"),
        "given_name": translate("ImportColumns", "Given name"),
        "other_names": translate("ImportColumns", "Other names"),
        "birth_date": translate("ImportColumns", "Birth date"),
        "birth_male": 'Birth date, under "Male"',
        "birth_female": 'Birth date, under "Female"',
        "gender": translate("ImportColumns", "Sex"),
        "id_number": translate("ImportColumns", "Citizen ID"),
        "phone": translate("ImportColumns", "Phone"),
        "ethnicity": translate("ImportColumns", "Ethnicity"),
        "religion": translate("ImportColumns", "Religion"),
        "hometown": translate("ImportColumns", "Home town"),
        "address": translate("ImportColumns", "Current address"),
        "occupation": translate("ImportColumns", "Occupation"),
        "education": translate("ImportColumns", "General education"),
        "qualification": translate("ImportColumns", "Professional qualification"),
        "political_theory": translate("ImportColumns", "Political theory"),
        "member_since": translate("ImportColumns", "Admission date"),
        "admission_place": translate("ImportColumns", "Admission place"),
        "card_number": translate("ImportColumns", "Member card number"),
        "is_member": translate("ImportColumns", "Union member"),
        "is_party_member": translate("ImportColumns", "Party member"),
        "office": translate("ImportColumns", "Office"),
        "status": translate("ImportColumns", "Status"),
        "classification": translate("ImportColumns", "Classification of a year"),
        "chapter": translate("ImportColumns", "Chapter"),
        "note": translate("ImportColumns", "Note"),
        "office_level": translate("ImportColumns", "Level of the office"),
        "office_start": translate("ImportColumns", "Office held from"),
        "office_end": translate("ImportColumns", "Office held until"),
        "chapter_kind": translate("ImportColumns", "Kind of chapter"),
        "chapter_active": translate("ImportColumns", "Chapter active"),
    }
