"""First start: what the program is for, this unit, its chapters, a summary; Finish writes it all
in one transaction (or nothing, and says why)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import signing
from doan_desktop.core.chapters import ChapterInput, add_chapter, validate_chapter
from doan_desktop.core.text import clean, fold
from doan_desktop.core.unit import UnitInfo, display_name, save_unit
from doan_desktop.core.validation import ValidationError
from doan_desktop.core.vocab import CHAPTER_KINDS, chapter_kind_labels, unit_kind_labels
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.forms import UnitForm, with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import muted_label
from doan_desktop.ui.widgets.field_message import FieldMessage

# The summary lists this many chapters by name, so that it fits the page on a small screen.
SUMMARY_CHAPTERS = 12


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to doan-desktop"))
        self.setSubTitle(self.tr("A few questions before you start."))
        text = QLabel(
            self.tr(
                "doan-desktop keeps the records of a commune Youth Union office: its chapters, "
                "its members and youth, meetings and their minutes, and the reports sent to the "
                "superior office. Everything is kept on this computer."
            )
        )
        text.setWordWrap(True)
        steps = QLabel(
            self.tr(
                "Four short steps follow:\n"
                "1. Your unit: its name and code, and the office it reports to.\n"
                "2. Its chapters, if you want to enter them now.\n"
                "3. The key that signs your reports (or later, in Settings).\n"
                "4. A summary to check before saving.\n\n"
                "All of it can be changed later, in Settings and on the Chapters page."
            )
        )
        steps.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(text)
        layout.addWidget(steps)
        layout.addStretch(1)


class UnitPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your unit"))
        self.form = UnitForm()
        self.form.changed.connect(self.completeChanged)
        self.role = QComboBox()
        self.role.addItem(
            self.tr("Commune office: sends reports to the superior office"), "commune"
        )
        self.role.addItem(
            self.tr("Superior office (province or city): receives the communes' reports"),
            "superior",
        )
        self.role.setAccessibleName(self.tr("This office is"))
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        # In the unit form's own layout, so that its label lines up with the others.
        self.form.layout().insertRow(0, self.tr("This office is"), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.form.name.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.form.is_valid()

    def _role_changed(self, _index: int = 0) -> None:
        self.form.set_role(self.role.currentData())
        if self.is_superior():
            subtitle = self.tr(
                "The Youth Union of your province or city, which receives the communes' reports, "
                "and the office above it. Fields marked * are required."
            )
        else:
            subtitle = self.tr(
                "The Youth Union of your commune, ward or special zone, and the office it reports "
                "to. Fields marked * are required."
            )
        self.setSubTitle(subtitle)

    def is_superior(self) -> bool:
        return self.role.currentData() == "superior"

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        # A superior office keeps no chapters and signs no reports: straight to the summary.
        wizard = self.wizard()
        if self.is_superior() and isinstance(wizard, SetupWizard):
            return wizard.summary_id
        return super().nextId()


class ChapterRowEditor(QWidget):
    """One chapter being set up: its name, its kind, a button to take it out again."""

    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.touched = False
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Chapter name, for example Thôn 1"))
        self.name.setAccessibleName(self.tr("Chapter name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of chapter"))
        labels = chapter_kind_labels()
        for code in CHAPTER_KINDS:
            self.kind.addItem(labels[code], code)
        self.remove = QToolButton()
        self.remove.setIcon(icon("delete"))
        self.remove.setToolTip(self.tr("Remove this chapter from the list"))
        self.remove.setAccessibleName(self.tr("Remove"))

        name_cell, self.message = with_message(self.name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(name_cell, 3, Qt.AlignTop)
        layout.addWidget(self.kind, 2, Qt.AlignTop)
        layout.addWidget(self.remove, 0, Qt.AlignTop)

        self.name.textEdited.connect(self._touch)
        self.name.textChanged.connect(self.changed)
        self.name.editingFinished.connect(self._touch)
        self.kind.currentIndexChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def _touch(self, *_args) -> None:
        if not self.touched:
            self.touched = True
            self.changed.emit()

    def value(self) -> ChapterInput:
        return ChapterInput(clean(self.name.text()), self.kind.currentData())


class ChaptersSetupPage(QWizardPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Chapters"))
        self.setSubTitle(
            self.tr(
                "The chapters (chi đoàn) under your unit. You may add them now, or later on the "
                "Chapters page."
            )
        )
        self.rows: list[ChapterRowEditor] = []
        self._valid = True

        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.setSpacing(6)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(self.rows_box)

        self.empty_note = muted_label(
            self.tr("No chapters yet. That is fine: you can add them later on the Chapters page.")
        )
        self.hint = FieldMessage()
        self.add_button = QPushButton(icon("add"), self.tr("Add a chapter"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self._update()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        (self.rows[0].name if self.rows else self.add_button).setFocus()

    def add_row(self, name: str = "", kind: str = "thon") -> ChapterRowEditor:
        row = ChapterRowEditor()
        row.kind.setCurrentIndex(max(0, row.kind.findData(kind)))
        if name:
            row.name.setText(name)
            row.touched = True
        row.changed.connect(self._update)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self._update()
        row.name.setFocus()
        return row

    def remove_row(self, row: ChapterRowEditor) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].name.setFocus()
        else:
            self.add_button.setFocus()

    def chapters(self) -> list[ChapterInput]:
        return [row.value() for row in self.rows]

    def errors(self) -> list[str]:
        """The message for each row ("" when the row is fine), with core's rules and no repeats."""
        duplicate = QCoreApplication.translate(
            "Validation", "Another chapter already has this name."
        )
        seen: set[str] = set()
        errors = []
        with self.context.database.session() as session:
            for data in self.chapters():
                problems = validate_chapter(session, data)
                message = problems.errors.get("name") or problems.errors.get("kind", "")
                key = fold(data.name)
                if not message and key in seen:
                    message = duplicate
                seen.add(key)
                errors.append(message)
        return errors

    def _update(self) -> None:
        errors = self.errors()
        for row, message in zip(self.rows, errors, strict=True):
            row.message.show_error(message if row.touched else "")
        valid = not any(errors)
        untouched_problem = any(m and not r.touched for r, m in zip(self.rows, errors, strict=True))
        self.hint.show_error(
            self.tr("Every chapter needs a name. Remove the rows you do not need.")
            if untouched_problem
            else ""
        )
        self.empty_note.setVisible(not self.rows)
        self._chain_tab_order()
        self._valid = valid
        self.completeChanged.emit()

    def _chain_tab_order(self) -> None:
        widgets = [w for row in self.rows for w in (row.name, row.kind, row.remove)]
        widgets.append(self.add_button)
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._valid


class KeyPage(QWizardPage):
    """The key that signs the reports: a passphrase typed twice, or later in Settings."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from doan_desktop.ui.dialogs.key_dialog import NewPassphrase

        self.setTitle(self.tr("Signing key"))
        self.setSubTitle(
            self.tr(
                "Reports sent to the superior office are signed with a key kept on this "
                "computer and locked with a passphrase you choose. Remember it: nobody can "
                "recover it."
            )
        )
        self.passphrase = NewPassphrase()
        self.skip = QCheckBox(self.tr("Skip: make the key later in Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.skip)
        layout.addStretch(1)
        for field in (self.passphrase.first, self.passphrase.second):
            field.textChanged.connect(self._changed)
        self.skip.toggled.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.passphrase.first.setFocus()

    def _changed(self, *_args) -> None:
        self.passphrase.setEnabled(not self.skip.isChecked())
        if self.passphrase.second.text() or self.skip.isChecked():
            first, second = self.passphrase.problem()
            skipped = self.skip.isChecked()
            self.passphrase.first_message.show_error("" if skipped else first)
            self.passphrase.second_message.show_error("" if skipped else second)
        self.completeChanged.emit()

    def chosen(self) -> str | None:
        """The passphrase for the new key, or None to make it later."""
        if self.skip.isChecked():
            return None
        return self.passphrase.value()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.skip.isChecked() or self.passphrase.problem() == ("", "")


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check what will be saved. Nothing is written until you finish."))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("unit", self.tr("Unit")),
            ("code", self.tr("Unit code")),
            ("kind", self.tr("Kind")),
            ("province", self.tr("Province or city")),
            ("superior", self.tr("Superior office")),
            ("chapters", self.tr("Chapters")),
            ("key", self.tr("Signing key")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(QLabel(label), value)
        self.failure = FieldMessage()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.failure)

    def show_summary(
        self, unit: UnitInfo, chapters: list[ChapterInput], make_key: bool = False
    ) -> None:
        kinds = chapter_kind_labels()
        commune = unit.role != "superior"
        for key in ("chapters", "key"):
            self.form.setRowVisible(self.values[key], commune)
        self.values["unit"].setText(display_name(unit))
        self.values["code"].setText(unit.code)
        self.values["kind"].setText(unit_kind_labels().get(unit.kind, unit.kind))
        self.values["province"].setText(unit.province)
        self.values["superior"].setText(
            self.tr("{name} (code {code})").format(name=unit.superior_name, code=unit.superior_code)
        )
        if chapters:
            lines = [
                self.tr("{name} — {kind}").format(name=c.name, kind=kinds.get(c.kind, c.kind))
                for c in chapters[:SUMMARY_CHAPTERS]
            ]
            if len(chapters) > SUMMARY_CHAPTERS:
                lines.append(self.tr("… and {n} more").format(n=len(chapters) - SUMMARY_CHAPTERS))
            self.values["chapters"].setText("\n".join(lines))
        else:
            self.values["chapters"].setText(
                self.tr("None yet; add them later on the Chapters page.")
            )
        self.values["key"].setText(
            self.tr("Made with your passphrase")
            if make_key
            else self.tr("Later, in Settings (Signing key…)")
        )
        self.failure.clear()


class SetupWizard(QWizard):
    """Accepted only once the unit and its chapters are saved."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.saved_unit: UnitInfo | None = None
        self.setWindowTitle(self.tr("Set up doan-desktop"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.welcome_page = WelcomePage()
        self.unit_page = UnitPage()
        self.chapters_page = ChaptersSetupPage(context)
        self.key_page = KeyPage()
        self.summary_page = SummaryPage()
        for page in (
            self.welcome_page,
            self.unit_page,
            self.chapters_page,
            self.key_page,
        ):
            self.addPage(page)
        self.summary_id = self.addPage(self.summary_page)
        self.setButtonText(QWizard.FinishButton, self.tr("Finish and save"))
        self.resize(760, 560)
        self.currentIdChanged.connect(self._entered)

    def _chapters_and_key(self) -> tuple[list[ChapterInput], str | None]:
        """What the chapters and key pages hold, unless the office turned out to be a superior
        office (its pages were skipped, though the clerk may have filled them before)."""
        if self.unit_page.is_superior():
            return [], None
        return self.chapters_page.chapters(), self.key_page.chosen()

    def _entered(self, _page_id: int) -> None:
        if self.currentPage() is self.summary_page:
            chapters, passphrase = self._chapters_and_key()
            self.summary_page.show_summary(
                self.unit_page.form.value(), chapters, passphrase is not None
            )

    def accept(self) -> None:
        unit = self.unit_page.form.value()
        chapters, passphrase = self._chapters_and_key()
        try:
            with self.context.database.session() as session:
                saved = save_unit(session, unit)
                for chapter in chapters:
                    add_chapter(session, chapter)
                if passphrase is not None:
                    signing.create_key(session, passphrase)
        except ValidationError as error:
            self._failed("\n".join(error.problems.errors.values()))
            return
        except (SQLAlchemyError, OSError, signing.KeyProblem) as error:
            self._failed(str(error))
            return
        self.saved_unit = saved
        self.context.notify("unit")
        self.context.notify("chapter")
        super().accept()

    def _failed(self, reason: str) -> None:
        message = self.tr("Nothing was saved. {reason}").format(reason=reason)
        self.summary_page.failure.show_error(message)
        prompts.show_error(self, self.tr("Could not save"), message)
