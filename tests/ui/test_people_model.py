"""The people table model: filtering on folded keys, roster order, column sorting."""

import random
import unicodedata

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import (
    PersonInput,
    PersonRow,
    add_office,
    list_offices,
    list_people,
    save_person,
)
from doan_desktop.core.text import fold, name_sort_key
from doan_desktop.ui.models.people_model import (
    BIRTH,
    CHAPTER,
    COLUMN_COUNT,
    GENDER,
    KIND,
    NAME,
    NO_CHAPTER,
    PERSON_ID_ROLE,
    PHONE,
    OfficesTableModel,
    PeopleTableModel,
)
from tests.conftest import TODAY


def row(name: str, **values) -> PersonRow:
    """A table row as list_people makes it, without a database."""
    fields = dict(
        id=values.pop("id", name),
        full_name=name,
        given_name=name.split()[-1],
        gender="M",
        birth_date="",
        id_number="",
        phone="",
        ethnicity="",
        religion="",
        chapter_id=None,
        chapter="",
        is_member=True,
        member_since="",
        office="",
        status="active",
    )
    fields.update(values)
    fields["search_key"] = " ".join(
        filter(None, [fold(name), fields["id_number"], fields["phone"]])
    )
    fields["sort_key"] = name_sort_key(name)
    return PersonRow(**fields)


def names(model: PeopleTableModel) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def sample_rows() -> list[PersonRow]:
    rows = [
        row("Trần Thị Bình", chapter_id="c1", chapter="Thôn 1", birth_date="2001-03-04"),
        row("Nguyễn Văn Ấn", chapter_id="c1", chapter="Thôn 1", phone="0912345678"),
        row("Lê Thị Ánh", chapter_id="c2", chapter="Buôn Kram", is_member=False, gender="F"),
        row("Phạm Văn Anh", chapter_id="c2", chapter="Buôn Kram", birth_date="1999"),
        row("Đặng Văn Đức", id_number="066203000111", status="aged_out"),
        row("Hoàng An", chapter_id="c3", chapter="Đồng Tâm", is_member=False),
    ]
    random.Random(4).shuffle(rows)
    return rows


@pytest.fixture
def model(qtbot):
    model = PeopleTableModel()
    model.set_rows(sample_rows())
    return model


def test_default_order_is_the_roster_order_by_given_name(model):
    assert names(model) == [
        "Hoàng An",
        "Phạm Văn Anh",
        "Lê Thị Ánh",
        "Nguyễn Văn Ấn",
        "Trần Thị Bình",
        "Đặng Văn Đức",
    ]


def test_display_strings(model):
    model.set_filter(search="anh")
    assert [model.index(0, c).data() for c in (NAME, BIRTH, GENDER, KIND)] == [
        "Phạm Văn Anh",
        "1999",
        "Male",
        "Member",
    ]
    model.set_filter(search="binh")
    assert model.index(0, BIRTH).data() == "04/03/2001"
    assert model.index(0, NAME).data(PERSON_ID_ROLE) == "Trần Thị Bình"


def test_search_ignores_case_diacritics_and_d_bar(model):
    model.set_filter(search="nguyen van an")
    assert names(model) == ["Nguyễn Văn Ấn"]
    model.set_filter(search=unicodedata.normalize("NFD", "NGUYỄN VĂN ẤN"))
    assert names(model) == ["Nguyễn Văn Ấn"]
    model.set_filter(search="dang van duc")
    assert names(model) == ["Đặng Văn Đức"]
    model.set_filter(search="đặng")
    assert names(model) == ["Đặng Văn Đức"]


def test_search_matches_every_word_anywhere_and_phone_and_id(model):
    model.set_filter(search="anh van")
    assert names(model) == ["Phạm Văn Anh"]
    model.set_filter(search="an van")  # "an" is also in "Đặng"
    assert names(model) == ["Phạm Văn Anh", "Nguyễn Văn Ấn", "Đặng Văn Đức"]
    model.set_filter(search="0912345")
    assert names(model) == ["Nguyễn Văn Ấn"]
    model.set_filter(search="066203000111")
    assert names(model) == ["Đặng Văn Đức"]
    model.set_filter(search="nobody")
    assert model.rowCount() == 0


def test_typing_letter_by_letter_gives_the_same_result_as_a_fresh_search(model):
    for text in ["t", "th", "thi", "th", "t", "", "v", "va", "van a", "van an"]:
        model.set_filter(search=text)
        typed = names(model)
        fresh = PeopleTableModel()
        fresh.set_rows(sample_rows())
        fresh.set_filter(search=text)
        assert typed == names(fresh), text


def test_chapter_member_and_status_filters(model):
    model.set_filter(chapter_id="c2")
    assert names(model) == ["Phạm Văn Anh", "Lê Thị Ánh"]
    model.set_filter(chapter_id="c2", member=False)
    assert names(model) == ["Lê Thị Ánh"]
    model.set_filter(member=True)
    assert names(model) == ["Phạm Văn Anh", "Nguyễn Văn Ấn", "Trần Thị Bình", "Đặng Văn Đức"]
    model.set_filter(chapter_id=NO_CHAPTER)
    assert names(model) == ["Đặng Văn Đức"]
    model.set_filter(status="aged_out")
    assert names(model) == ["Đặng Văn Đức"]
    model.set_filter(status=("active", "away"), search="van")
    assert names(model) == ["Phạm Văn Anh", "Nguyễn Văn Ấn"]
    assert model.counts() == (2, 2, 0)
    assert model.is_filtered()
    model.set_filter()
    assert model.counts() == (6, 4, 2)
    assert not model.is_filtered()


def test_sorting_text_columns_follows_the_vietnamese_alphabet(model):
    model.sort(CHAPTER, Qt.AscendingOrder)
    chapters = [model.index(r, CHAPTER).data() for r in range(model.rowCount())]
    # Empty first; then B < Đ (after D) < T — not code-point order, which puts Đ after T.
    assert chapters == ["", "Buôn Kram", "Buôn Kram", "Đồng Tâm", "Thôn 1", "Thôn 1"]
    # Ties keep the roster order.
    assert names(model)[1:3] == ["Phạm Văn Anh", "Lê Thị Ánh"]
    model.sort(CHAPTER, Qt.DescendingOrder)
    assert [model.index(r, CHAPTER).data() for r in range(model.rowCount())][:3] == [
        "Thôn 1",
        "Thôn 1",
        "Đồng Tâm",
    ]
    assert names(model)[:2] == ["Nguyễn Văn Ấn", "Trần Thị Bình"]


def test_sorting_dates_by_stored_form_and_back_to_names(model):
    model.sort(BIRTH, Qt.DescendingOrder)
    assert names(model)[:2] == ["Trần Thị Bình", "Phạm Văn Anh"]
    model.sort(NAME, Qt.DescendingOrder)
    assert names(model)[0] == "Đặng Văn Đức"
    model.sort(NAME, Qt.AscendingOrder)
    assert names(model)[0] == "Hoàng An"


def test_sort_keeps_filter_and_filter_keeps_sort(model):
    model.sort(PHONE, Qt.DescendingOrder)
    model.set_filter(search="van")
    assert names(model)[0] == "Nguyễn Văn Ấn"  # the only phone number
    model.sort(NAME, Qt.AscendingOrder)
    assert names(model) == ["Phạm Văn Anh", "Nguyễn Văn Ấn", "Đặng Văn Đức"]


def test_sorting_moves_persistent_indexes_with_their_person(model):
    row_of_an = names(model).index("Nguyễn Văn Ấn")
    held = QPersistentModelIndex(model.index(row_of_an, CHAPTER))
    model.sort(CHAPTER, Qt.DescendingOrder)
    assert held.isValid()
    assert model.index(held.row(), NAME).data() == "Nguyễn Văn Ấn"
    assert held.column() == CHAPTER


def test_model_passes_qt_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)
    model.set_filter(search="van")
    model.sort(CHAPTER, Qt.DescendingOrder)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT


def test_model_with_rows_from_the_database(qtmodeltester, unit_db):
    with unit_db.session() as session:
        chapter = add_chapter(session, ChapterInput("Thôn 2", "thon"))
        person = save_person(
            session,
            PersonInput(full_name="Võ Thị Yến", chapter_id=chapter, is_member=True),
            today=TODAY,
        )
        add_office(session, person, "bi_thu", chapter, "01/01/2025", today=TODAY)
        rows = list_people(session)
        offices = list_offices(session, person_id=person)
    model = PeopleTableModel()
    model.set_rows(rows)
    assert [model.index(0, c).data() for c in (NAME, CHAPTER)] == ["Võ Thị Yến", "Thôn 2"]
    assert model.index(0, 5).data() == "Secretary"
    qtmodeltester.check(model)

    offices_model = OfficesTableModel()
    offices_model.set_rows(offices)
    assert [offices_model.index(0, c).data() for c in range(4)] == [
        "Secretary",
        "Thôn 2",
        "01/01/2025",
        "in office",
    ]
    qtmodeltester.check(offices_model)
