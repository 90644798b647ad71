"""The "Residential models" page: "Chi đoàn 3 có" by quarter with its evidence and the office's
overrides, "2 giao, 1 liên kết" by year with the host rotation, and who takes part."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import clock, compliance, links
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.meeting_kinds import meeting_kind_labels
from doan_desktop.core.periods import Period
from doan_desktop.core.vocab import office_role_labels
from doan_desktop.core.works import state_labels as work_state_labels
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.models_dialogs import OverrideDialog, ParticipationDialog
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import muted_label, page_layout, page_title
from doan_desktop.ui.widgets.flow_row import FlowRow

MET = QColor("#c8e6c9")
NOT_MET = QColor("#ffcdd2")
GAP = QColor("#fde0dc")
ID_ROLE = Qt.UserRole
C_CHAPTER, C_CADRE, C_ACTIVITY, C_WORK, C_RESULT = range(5)
COMPLIANCE_TAB, LINKS_TAB, PARTICIPATION_TAB = range(3)
SECTIONS = {"compliance": COMPLIANCE_TAB, "links": LINKS_TAB, "participation": PARTICIPATION_TAB}


def _dmy(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def _item(text: str, colour: QColor | None = None, data: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if colour is not None:
        item.setBackground(colour)
    if data is not None:
        item.setData(ID_ROLE, data)
    item.setToolTip(text)
    return item


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ModelsPage(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.context = context
        self._today = today
        self.results: list[compliance.ChapterCompliance] = []
        self.year: links.YearLinks | None = None
        self.participation: list[compliance.ParticipationRow] = []
        layout = page_layout(
            self,
            page_title("models"),
            self.tr(
                '"Chi đoàn 3 có": a cadre, regular meetings and a youth work in each chapter, '
                'quarter by quarter. "2 giao, 1 liên kết": two briefings a year with the '
                "chapter secretaries and a joint meeting every month, hosted in turn."
            ),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._compliance_tab(), self.tr("Chi đoàn 3 có"))
        self.tabs.addTab(self._links_tab(), self.tr("2 giao, 1 liên kết"))
        self.tabs.addTab(self._participation_tab(), self.tr("Chapters taking part"))
        layout.addWidget(self.tabs, 1)

    def today(self) -> dt.date:
        return self._today or clock.today()

    # ------------------------------------------------------------------ "3 có"

    def _compliance_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        label = QLabel(self.tr("Quarter"))
        self.period = QComboBox()
        self.period.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        label.setBuddy(self.period)
        self.summary = _bold(QLabel())
        top.addWidget(label)
        top.addWidget(self.period)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        self.override_button = QPushButton(icon("edit"), self.tr("Override…"))
        self.clear_button = QPushButton(self.tr("Remove the override"))
        top.addWidget(self.override_button)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        splitter = QSplitter()
        self.table = _table(
            [
                self.tr("Chapter"),
                self.tr("Cadre"),
                self.tr("Activity"),
                self.tr("Work"),
                self.tr("3 có"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(C_CHAPTER, QHeaderView.Stretch)
        for column in (C_CADRE, C_ACTIVITY, C_WORK, C_RESULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.evidence = QTextBrowser()
        self.evidence.setOpenLinks(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.evidence)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.rule_label = muted_label()
        layout.addWidget(self.rule_label)
        self.period.currentIndexChanged.connect(lambda _i: self.reload_compliance())
        self.table.itemSelectionChanged.connect(self._show_evidence)
        self.table.activated.connect(lambda _i: self.override_selected())
        self.override_button.clicked.connect(self.override_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        return page

    def _fill_periods(self) -> None:
        current = Period.quarter_of(self.today())
        with self.context.database.session() as session:
            rows = compliance.list_participation(session)
        first_year = min([r.since.year for r in rows] + [current.year])
        quarters = []
        period = current
        while period.year >= first_year:
            quarters.append(period)
            period = period.previous()
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for q in quarters:
            self.period.addItem(
                self.tr("Quarter {n}/{year}").format(n=q.number, year=q.year), q.code
            )
        self.period.setCurrentIndex(max(0, self.period.findData(chosen)))
        self.period.blockSignals(False)

    def reload_compliance(self) -> None:
        selected = self.selected_chapter()
        code = self.period.currentData() or Period.quarter_of(self.today()).code
        with self.context.database.session() as session:
            self.results = compliance.assess_period(session, code, self.today())
            rules = compliance.meeting_rules(session)
        marks = {True: self.tr("✓ yes"), False: self.tr("✗ no")}
        self.table.setRowCount(len(self.results))
        for row, r in enumerate(self.results):
            name = r.chapter + (self.tr(" (pilot)") if r.pilot else "")
            name += self.tr(" (remote)") if r.remote else ""
            self.table.setItem(row, C_CHAPTER, _item(name, data=r.chapter_id))
            for column, met in (
                (C_CADRE, r.cadre.met),
                (C_ACTIVITY, r.activity.met),
                (C_WORK, r.work.met),
            ):
                self.table.setItem(row, column, _item(marks[met], MET if met else NOT_MET))
            verdict = marks[r.three_have] + (self.tr(" (overridden)") if r.overridden else "")
            self.table.setItem(row, C_RESULT, _item(verdict, MET if r.three_have else NOT_MET))
        count = compliance.three_have_count(self.results)
        if self.results:
            self.summary.setText(
                self.tr('{n} of {total} chapters taking part are "3 có"').format(
                    n=count, total=len(self.results)
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "No chapter takes part in this quarter: add them under Chapters taking part."
                )
            )
        rule_names = {
            compliance.MONTHLY_RULE: self.tr("a meeting every month"),
            compliance.QUARTERLY_RULE: self.tr("a meeting in the quarter"),
        }
        self.rule_label.setText(
            self.tr(
                "Activity means {rule}; for remote chapters, {remote}. A month still running is "
                "not counted as missed."
            ).format(
                rule=rule_names[rules[compliance.MEETING_RULE_KEY]],
                remote=rule_names[rules[compliance.REMOTE_RULE_KEY]],
            )
        )
        if not (selected and self.select(selected)) and self.results:
            self.table.selectRow(0)
        self._show_evidence()

    def selected_chapter(self) -> str | None:
        result = self.selected_result()
        return result.chapter_id if result else None

    def selected_result(self) -> compliance.ChapterCompliance | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.results):
            return None
        return self.results[rows[0].row()]

    def select(self, chapter_id: str) -> bool:
        """Select a chapter in the "3 có" table (the record an alert or a link names)."""
        for row, result in enumerate(self.results):
            if result.chapter_id == chapter_id:
                self.tabs.setCurrentIndex(COMPLIANCE_TAB)
                self.table.selectRow(row)
                return True
        return False

    def show_section(self, section: str) -> None:
        self.tabs.setCurrentIndex(SECTIONS.get(section, COMPLIANCE_TAB))

    def _show_evidence(self) -> None:
        r = self.selected_result()
        self.override_button.setEnabled(r is not None)
        self.clear_button.setEnabled(r is not None and r.overridden)
        self.evidence.setHtml(self.evidence_html(r) if r else "")

    def evidence_html(self, r: compliance.ChapterCompliance) -> str:
        e = html.escape
        roles = office_role_labels()
        kinds = meeting_kind_labels()
        states = work_state_labels()
        yes, no = self.tr("met"), self.tr("not met")
        parts = [f"<h3>{e(r.chapter)}</h3>"]
        facts = []
        if r.pilot:
            facts.append(self.tr("Pilot chapter"))
        if r.remote:
            facts.append(self.tr("Remote: meets every quarter"))
        if not r.complete:
            facts.append(self.tr("The quarter is not over: judged on the days so far"))
        if facts:
            parts.append(f"<p>{e(' · '.join(facts))}</p>")
        verdict = self.tr('"3 có": yes') if r.three_have else self.tr('"3 có": no')
        colour = "#2e7d32" if r.three_have else "#c62828"
        parts.append(f"<p><b style='color:{colour}'>{e(verdict)}</b></p>")
        if r.overridden:
            parts.append(
                "<p style='background:#fff8e1'>"
                + e(compliance.override_sentence(r.override, r.override_reason))
                + "</p>"
            )

        def section(title: str, criterion: compliance.Criterion, lines: list[str]) -> None:
            state = yes if criterion.met else no
            colour = "#2e7d32" if criterion.met else "#c62828"
            parts.append(
                f"<p><b>{e(title)}</b> — <span style='color:{colour}'>{e(state)}</span></p>"
            )
            items = [f"<li style='color:#c62828'>{e(t)}</li>" for t in criterion.reasons]
            items += [f"<li>{e(t)}</li>" for t in lines]
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")

        terms = []
        for t in r.terms:
            since = _dmy(t.start) or self.tr("date not recorded")
            until = _dmy(t.end) or self.tr("still in office")
            terms.append(
                self.tr("{name}, {role}: {since} – {until}").format(
                    name=t.person_name, role=roles.get(t.role, t.role), since=since, until=until
                )
            )
        section(self.tr("(a) A cadre"), r.cadre, terms)
        months = []
        for m in r.months:
            label = self.tr("Month {month}").format(month=int(m.month[5:7]))
            if m.meetings:
                held = "; ".join(
                    f"{_dmy(x.date)} {kinds.get(x.kind, x.kind)}"
                    + (f" ({x.host})" if x.kind == "joint" else "")
                    for x in m.meetings
                )
                months.append(f"{label}: {held}")
            elif not m.over:
                months.append(self.tr("{month}: not over yet").format(month=label))
        section(self.tr("(b) Regular activity"), r.activity, months)
        works = [
            self.tr("{name} ({state}, from {start})").format(
                name=w.name, state=states.get(w.state, w.state), start=_dmy(w.start)
            )
            for w in r.works
        ]
        section(self.tr("(c) A youth work or task"), r.work, works)
        return "".join(parts)

    def override_selected(self) -> None:
        result = self.selected_result()
        if result is None:
            return
        dialog = self.make_override_dialog(result)
        dialog.exec()
        if dialog.saved:
            self._changed()

    def make_override_dialog(self, result: compliance.ChapterCompliance) -> OverrideDialog:
        """The dialog for a result; tests drive it without exec()."""
        return OverrideDialog(self.context, result, self)

    def clear_selected(self) -> None:
        result = self.selected_result()
        if result is None or not result.overridden:
            return
        if not prompts.ask_yes_no(
            self,
            self.tr("Remove the override"),
            self.tr("Go back to the result the records give for {chapter}?").format(
                chapter=result.chapter
            ),
        ):
            return
        with self.context.database.session() as session:
            compliance.clear_override(session, result.chapter_id, result.period)
        self._changed()

    def _changed(self) -> None:
        self.context.notify("compliance")
        if not (self.window() is not self and self.window().inherits("QMainWindow")):
            self.refresh()

    # ------------------------------------------------------------------ "2 giao, 1 liên kết"

    def _links_tab(self) -> QWidget:
        page = QWidget()
        layout = QGridLayout(page)
        top = QHBoxLayout()
        label = QLabel(self.tr("Year"))
        self.links_year = QSpinBox()
        self.links_year.setRange(2000, 2100)
        self.links_year.setValue(self.today().year)
        label.setBuddy(self.links_year)
        top.addWidget(label)
        top.addWidget(self.links_year)
        top.addSpacing(16)
        self.next_host = _bold(QLabel())
        top.addWidget(self.next_host, 1)
        layout.addLayout(top, 0, 0, 1, 2)
        # Why chapters without a secretary are not proposed to host.
        self.passed_over = QLabel()
        self.passed_over.setWordWrap(True)
        layout.addWidget(self.passed_over, 5, 0, 1, 2)
        self.briefings_title = _bold(QLabel())
        self.briefings = QTreeWidget()
        self.briefings.setColumnCount(3)
        self.briefings.setHeaderLabels(
            [self.tr("Chapter"), self.tr("Secretary or deputy"), self.tr("Came?")]
        )
        self.briefings.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.briefings.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.briefings.header().setSectionResizeMode(1, QHeaderView.Stretch)
        self.briefings.header().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.joint_title = _bold(QLabel())
        self.joint = _table(
            [self.tr("Month"), self.tr("Date"), self.tr("Host"), self.tr("Taking part")]
        )
        header = self.joint.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.rotation = _table(
            [self.tr("Turn"), self.tr("Chapter"), self.tr("Last hosted"), self.tr("Times")]
        )
        header = self.rotation.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        layout.addWidget(self.briefings_title, 1, 0)
        layout.addWidget(self.briefings, 2, 0)
        layout.addWidget(_bold(QLabel(self.tr("Host rotation: who hosts next"))), 3, 0)
        layout.addWidget(self.rotation, 4, 0)
        layout.addWidget(self.joint_title, 1, 1)
        layout.addWidget(self.joint, 2, 1, 3, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(2, 3)
        layout.setRowStretch(4, 2)
        self.links_year.valueChanged.connect(lambda _v: self.reload_links())
        return page

    def reload_links(self) -> None:
        with self.context.database.session() as session:
            year = links.year_links(session, self.links_year.value(), self.today())
        self.year = year
        month = year.next_month.strftime("%m/%Y")
        if year.next_host:
            self.next_host.setText(
                self.tr("Proposed host of the joint meeting for {month}: {chapter}").format(
                    month=month, chapter=year.next_host.chapter
                )
            )
        elif year.rotation:
            self.next_host.setText(
                self.tr(
                    "No residential chapter has a secretary in office to host the joint "
                    "meeting for {month}."
                ).format(month=month)
            )
        else:
            self.next_host.setText(self.tr("No active residential chapter to host."))
        skipped = [t.chapter for t in year.passed_over]
        self.passed_over.setText(
            self.tr(
                "Not proposed to host: {chapters}. A chapter without a secretary in office "
                "has nobody to receive the other secretaries; record its secretary's office "
                "(Members and youth, Offices…) to bring it back into the rotation."
            ).format(chapters=", ".join(skipped))
            if skipped
            else ""
        )
        self.passed_over.setVisible(bool(skipped))
        self._fill_briefings(year)
        self._fill_joint(year)
        self._fill_rotation(year)

    def _fill_briefings(self, year: links.YearLinks) -> None:
        self.briefings_title.setText(
            self.tr("Briefings with the chapter secretaries: {n} of 2 held").format(
                n=year.briefings_held
            )
        )
        statuses = {
            "present": self.tr("came"),
            "excused": self.tr("absent with a reason"),
            "absent": self.tr("absent"),
            links.NOT_LISTED: self.tr("not on the list"),
            links.NO_SECRETARY: self.tr("no secretary then"),
        }
        roles = office_role_labels()
        self.briefings.clear()
        for half in year.halves:
            name = self.tr("First half") if half.half == 1 else self.tr("Second half")
            if not half.briefings:
                state = self.tr("not held") if half.over else self.tr("not held yet")
                top = QTreeWidgetItem([f"{name}: {state}", "", ""])
                top.setBackground(0, GAP if half.over or half.current else QColor("#fafafa"))
                self.briefings.addTopLevelItem(top)
            for briefing in half.briefings:
                came = len({a.chapter_id for a in briefing.came})
                total = len({a.chapter_id for a in briefing.chapters})
                top = QTreeWidgetItem(
                    [
                        self.tr("{half}: {date}").format(half=name, date=_dmy(briefing.date)),
                        self.tr("{n} of {total} chapters came").format(n=came, total=total),
                        "",
                    ]
                )
                top.setData(0, ID_ROLE, briefing.id)
                self.briefings.addTopLevelItem(top)
                for a in briefing.chapters:
                    person = a.person_name
                    if a.role:
                        person += f" ({roles.get(a.role, a.role)})"
                    status = statuses.get(a.status, a.status)
                    child = QTreeWidgetItem([a.chapter, person, status])
                    child.setBackground(2, MET if a.status == "present" else NOT_MET)
                    child.setToolTip(1, person)
                    child.setToolTip(2, f"{status}: {a.reason}" if a.reason else status)
                    top.addChild(child)
                top.setExpanded(True)

    def _fill_joint(self, year: links.YearLinks) -> None:
        self.joint_title.setText(
            self.tr("Joint meetings: {n} of 12 months held").format(n=year.joint_held)
        )
        rows = []
        for month in year.months:
            label = f"{month.month:02d}/{year.year}"
            if not month.meetings:
                text = self.tr("not held") if month.over else ""
                if month.current:
                    text = self.tr("not recorded yet")
                rows.append((label, text, "", "", GAP if month.over else None))
            for m in month.meetings:
                rows.append((label, _dmy(m.date), m.host, ", ".join(m.participants), None))
        self.joint.setRowCount(len(rows))
        for row, (label, date, host, others, colour) in enumerate(rows):
            for column, text in enumerate((label, date, host, others)):
                self.joint.setItem(row, column, _item(text, colour))

    def _fill_rotation(self, year: links.YearLinks) -> None:
        self.rotation.setRowCount(len(year.rotation))
        for row, turn in enumerate(year.rotation):
            last = _dmy(turn.last_hosted) or self.tr("never")
            colour = MET if turn is year.next_host else GAP if turn.passed_over else None
            number = "—" if turn.passed_over else str(row + 1)
            for column, text in enumerate((number, turn.chapter, last, str(turn.times))):
                item = _item(text, colour)
                if turn.passed_over:
                    item.setToolTip(
                        self.tr("Passed over: {chapter} has no secretary in office.").format(
                            chapter=turn.chapter
                        )
                    )
                self.rotation.setItem(row, column, item)

    # ------------------------------------------------------------------ participation

    def _participation_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        # The buttons and the two rules wrap at a large text size (FlowRow).
        actions = FlowRow()
        self.add_button = QPushButton(icon("add"), self.tr("Add a chapter…"))
        self.end_button = QPushButton(self.tr("End the participation…"))
        actions.add(self.add_button, self.end_button)
        self.rule_boxes: dict[str, QComboBox] = {}
        for key, text in (
            (compliance.MEETING_RULE_KEY, self.tr("Chapters meet")),
            (compliance.REMOTE_RULE_KEY, self.tr("Remote chapters meet")),
        ):
            label = QLabel(text)
            box = QComboBox()
            box.addItem(self.tr("every month"), compliance.MONTHLY_RULE)
            box.addItem(self.tr("every quarter"), compliance.QUARTERLY_RULE)
            label.setBuddy(box)
            box.activated.connect(lambda _i, k=key, b=box: self.set_rule(k, b.currentData()))
            self.rule_boxes[key] = box
            actions.add_together(label, box)
        layout.addWidget(actions)
        layout.addWidget(
            muted_label(
                self.tr(
                    "The model is tried in pilot chapters first, then extended to all. A "
                    "chapter is judged in the quarters it takes part in."
                )
            )
        )
        self.taking_part = _table(
            [self.tr("Chapter"), self.tr("Since"), self.tr("Until"), self.tr("Pilot")]
        )
        header = self.taking_part.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        layout.addWidget(self.taking_part, 1)
        self.add_button.clicked.connect(self.add_participation)
        self.end_button.clicked.connect(self.end_participation)
        self.taking_part.itemSelectionChanged.connect(self._participation_buttons)
        return page

    def reload_participation(self) -> None:
        with self.context.database.session() as session:
            self.participation = compliance.list_participation(session)
            rules = compliance.meeting_rules(session)
        for key, box in self.rule_boxes.items():
            box.setCurrentIndex(max(0, box.findData(rules[key])))
        self.taking_part.setRowCount(len(self.participation))
        for row, p in enumerate(self.participation):
            texts = (
                p.chapter,
                _dmy(p.since),
                _dmy(p.until) or self.tr("still taking part"),
                self.tr("pilot") if p.pilot else "",
            )
            for column, text in enumerate(texts):
                self.taking_part.setItem(row, column, _item(text, data=p.id))
        self._participation_buttons()

    def set_rule(self, key: str, value: str) -> None:
        with self.context.database.session() as session:
            compliance.set_meeting_rule(session, key, value)
        self._changed()

    def _participation_buttons(self) -> None:
        rows = self.taking_part.selectionModel().selectedRows()
        chosen = self.participation[rows[0].row()] if rows else None
        self.end_button.setEnabled(chosen is not None and chosen.until is None)

    def make_participation_dialog(
        self, ending: compliance.ParticipationRow | None = None
    ) -> ParticipationDialog:
        with self.context.database.session() as session:
            chapters = [(c.id, c.name) for c in list_chapters(session, include_inactive=False)]
        return ParticipationDialog(self.context, chapters, ending, self, self._today)

    def add_participation(self) -> None:
        dialog = self.make_participation_dialog()
        dialog.exec()
        if dialog.saved:
            self._changed()

    def end_participation(self) -> None:
        rows = self.taking_part.selectionModel().selectedRows()
        if not rows:
            return
        dialog = self.make_participation_dialog(self.participation[rows[0].row()])
        dialog.exec()
        if dialog.saved:
            self._changed()

    # ------------------------------------------------------------------ all

    def refresh(self) -> None:
        self._fill_periods()
        self.reload_compliance()
        self.reload_links()
        self.reload_participation()
