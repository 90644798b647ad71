"""Add or edit a chapter: name, kind, note. OK stays disabled until the chapter is valid."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core.chapters import (
    ChapterInput,
    add_chapter,
    get_chapter,
    update_chapter,
    validate_chapter,
)
from doan_desktop.core.validation import ValidationError
from doan_desktop.core.vocab import CHAPTER_KINDS, chapter_kind_labels
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.forms import with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.widgets.field_message import FieldMessage


class ChapterDialog(QDialog):
    """Saves on OK (in one transaction) and keeps the id in ``chapter_id``."""

    def __init__(
        self, context: AppContext, chapter_id: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.chapter_id = chapter_id
        self._active = True
        # The name's message waits until the clerk leaves the field or presses OK.
        self._touched = False
        self.setWindowTitle(self.tr("Edit chapter") if chapter_id else self.tr("New chapter"))
        self.setMinimumWidth(480)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Thôn 3, Buôn Kram, Trường THPT Hòa Phú"))
        self.kind = QComboBox()
        labels = chapter_kind_labels()
        for code in CHAPTER_KINDS:
            self.kind.addItem(labels[code], code)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        name_cell, self.name_message = with_message(self.name)
        kind_cell, self.kind_message = with_message(self.kind)
        for text, widget, cell in (
            (self.tr("Name *"), self.name, name_cell),
            (self.tr("Kind *"), self.kind, kind_cell),
            (self.tr("Note"), self.note, self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, cell)

        self.failure = FieldMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        save = self.buttons.button(QDialogButtonBox.Ok)
        save.setText(self.tr("Save"))
        save.setIcon(icon("save"))
        cancel = self.buttons.button(QDialogButtonBox.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setIcon(QIcon())  # the style's red cross clashes with the program's icon set
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)

        if chapter_id:
            with context.database.session() as session:
                data = get_chapter(session, chapter_id)
            self.name.setText(data.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
            self.note.setPlainText(data.note)
            self._active = data.active
        else:
            self.kind.setCurrentIndex(self.kind.findData("thon"))

        self.name.textChanged.connect(self._validate)
        self.name.editingFinished.connect(self._touch)
        self.kind.currentIndexChanged.connect(self._validate)
        self._validate()

    def value(self) -> ChapterInput:
        return ChapterInput(
            self.name.text(), self.kind.currentData(), self.note.toPlainText(), self._active
        )

    def _touch(self, *_args) -> None:
        if not self._touched:
            self._touched = True
            self._validate()

    def _validate(self, *_args) -> bool:
        with self.context.database.session() as session:
            problems = validate_chapter(session, self.value(), self.chapter_id)
        self.name_message.show_error(problems.errors.get("name", "") if self._touched else "")
        self.kind_message.show_error(problems.errors.get("kind", ""))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(problems.ok)
        return problems.ok

    def accept(self) -> None:
        self._touched = True  # OK (or Enter) pressed: say what is wrong
        if not self._validate():
            return
        try:
            with self.context.database.session() as session:
                if self.chapter_id:
                    update_chapter(session, self.chapter_id, self.value())
                else:
                    self.chapter_id = add_chapter(session, self.value())
        except ValidationError as error:
            self._touched = True
            self._validate()
            self.failure.show_error("\n".join(error.problems.errors.values()))
            return
        except (SQLAlchemyError, OSError) as error:
            self.failure.show_error(
                self.tr("The chapter was not saved: {reason}").format(reason=error)
            )
            return
        self.context.notify("chapter")
        super().accept()
