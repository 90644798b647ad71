"""The import wizard: file → columns → preview → import → summary, off the GUI thread."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from doan_desktop.core import roster as roster_cases
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.store import backups
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import import_wizard as wizard_module
from doan_desktop.ui.dialogs.import_wizard import CHOOSE, DONE, MAPPING, PREVIEW, ImportWizard
from tests.exchange.conftest import HEADERS, make_workbook, messy_rows


@pytest.fixture
def shown(monkeypatch):
    messages = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: messages.append(text))
    return messages


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def wizard(qtbot, context, shown):
    dialog = ImportWizard(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog._job is not None:
        qtbot.waitUntil(lambda: dialog._job is None, timeout=20000)


def _go(qtbot, wizard, step):
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.step == step and wizard._job is None, timeout=20000)


def _people(context):
    with context.database.session() as session:
        return roster_cases.list_people(session)


def test_whole_import_with_created_chapter_and_summary(qtbot, wizard, context, tmp_path):
    path = make_workbook(tmp_path / "messy.xlsx", {"Thôn 3": messy_rows()})
    changed = []
    context.events.changed.connect(changed.append)
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    assert "row 5" in wizard.mapping_intro.text()
    assert wizard.mapping_table.rowCount() == len(HEADERS)
    _go(qtbot, wizard, PREVIEW)
    # The sheet's chapter does not exist: its rows are errors until the clerk agrees to create it.
    assert wizard.create_chapters.isVisible() and "Thôn 3" in wizard.create_chapters.text()
    assert not wizard.next_button.isEnabled()
    assert wizard.error_table.rowCount() == 4
    wizard.create_chapters.setChecked(True)
    qtbot.waitUntil(
        lambda: wizard.step == PREVIEW and wizard._job is None and wizard.add_table.rowCount() == 4
    )
    assert wizard.next_button.isEnabled()
    assert wizard.add_table.item(0, 2).text() == "Nguyễn Văn An"
    _go(qtbot, wizard, DONE)
    assert wizard.result.imported == 4
    assert "4 people added" in wizard.done_label.text()
    # Two of them were admitted at 15: imported, with a warning the error workbook lists too.
    assert "2 rows were imported with a warning" in wizard.done_label.text()
    assert wizard.save_errors_button.isVisibleTo(wizard)
    assert len(_people(context)) == 4
    assert {"person", "chapter"} <= set(changed)
    assert [i.reason for i in backups.list_backups(context.data_dir.backups)] == ["before-import"]
    wizard.next_button.click()  # Close
    assert wizard.result is not None and not wizard.isVisible()


def test_errors_duplicates_and_the_error_workbook(qtbot, wizard, context, tmp_path, monkeypatch):
    rows = [
        HEADERS,
        [1, "Nguyễn Văn An", "05/03/2000", "Nam", "Kinh", "012345678901", None, None],
        [2, None, "01/01/2001", "Nữ", "Kinh", None, None, None],
        [3, "Nguyễn Văn An", "05/03/2000", "Nam", "Kinh", "012345678901", None, None],
        [4, "Lê Thị Sai", "02/02/2002", "Nữ", "Kinh", "12345", None, None],
    ]
    path = make_workbook(tmp_path / "errors.xlsx", {"Sheet1": rows})
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    _go(qtbot, wizard, PREVIEW)
    assert wizard.error_table.rowCount() == 2
    cells = [[wizard.error_table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert cells[0] == ["Sheet1", "3", "Họ và tên", "The row has no name."]
    assert cells[1][:3] == ["Sheet1", "5", "Số CCCD"]
    assert wizard.duplicate_table.rowCount() == 1
    assert wizard.duplicate_table.item(0, 1).text() == "4"
    assert "Errors (2)" in wizard.tabs.tabText(3)
    _go(qtbot, wizard, DONE)
    assert wizard.save_errors_button.isVisibleTo(wizard)
    out = tmp_path / "fix.xlsx"
    monkeypatch.setattr(wizard_module, "choose_save_file", lambda *args: str(out))
    assert wizard.save_error_workbook() == out
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 4 and sheet.cell(1, len(HEADERS) + 1).value == "Lỗi"
    assert str(out) in wizard.saved_label.text()


def test_bad_file_is_named_on_the_first_page_and_nothing_is_written(
    qtbot, wizard, context, tmp_path
):
    wizard.next_button.click()
    assert wizard.step == CHOOSE and "Choose a file" in wizard.path_message.text()
    wizard.path_edit.setText(str(tmp_path / "missing.xlsx"))
    wizard.next_button.click()
    assert "There is no file" in wizard.path_message.text()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64
    )
    wizard.path_edit.setText(str(bad))
    _go(qtbot, wizard, CHOOSE)
    assert "password" in wizard.path_message.text()
    assert _people(context) == []


def test_mapping_can_be_changed_and_a_sheet_without_names_blocks(qtbot, wizard, context, tmp_path):
    rows = [["Họ và tên", "Ghi chú", "Năm sinh"], ["An", "0912345678", 2000]]
    path = make_workbook(tmp_path / "m.xlsx", {"Sheet1": rows})
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    boxes = {column.header: box for _table, column, box in wizard.mapping_boxes}
    boxes["Ghi chú"].setCurrentIndex(boxes["Ghi chú"].findData("phone"))
    boxes["Họ và tên"].setCurrentIndex(0)
    assert not wizard.next_button.isEnabled()
    assert "full name" in wizard.mapping_message.text()
    boxes["Họ và tên"].setCurrentIndex(boxes["Họ và tên"].findData("full_name"))
    assert wizard.next_button.isEnabled()
    _go(qtbot, wizard, PREVIEW)
    _go(qtbot, wizard, DONE)
    assert [p.phone for p in _people(context)] == ["0912345678"]


def test_stop_while_importing_writes_nothing(qtbot, wizard, context, tmp_path, monkeypatch):
    rows = [HEADERS] + [[i, f"Người Thứ {i}", 2000, "Nam"] for i in range(1, 30)]
    path = make_workbook(tmp_path / "many.xlsx", {"Sheet1": rows})
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    _go(qtbot, wizard, PREVIEW)
    # The clerk presses Stop before the first row is written.
    real = wizard_module.run_import

    def stopped_first(session, plan, options, progress, cancelled):
        wizard._job.cancel()
        return real(session, plan, options, progress, cancelled)

    monkeypatch.setattr(wizard_module, "run_import", stopped_first)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard._job is None and wizard.step == PREVIEW, timeout=20000)
    assert "nothing was written" in wizard.preview_summary.text()
    assert _people(context) == []
    with context.database.session() as session:
        assert list_chapters(session) == []


def test_escape_closes_and_keyboard_reaches_the_file_field(qtbot, wizard):
    assert wizard.focusWidget() is wizard.path_edit
    qtbot.keyClick(wizard, Qt.Key_Escape)
    assert not wizard.isVisible()


def test_fits_a_small_screen(qtbot, wizard, context, tmp_path):
    path = make_workbook(tmp_path / "messy.xlsx", {"Thôn 3": messy_rows()})
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    assert wizard.width() <= 1366 and wizard.height() <= 740
    assert wizard.minimumSizeHint().width() <= 1366


def test_people_page_buttons_open_the_wizard_and_export(
    qtbot, context, shown, tmp_path, monkeypatch
):
    from doan_desktop.core.chapters import ChapterInput, add_chapter
    from doan_desktop.core.roster import PersonInput, save_person
    from doan_desktop.ui.pages.people import PeoplePage

    with context.database.session() as session:
        chapter = add_chapter(session, ChapterInput("Thôn 1", "thon"))
        save_person(
            session, PersonInput(full_name="Nguyễn Văn An", chapter_id=chapter, phone="0912345678")
        )
        save_person(session, PersonInput(full_name="Trần Thị Bích"))
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.refresh()
    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    page.import_button.click()
    assert len(opened) == 1 and opened[0].context is context

    out = tmp_path / "ds.xlsx"
    monkeypatch.setattr(wizard_module, "choose_save_file", lambda *args: str(out))
    page.chapter_filter.setCurrentIndex(page.chapter_filter.findData(chapter))
    page.export_button.click()
    assert "1 people written" in shown[-1]
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Thôn 1", "Chi đoàn"]
    assert book["Thôn 1"]["B7"].value == "Nguyễn Văn An"
    assert book["Thôn 1"]["H7"].value == "0912345678"
    assert "A CSV file" not in shown[-1]

    csv_out = tmp_path / "ds.csv"
    monkeypatch.setattr(wizard_module, "choose_save_file", lambda *args: str(csv_out))
    page.export_button.click()
    # What a CSV cannot keep is said each time one is written.
    assert "1 people written" in shown[-1] and "A CSV file holds one table" in shown[-1]
    assert "export to Excel (.xlsx)" in shown[-1]
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark


def test_formula_like_cells_are_said_in_the_preview_and_the_summary(
    qtbot, wizard, context, tmp_path
):
    path = tmp_path / "danh sach.csv"
    path.write_text(
        "Họ và tên,Ngày sinh,Quê quán,Chi đoàn\n"
        '"=HYPERLINK(""http://x.invalid"",""Bấm"")",05/02/2001,=1+1,Thôn 1\n'
        "Trần Thị Bích,2000,Hòa Phú,Thôn 1\n",
        encoding="utf-8",
    )
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    _go(qtbot, wizard, PREVIEW)
    wizard.create_chapters.setChecked(True)
    qtbot.waitUntil(lambda: wizard._job is None and wizard.add_table.rowCount() == 2)
    summary = wizard.preview_summary.text()
    assert "2 cells begin like a formula" in summary
    assert 'column Họ và tên: =HYPERLINK("http://x.invalid","Bấm")' in summary
    assert "imported as plain text" in summary
    _go(qtbot, wizard, DONE)
    assert "2 cells begin like a formula" in wizard.done_label.text()
    with context.database.session() as session:
        hometowns = {
            roster_cases.get_person(session, p.id).hometown
            for p in roster_cases.list_people(session)
        }
    assert hometowns == {"=1+1", "Hòa Phú"}  # kept as the text it is


def test_an_exported_workbook_with_its_offices_and_chapters_sheets_imports(
    qtbot, wizard, context, tmp_path
):
    from doan_desktop.core.chapters import ChapterInput, add_chapter
    from doan_desktop.core.roster import PersonInput, add_office, save_person
    from doan_desktop.exchange.roster_export import collect, write_xlsx
    from tests.conftest import TODAY

    with context.database.session() as session:
        chapter = add_chapter(session, ChapterInput("Thôn 1", "thon"))
        an = save_person(
            session, PersonInput(full_name="Nguyễn Văn An", chapter_id=chapter, birth_date="2000")
        )
        add_office(session, an, "bi_thu", chapter, "01/01/2025", today=TODAY)
        add_office(session, an, "uy_vien_bch", None, "01/07/2025", today=TODAY)
        path = write_xlsx(tmp_path / "ds.xlsx", collect(session, today=TODAY))
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    intro = wizard.mapping_intro.text()
    assert 'Sheet "Chức vụ" lists offices with their dates' in intro
    assert 'Sheet "Chi đoàn" lists chapters with their kinds' in intro
    assert wizard.next_button.isEnabled()  # a sheet of chapters needs no name column
    _go(qtbot, wizard, PREVIEW)
    assert wizard.unchanged_table.rowCount() == 1 and wizard.update_table.rowCount() == 0
    assert "Offices:" not in wizard.preview_summary.text()


def test_export_to_an_unwritable_place_says_so(qtbot, context, shown, tmp_path, monkeypatch):
    from doan_desktop.ui.dialogs.import_wizard import export_roster

    monkeypatch.setattr(
        wizard_module, "choose_save_file", lambda *args: str(tmp_path / "gone" / "ds.xlsx")
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export_roster(context, parent) is None
    assert "does not exist" in shown[-1]


def test_a_utf16_text_file_is_read_and_its_encoding_shown(qtbot, wizard, context, tmp_path):
    from tests.exchange.hostile import utf16

    path = tmp_path / "danh sach.txt"  # named like no chapter
    path.write_bytes(utf16("Họ và tên\tNgày sinh\tDân tộc\nTrần Thị Bích\t05/02/2001\tÊ Đê\n"))
    assert wizard.encoding_choice.currentData() == "auto"
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    assert "Encoding: UTF-16 LE (detected); columns separated by tabs." in (
        wizard.mapping_intro.text()
    )
    firsts = [wizard.mapping_table.item(r, 4).text() for r in range(3)]
    assert firsts == ["Trần Thị Bích", "05/02/2001", "Ê Đê"]
    _go(qtbot, wizard, PREVIEW)
    assert "UTF-16 LE (detected)" in wizard.preview_summary.text()
    _go(qtbot, wizard, DONE)
    assert [p.ethnicity for p in _people(context)] == ["Ê Đê"]


def test_the_encoding_chosen_in_the_box_is_used(qtbot, wizard, context, tmp_path):
    from tests.exchange.hostile import windows_1258

    path = tmp_path / "old.csv"
    path.write_bytes(windows_1258("Ho va ten,Nam sinh\nTrần Thị Bích,2001\n"))
    wizard.encoding_choice.setCurrentIndex(wizard.encoding_choice.findData("utf-8"))
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, CHOOSE)
    assert "is not UTF-8 text (line 2)" in wizard.path_message.text()
    wizard.encoding_choice.setCurrentIndex(wizard.encoding_choice.findData("cp1258"))
    _go(qtbot, wizard, MAPPING)
    assert "Encoding: Windows-1258 (chosen)" in wizard.mapping_intro.text()
    assert wizard.mapping_table.item(0, 4).text() == "Trần Thị Bích"


def test_a_zip_bomb_is_refused_on_the_first_page(qtbot, wizard, context, tmp_path):
    from tests.exchange.hostile import zip_bomb_xlsx

    wizard.path_edit.setText(str(zip_bomb_xlsx(tmp_path / "bomb.xlsx", cell_megabytes=16)))
    _go(qtbot, wizard, CHOOSE)
    assert "not a normal Excel file" in wizard.path_message.text()
    assert _people(context) == [] and backups.list_backups(context.data_dir.backups) == []


def test_a_row_over_the_limit_is_refused_on_the_first_page(qtbot, wizard, context, tmp_path):
    from tests.exchange.hostile import raw_xlsx, roster_rows, sheet_rows

    path = raw_xlsx(tmp_path / "rows.xlsx", sheet_rows(roster_rows(2)), "A1:C1000000")
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, CHOOSE)
    assert "rows per file" in wizard.path_message.text()
    assert "split the file" in wizard.path_message.text()


def test_warnings_have_their_own_tab_and_their_rows_go_in(qtbot, wizard, context, tmp_path):
    rows = [
        HEADERS,
        [1, "Nguyễn Văn An", "05/03/2000", "Nam", "Kinh", None, "12345", "2017"],
        [2, "Trần Thị Sớm", "05/03/2000", "Nữ", "Kinh", None, None, "2012"],
        [3, "Lê Văn Đúng", "05/03/2000", "Nam", "Kinh", None, "0912345678", "2017"],
    ]
    path = make_workbook(tmp_path / "w.xlsx", {"Sheet1": rows})
    wizard.path_edit.setText(str(path))
    _go(qtbot, wizard, MAPPING)
    _go(qtbot, wizard, PREVIEW)
    assert wizard.add_table.rowCount() == 3 and wizard.error_table.rowCount() == 0
    assert wizard.tabs.tabText(5) == "Warnings (2)"
    cells = [[wizard.warning_table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert cells[0][:3] == ["Sheet1", "2", "SĐT"] and "without this value" in cells[0][3]
    assert cells[1][:3] == ["Sheet1", "3", "Ngày vào Đoàn"] and "at 12" in cells[1][3]
    assert "2 rows have warnings" in wizard.preview_summary.text()
    assert wizard.next_button.isEnabled()
    _go(qtbot, wizard, DONE)
    assert {p.full_name: p.phone for p in _people(context)} == {
        "Nguyễn Văn An": "",
        "Trần Thị Sớm": "",
        "Lê Văn Đúng": "0912345678",
    }
    assert "2 rows were imported with a warning" in wizard.done_label.text()
