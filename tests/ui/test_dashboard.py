"""The overview page: its numbers are the core's, it is the window's first page, it fits the
small screen, and an alert opens its record."""

import datetime as dt
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QSize, Qt

from doan_desktop.core import compliance
from doan_desktop.core import dashboard as core
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.models import Meeting, YouthWork, YouthWorkChapter
from doan_desktop.preferences import Preferences
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.main_window import MainWindow
from doan_desktop.ui.pages.dashboard import DashboardPage, format_number
from tests.conftest import TODAY


@pytest.fixture
def recorded(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon3"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["thon4"] = add_chapter(s, ChapterInput("Thôn 4", "thon"))
        ids["an"] = save_person(
            s,
            PersonInput(full_name="Nguyễn Văn An", chapter_id=ids["thon3"], is_member=True),
            today=TODAY,
        )
        ids["old"] = save_person(
            s,
            PersonInput(
                full_name="Lê Văn Già",
                chapter_id=ids["thon4"],
                is_member=True,
                birth_date="01/01/1980",
            ),
            today=TODAY,
        )
        save_person(s, PersonInput(full_name="Hoàng Văn Em", chapter_id=ids["thon4"]), today=TODAY)
        add_office(s, ids["an"], "bi_thu", ids["thon3"], "2024", today=TODAY)
        for month in (7, 8, 9, 10):
            s.add(Meeting(kind="monthly", chapter_id=ids["thon3"], date=dt.date(2026, month, 9)))
        work = YouthWork(
            name="Đường hoa",
            kind="work",
            state="under_way",
            start_date=dt.date(2026, 10, 1),
            value=12_500_000,
        )
        s.add(work)
        s.flush()
        s.add(YouthWorkChapter(work_id=work.id, chapter_id=ids["thon3"]))
        compliance.add_participation(s, ids["thon3"], dt.date(2026, 1, 1), pilot=True)
        compliance.add_participation(s, ids["thon4"], dt.date(2026, 1, 1))
    return ids


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


def computed(qtbot, page: DashboardPage) -> DashboardPage:
    """Refresh the page and wait for its figures (computed on another thread)."""
    with qtbot.waitSignal(page.computed, timeout=20000):
        page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy())
    return page


def test_the_cards_show_the_cores_figures(qtbot, context, recorded):
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    computed(qtbot, page)
    with context.database.session() as s:
        board = core.build_dashboard(s, TODAY)
    for figure in board.figures:
        card = page.cards[figure.key]
        assert card.value.text() == format_number(figure.current, figure.kind)
        assert card.title.text() == figure.label
    assert page.cards["works_value"].value.text() == "12.500.000 đ"
    assert page.cards["members"].value.text() == "2"
    assert page.cards["share"].value.text() == "—"
    assert "youth population" in page.cards["share"].change.text()
    assert page.meetings_chart.bars[9].value == board.chapters_meeting[9] == 1
    assert [b.value for b in page.meetings_chart.bars][11] is None
    assert page.meetings_chart.full == 2
    assert page.people_chart.series[0].values == [p.members for p in board.people]
    assert page.grid.rowCount() == 2 and page.grid.item(0, 0).text() == "Thôn 3"
    assert page.grid.item(0, 4).text().startswith("✓")  # Q4: the work began in October
    assert page.grid.item(0, 3).text().startswith("✗")
    assert [text for text, _ in page.alert_items()] == [a.text for a in board.alerts]
    assert "Needs attention (" in page.alerts_title.text()


def test_changes_are_shown_with_their_direction(qtbot, context, recorded):
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    computed(qtbot, page)
    meetings = page.cards["meetings"].change.text()  # 1 in Q4 against 3 in Q3
    assert meetings.startswith("▼") and "2" in meetings
    assert page.cards["works"].change.text().startswith("▲")


def test_many_members_past_30_are_summed_up(qtbot, context, recorded, unit_db):
    with unit_db.session() as s:
        for n in range(5):
            save_person(
                s,
                PersonInput(full_name=f"Người Già {n}", is_member=True, birth_date="01/01/1985"),
                today=TODAY,
            )
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    computed(qtbot, page)
    texts = [text for text, _ in page.alert_items()]
    ages = [t for t in texts if "aged out of the Union" in t]
    assert len(ages) == 3
    assert texts[-1] == "… and 3 more members past 30 not aged out"


def test_overview_is_the_first_page_and_an_alert_opens_its_record(qtbot, context, recorded):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(QSize(1366, 768))
    window.show()
    assert window.page_keys()[0] == "overview"
    page = window.built_pages["overview"]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.alerts.count() > 0 and not page.is_busy(), timeout=20000)
    items = dict((a.kind, i) for i, (_, a) in enumerate(page.alert_items()))

    item = page.alerts.item(items[core.NO_SECRETARY])
    page.alerts.itemClicked.emit(item)
    chapters = window.built_pages["chapters"]
    assert window.stack.currentWidget() is chapters
    rows = chapters.table.selectionModel().selectedRows()
    assert len(rows) == 1 and rows[0].data() == "Thôn 4"

    window.show_page("overview")
    page.alerts.setCurrentRow(items[core.PAST_AGE])
    qtbot.keyClick(page.alerts, Qt.Key_Return)
    people = window.built_pages["people"]
    assert window.stack.currentWidget() is people
    assert people.selected_id() == recorded["old"]

    window.show_page("overview")
    page.open_alert(core.Alert(core.NO_JOINT, "", "models", None, "links"))
    models = window.built_pages["models"]
    assert window.stack.currentWidget() is models
    assert models.tabs.currentIndex() == 1


def test_the_overview_fits_the_small_screen(qtbot, context, recorded):
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 60)
    page.show()
    computed(qtbot, page)
    qtbot.waitExposed(page)
    scroll = page.findChild(type(page.layout().itemAt(0).widget()))
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.widget().width() <= page.width()


# ---------------------------------------------------------------- computed off the GUI thread


class Gate:
    """Stands in for core.build_dashboard: each call is recorded, and a call whose number is
    in ``held`` waits (on its worker thread) until the test opens the gate."""

    def __init__(self, results, held=(1,)):
        self.results = list(results)
        self.held = set(held)
        self.calls = 0
        self.entered = threading.Event()
        self.opened = threading.Event()

    def __call__(self, session, today):
        self.calls += 1
        number = self.calls
        if number in self.held:
            self.entered.set()
            if not self.opened.wait(timeout=30):
                raise TimeoutError("the test never opened the gate")
        result = self.results[number - 1]
        if isinstance(result, Exception):
            raise result
        return result


@pytest.fixture
def board(recorded, unit_db):
    with unit_db.session() as s:
        return core.build_dashboard(s, TODAY)


def test_the_page_says_it_is_computing_until_the_figures_arrive(qtbot, context, board, monkeypatch):
    gate = Gate([board])
    monkeypatch.setattr(core, "build_dashboard", gate)
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(gate.entered.is_set)
    assert page.is_busy()
    assert page.pending_label.isVisible() and not page.content.isVisible()
    assert page.pending_label.text() == "Computing this quarter's figures…"
    assert page.busy_bar.isVisible()
    with qtbot.waitSignal(page.settled, timeout=20000):
        gate.opened.set()
    assert page.board is board and page.failure is None
    assert page.content.isVisible() and not page.pending_label.isVisible()
    assert not page.busy_bar.isVisible()
    assert page.cards["members"].value.text() == "2"


def test_a_refresh_during_a_computation_drops_the_older_result(qtbot, context, board, monkeypatch):
    older = replace(board, figures=[replace(f, current=999) for f in board.figures])
    gate = Gate([older, board])
    monkeypatch.setattr(core, "build_dashboard", gate)
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    shown = []
    page.computed.connect(lambda: shown.append(page.board))
    page.refresh()
    qtbot.waitUntil(gate.entered.is_set)
    page.refresh()  # the records changed meanwhile
    page.refresh()  # and again: still one more computation, not two
    with qtbot.waitSignal(page.settled, timeout=20000):
        gate.opened.set()
    assert gate.calls == 2
    assert shown == [board]
    assert page.cards["members"].value.text() == "2"


def test_a_failed_computation_is_said_on_the_page(qtbot, context, board, monkeypatch):
    gate = Gate([OSError("disk I/O error"), board], held=())
    monkeypatch.setattr(core, "build_dashboard", gate)
    page = DashboardPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.settled, timeout=20000):
        page.refresh()
    assert isinstance(page.failure, OSError)
    assert "could not be computed (disk I/O error)" in page.intro_label.text()
    assert not page.pending_label.isVisible() and not page.busy_bar.isVisible()
    page.hide()
    with qtbot.waitSignal(page.computed, timeout=20000):
        page.show()  # opening the page again retries
    qtbot.waitUntil(lambda: not page.is_busy())
    assert gate.calls == 2
    assert page.failure is None and page.board is board
    assert page.intro_label.text().startswith("Quarter 4/2026 beside quarter 3/2026")


def test_the_window_appears_before_the_overview_is_computed(qtbot, context, board, monkeypatch):
    gate = Gate([board])
    monkeypatch.setattr(core, "build_dashboard", gate)
    window = MainWindow(context)  # returns while the figures are still being computed
    qtbot.addWidget(window)
    window.show()
    page = window.built_pages["overview"]
    qtbot.waitUntil(gate.entered.is_set)
    assert page.is_busy() and page.pending_label.isVisible()
    with qtbot.waitSignal(page.computed, timeout=20000):
        gate.opened.set()
    assert page.alerts.count() > 0
