"""The person form: every field of the member book, grouped on four tabs, with what is wrong
said next to the field as the clerk types. All rules come from core.roster.validate_person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import clock
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.roster import (
    ClassificationInput,
    PersonInput,
    get_person,
    save_person,
    validate_person,
)
from doan_desktop.core.text import split_name
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import (
    CLASSIFICATION_SCALES,
    GENDERS,
    STATUSES,
    classification_labels,
    gender_labels,
    status_labels,
)
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon
from doan_desktop.ui.widgets.date_field import DateField
from doan_desktop.ui.widgets.field_message import FieldMessage

# Suggestions only: the combos stay editable for the other groups and faiths.
ETHNICITIES = (
    "Kinh", "Ê Đê", "M'nông", "Gia Rai", "Tày", "Nùng", "Thái", "Mường", "Khmer", "Hoa",
    "H'Mông", "Dao", "Xơ Đăng", "Ba Na", "Cơ Ho", "Sán Dìu", "Chăm", "Raglai", "Mạ", "Stiêng",
)  # fmt: skip
RELIGIONS = ("Không", "Phật giáo", "Công giáo", "Tin lành", "Cao Đài", "Hòa Hảo")
POLITICAL_THEORY = ("Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân")

# Width of the fields for short values (dates, phone, citizen ID), at the default text size.
SHORT_FIELD = 260
QWIDGETSIZE_MAX = (1 << 24) - 1

IDENTITY_TAB, UNION_TAB, BACKGROUND_TAB, CLASSIFICATIONS_TAB = range(4)


class PersonForm(QDialog):
    """Add (``person_id`` None) or edit a person. After ``accept()``, ``saved_id`` is set."""

    def __init__(
        self,
        context: AppContext,
        person_id: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.person_id = person_id
        self.today = today or clock.today()
        self.saved_id: str | None = None
        self.problems = Problems()
        self.messages: dict[str, FieldMessage] = {}
        self._fields: dict[str, QWidget] = {}  # field name → the widget to focus
        self._tab_of: dict[str, int] = {}
        self._touched: set[str] = set()
        self._classifications: list[ClassificationInput] = []
        self._loading = True

        self.setWindowTitle(self.tr("New member or youth") if person_id is None else "")
        self.setMinimumWidth(720)
        self._labels: dict[int, list[QLabel]] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._identity_tab(), self.tr("Identity"))
        self.tabs.addTab(self._union_tab(), self.tr("Union membership"))
        self.tabs.addTab(self._background_tab(), self.tr("Background"))
        self.tabs.addTab(self._classifications_tab(), self.tr("Classifications"))

        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.AcceptRole)
        self.save_button.setIcon(icon("save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        required = QLabel(self.tr("* required"))
        required.setStyleSheet("color: #546e7a;")
        bottom = QHBoxLayout()
        bottom.addWidget(required)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_message)
        layout.addLayout(bottom)

        self._align_labels()
        self.resize(self.minimumWidth() + 40, 640)
        self._load()
        self._connect()
        self._initial = self.value()
        self._loading = False
        self.validate()
        self.full_name.setFocus()

    # ------------------------------------------------------------------ building

    def _form(self, parent_layout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setContentsMargins(12, 10, 12, 10)
        parent_layout.addWidget(box)
        return form

    def _row(
        self, form: QFormLayout, tab: int, name: str, label: str, widget: QWidget, hint: str = ""
    ) -> QWidget:
        """A labelled field with its message (and a grey hint) below it."""
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        if widget.maximumWidth() < QWIDGETSIZE_MAX:
            cell_layout.addWidget(widget, 0, Qt.AlignLeft)
        else:
            cell_layout.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: #607d8b;")
            cell_layout.addWidget(note)
        message = FieldMessage(field=widget)
        message.setObjectName(f"message_{name}")
        cell_layout.addWidget(message)
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        form.addRow(label_widget, cell)
        self._labels.setdefault(tab, []).append(label_widget)
        self.messages[name] = message
        self._fields[name] = widget
        self._tab_of[name] = tab
        return widget

    def _align_labels(self) -> None:
        """One label width per tab, so the fields of its group boxes line up."""
        for labels in self._labels.values():
            width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(width)
                label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)

    @staticmethod
    def _page() -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        return page, layout

    def _identity_tab(self) -> QWidget:
        page, layout = self._page()
        form = self._form(layout, self.tr("Person"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.full_name.setPlaceholderText(self.tr("family, middle and given name: Nguyễn Văn An"))
        self._row(form, IDENTITY_TAB, "full_name", self.tr("Full name *"), self.full_name)
        self.given_name = QLineEdit()
        self.given_name.setMaxLength(100)
        self._row(
            form,
            IDENTITY_TAB,
            "given_name",
            self.tr("Given name"),
            self.given_name,
            self.tr(
                "Leave empty when the given name is the last word. Fill it in when it is not "
                "(for example Phôn in Y Phôn Ksơr): the roster is sorted by it."
            ),
        )
        self.gender = QComboBox()
        self.gender.addItem(self.tr("—"), "")
        genders = gender_labels()
        for code in GENDERS:
            self.gender.addItem(genders[code], code)
        self.birth_date = DateField(today=self.today)
        self.gender.setMaximumWidth(SHORT_FIELD)
        self.gender.setMinimumWidth(SHORT_FIELD // 2)
        self.birth_date.setMaximumWidth(SHORT_FIELD)
        self._row(form, IDENTITY_TAB, "gender", self.tr("Sex"), self.gender)
        self._row(form, IDENTITY_TAB, "birth_date", self.tr("Date of birth"), self.birth_date)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(16)
        self.id_number.setPlaceholderText(self.tr("12 digits"))
        self.id_number.setMaximumWidth(SHORT_FIELD)
        self._row(form, IDENTITY_TAB, "id_number", self.tr("Citizen ID (CCCD)"), self.id_number)
        self.phone = QLineEdit()
        self.phone.setMaxLength(16)
        self.phone.setPlaceholderText(self.tr("10 digits, for example 0912345678"))
        self.phone.setMaximumWidth(SHORT_FIELD)
        self._row(form, IDENTITY_TAB, "phone", self.tr("Phone"), self.phone)

        roster = self._form(layout, self.tr("In the roster"))
        self.chapter = QComboBox()
        self._row(roster, IDENTITY_TAB, "chapter_id", self.tr("Chapter"), self.chapter)
        self.is_member = QComboBox()
        self.is_member.addItem(self.tr("Union member"), True)
        self.is_member.addItem(self.tr("Youth (not a Union member)"), False)
        self._row(roster, IDENTITY_TAB, "is_member", self.tr("Member or youth *"), self.is_member)
        self.status = QComboBox()
        statuses = status_labels()
        for code in STATUSES:
            self.status.addItem(statuses[code], code)
        self._row(roster, IDENTITY_TAB, "status", self.tr("Status *"), self.status)
        layout.addStretch(1)
        return page

    def _union_tab(self) -> QWidget:
        page, layout = self._page()
        form = self._form(layout, self.tr("Admission"))
        self.member_since = DateField(today=self.today)
        self.member_since.setMaximumWidth(SHORT_FIELD)
        self._row(form, UNION_TAB, "member_since", self.tr("Date of admission"), self.member_since)
        self.admission_place = QLineEdit()
        self.admission_place.setPlaceholderText(self.tr("the chapter or school where admitted"))
        self._row(
            form, UNION_TAB, "admission_place", self.tr("Place of admission"), self.admission_place
        )
        self.card_number = QLineEdit()
        self._row(form, UNION_TAB, "card_number", self.tr("Member card number"), self.card_number)
        other = self._form(layout, self.tr("Party"))
        self.is_party_member = QCheckBox(self.tr("Member of the Communist Party of Vietnam"))
        self._row(
            other, UNION_TAB, "is_party_member", self.tr("Party member"), self.is_party_member
        )
        self.youth_note = QLabel(
            self.tr("This person is recorded as a youth, not a Union member: no admission details.")
        )
        self.youth_note.setWordWrap(True)
        self.youth_note.setStyleSheet("color: #607d8b;")
        layout.addWidget(self.youth_note)
        layout.addStretch(1)
        return page

    @staticmethod
    def _suggestions(values) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.NoInsert)
        combo.addItem("")
        combo.addItems(list(values))
        combo.completer().setCaseSensitivity(Qt.CaseInsensitive)
        return combo

    def _background_tab(self) -> QWidget:
        page, layout = self._page()
        origin = self._form(layout, self.tr("Origin and residence"))
        self.other_names = QLineEdit()
        self._row(origin, BACKGROUND_TAB, "other_names", self.tr("Other names"), self.other_names)
        self.hometown = QLineEdit()
        self._row(origin, BACKGROUND_TAB, "hometown", self.tr("Home town"), self.hometown)
        self.address = QLineEdit()
        self._row(origin, BACKGROUND_TAB, "address", self.tr("Current address"), self.address)
        self.ethnicity = self._suggestions(ETHNICITIES)
        self._row(origin, BACKGROUND_TAB, "ethnicity", self.tr("Ethnicity"), self.ethnicity)
        self.religion = self._suggestions(RELIGIONS)
        self._row(origin, BACKGROUND_TAB, "religion", self.tr("Religion"), self.religion)
        schooling = self._form(layout, self.tr("Work and education"))
        self.occupation = QLineEdit()
        self._row(schooling, BACKGROUND_TAB, "occupation", self.tr("Occupation"), self.occupation)
        self.education = QLineEdit()
        self.education.setPlaceholderText(self.tr("for example 12/12"))
        self._row(
            schooling, BACKGROUND_TAB, "education", self.tr("General education"), self.education
        )
        self.qualification = QLineEdit()
        self._row(
            schooling,
            BACKGROUND_TAB,
            "qualification",
            self.tr("Professional qualification"),
            self.qualification,
        )
        self.political_theory = self._suggestions(POLITICAL_THEORY)
        self._row(
            schooling,
            BACKGROUND_TAB,
            "political_theory",
            self.tr("Political theory"),
            self.political_theory,
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self._row(schooling, BACKGROUND_TAB, "note", self.tr("Note"), self.note)
        return page

    def _classifications_tab(self) -> QWidget:
        page, layout = self._page()
        intro = QLabel(self.tr("The result of the annual assessment, one line per year."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.classification_table = QTableWidget(0, 3)
        self.classification_table.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Scale"), self.tr("Result")]
        )
        self.classification_table.verticalHeader().setVisible(False)
        self.classification_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.classification_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.classification_table.setSelectionMode(QAbstractItemView.SingleSelection)
        header = self.classification_table.horizontalHeader()
        header.resizeSection(0, 70)
        header.resizeSection(1, 220)
        header.setStretchLastSection(True)
        layout.addWidget(self.classification_table, 1)

        self.class_year = QSpinBox()
        self.class_year.setRange(1950, self.today.year)
        self.class_year.setValue(self.today.year)
        self.class_scale = QComboBox()
        self.class_scale.addItem(self.tr("Current scale (since 2019)"), "2019")
        self.class_scale.addItem(self.tr("Older scale"), "legacy")
        self.class_result = QComboBox()
        self.class_result.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.class_add = QPushButton(icon("add"), self.tr("Add"))
        self.class_add.setAutoDefault(False)
        self.class_remove = QPushButton(icon("delete"), self.tr("Remove selected"))
        self.class_remove.setAutoDefault(False)
        entry = QHBoxLayout()
        entry.setSpacing(8)
        for text, widget, stretch in (
            (self.tr("Year"), self.class_year, 0),
            (self.tr("Scale"), self.class_scale, 0),
            (self.tr("Result"), self.class_result, 1),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            entry.addWidget(label)
            entry.addWidget(widget, stretch)
        entry.addWidget(self.class_add)
        layout.addLayout(entry)
        remove_row = QHBoxLayout()
        self.messages["classifications"] = FieldMessage()
        self._fields["classifications"] = self.classification_table
        self._tab_of["classifications"] = CLASSIFICATIONS_TAB
        remove_row.addWidget(self.messages["classifications"], 1)
        remove_row.addStretch(0)
        remove_row.addWidget(self.class_remove)
        layout.addLayout(remove_row)
        self._fill_results()
        self.class_scale.currentIndexChanged.connect(self._fill_results)
        self.class_add.clicked.connect(self.add_classification)
        self.class_remove.clicked.connect(self.remove_classification)
        self.classification_table.itemSelectionChanged.connect(self._update_remove)
        self._update_remove()
        return page

    # ------------------------------------------------------------------ loading

    def _load(self) -> None:
        with self.context.database.session() as session:
            chapters = list_chapters(session)
            data = (
                get_person(session, self.person_id)
                if self.person_id
                else PersonInput(is_member=True)
            )
        self.chapter.addItem(self.tr("(No chapter)"), None)
        for chapter in chapters:
            if chapter.active:
                self.chapter.addItem(chapter.name, chapter.id)
            elif chapter.id == data.chapter_id:
                self.chapter.addItem(
                    self.tr("{name} (inactive)").format(name=chapter.name), chapter.id
                )
        self.set_value(data)
        if self.person_id:
            # As for a new person, a field's message waits until the clerk leaves it or
            # presses Save: nothing is said when the record opens.
            self.setWindowTitle(self.tr("{name} — edit").format(name=data.full_name))

    def set_value(self, data: PersonInput) -> None:
        self.full_name.setText(data.full_name)
        self.given_name.setText(data.given_name)
        self._select(self.gender, data.gender)
        self.birth_date.setText(data.birth_date)
        self.id_number.setText(data.id_number)
        self.phone.setText(data.phone)
        self.set_chapter(data.chapter_id)
        self._select(self.is_member, bool(data.is_member))
        self._select(self.status, data.status)
        self.member_since.setText(data.member_since)
        self.admission_place.setText(data.admission_place)
        self.card_number.setText(data.card_number)
        self.is_party_member.setChecked(data.is_party_member)
        self.other_names.setText(data.other_names)
        self.hometown.setText(data.hometown)
        self.address.setText(data.address)
        self.ethnicity.setCurrentText(data.ethnicity)
        self.religion.setCurrentText(data.religion)
        self.occupation.setText(data.occupation)
        self.education.setText(data.education)
        self.qualification.setText(data.qualification)
        self.political_theory.setCurrentText(data.political_theory)
        self.note.setPlainText(data.note)
        self._classifications = [
            ClassificationInput(c.year, c.scale, c.result) for c in data.classifications
        ]
        self._show_classifications()
        self._update_given_hint()
        self._update_member_fields()

    def set_chapter(self, chapter_id: str | None) -> None:
        self.chapter.setCurrentIndex(max(0, self.chapter.findData(chapter_id)))

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def value(self) -> PersonInput:
        return PersonInput(
            full_name=self.full_name.text(),
            given_name=self.given_name.text(),
            gender=self.gender.currentData() or "",
            birth_date=self.birth_date.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            chapter_id=self.chapter.currentData(),
            is_member=bool(self.is_member.currentData()),
            member_since=self.member_since.text(),
            is_party_member=self.is_party_member.isChecked(),
            status=self.status.currentData() or "",
            other_names=self.other_names.text(),
            hometown=self.hometown.text(),
            address=self.address.text(),
            ethnicity=self.ethnicity.currentText(),
            religion=self.religion.currentText(),
            occupation=self.occupation.text(),
            education=self.education.text(),
            qualification=self.qualification.text(),
            political_theory=self.political_theory.currentText(),
            admission_place=self.admission_place.text(),
            card_number=self.card_number.text(),
            note=self.note.toPlainText(),
            classifications=[
                ClassificationInput(c.year, c.scale, c.result) for c in self._classifications
            ],
        )

    # ------------------------------------------------------------------ reactions

    def _connect(self) -> None:
        for name, widget in self._fields.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.validate)
                widget.editingFinished.connect(lambda n=name, w=widget: self._left(n, w))
            elif isinstance(widget, QComboBox):
                if widget.isEditable():
                    widget.currentTextChanged.connect(self.validate)
                else:
                    widget.currentIndexChanged.connect(lambda _i, n=name: self.touch(n))
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.validate)
        self.note.textChanged.connect(self.validate)
        self.full_name.textChanged.connect(self._update_given_hint)
        self.is_member.currentIndexChanged.connect(self._update_member_fields)
        # The birth date decides the age warning, which concerns members only.
        self.is_member.currentIndexChanged.connect(lambda _i: self.touch("birth_date"))

    def _left(self, name: str, widget: QLineEdit) -> None:
        if widget.isModified() or widget.text() or name in self._touched:
            self.touch(name)

    def touch(self, name: str) -> None:
        """Show the messages of ``name`` from now on."""
        self._touched.add(name)
        self.validate()

    def show_all_messages(self) -> None:
        self._touched.update(self.messages)
        self.validate()

    def validate(self, *_args) -> Problems:
        """Ask core what is wrong, show it next to the touched fields, enable Save if nothing."""
        if self._loading:
            return self.problems
        with self.context.database.session() as session:
            self.problems = validate_person(session, self.value(), self.person_id, self.today)
        tabs_with_errors: set[int] = set()
        for name, message in self.messages.items():
            if name in self._touched:
                message.show_problems(self.problems, name)
                if message.kind() == "error":
                    tabs_with_errors.add(self._tab_of[name])
            else:
                message.clear()
        unknown = [text for name, text in self.problems.errors.items() if name not in self.messages]
        self.general_message.set_message("error" if unknown else "", " ".join(unknown))
        for tab in range(self.tabs.count()):
            self.tabs.setTabIcon(tab, icon("error") if tab in tabs_with_errors else QIcon())
        self.save_button.setEnabled(self.problems.ok)
        self.save_button.setToolTip(
            "" if self.problems.ok else self.tr("Correct the fields marked in red first.")
        )
        return self.problems

    def _update_given_hint(self, *_args) -> None:
        last = split_name(self.full_name.text())[1]
        self.given_name.setPlaceholderText(
            self.tr("empty: “{word}”").format(word=last) if last else ""
        )

    def _update_member_fields(self, *_args) -> None:
        member = bool(self.is_member.currentData())
        for widget in (self.member_since, self.admission_place, self.card_number):
            widget.setEnabled(member)
        self.youth_note.setVisible(not member)

    # ------------------------------------------------------------------ classifications

    def _fill_results(self, *_args) -> None:
        labels = classification_labels()
        current = self.class_result.currentData()
        self.class_result.clear()
        for code in CLASSIFICATION_SCALES[self.class_scale.currentData()]:
            self.class_result.addItem(labels[code], code)
        self._select(self.class_result, current)

    def add_classification(self) -> None:
        year = self.class_year.value()
        item = ClassificationInput(
            year, self.class_scale.currentData(), self.class_result.currentData()
        )
        replaced = any(c.year == year for c in self._classifications)
        self._classifications = [c for c in self._classifications if c.year != year] + [item]
        self._classifications.sort(key=lambda c: c.year)
        self._show_classifications()
        self.touch("classifications")
        if replaced and "classifications" not in self.problems.errors:
            self.messages["classifications"].show_warning(
                self.tr("The result for {year} was replaced.").format(year=year)
            )
        self.class_year.setValue(max(self.class_year.minimum(), year - 1))

    def remove_classification(self) -> None:
        rows = self.classification_table.selectionModel().selectedRows()
        if not rows:
            return
        del self._classifications[rows[0].row()]
        self._show_classifications()
        self.touch("classifications")

    def _show_classifications(self) -> None:
        labels = classification_labels()
        scales = {"2019": self.tr("Current scale (since 2019)"), "legacy": self.tr("Older scale")}
        table = self.classification_table
        table.setRowCount(len(self._classifications))
        for row, item in enumerate(self._classifications):
            for column, text in enumerate(
                (
                    str(item.year),
                    scales.get(item.scale, item.scale),
                    labels.get(item.result, item.result),
                )
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        self._update_remove()

    def _update_remove(self) -> None:
        self.class_remove.setEnabled(self.classification_table.selectionModel().hasSelection())

    # ------------------------------------------------------------------ closing

    def focus_first_error(self) -> None:
        for name in self.messages:
            if name in self.problems.errors:
                self.tabs.setCurrentIndex(self._tab_of[name])
                self._fields[name].setFocus()
                return

    def save(self) -> bool:
        """Save in one transaction; on any problem nothing is written and the form stays open."""
        self.show_all_messages()
        if not self.problems.ok:
            self.focus_first_error()
            return False
        try:
            with self.context.database.session() as session:
                saved_id = save_person(session, self.value(), self.person_id, self.today)
        except ValidationError as error:
            # Someone changed the data between the check and the save (a chapter deleted …).
            self.problems = error.problems
            self.show_all_messages()
            self.focus_first_error()
            return False
        except SQLAlchemyError as error:
            prompts.show_error(
                self,
                self.tr("Not saved"),
                self.tr("The person could not be saved; nothing was changed. ({detail})").format(
                    detail=error
                ),
            )
            return False
        self.saved_id = saved_id
        self._initial = self.value()
        self.context.notify("person")
        self.accept()
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if (
            event.key() in (Qt.Key_Return, Qt.Key_Enter)
            and not event.modifiers() & ~Qt.KeypadModifier
        ):
            focus = self.focusWidget()
            if isinstance(focus, QPlainTextEdit):
                return super().keyPressEvent(event)
            if focus in (self.class_add, self.class_remove, self.cancel_button):
                focus.click()
                return
            if isinstance(focus, QLineEdit) and isinstance(focus.parent(), QComboBox):
                focus.parent().hidePopup()
            self.save()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc or Cancel: ask before throwing typed changes away."""
        if self.value() != self._initial and not prompts.ask_yes_no(
            self,
            self.tr("Discard changes"),
            self.tr("Close the form without saving the changes you typed?"),
        ):
            return
        super().reject()
