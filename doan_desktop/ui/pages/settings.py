"""Settings: this unit (as in the setup wizard), the language, the text size, the data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop import i18n
from doan_desktop.core.unit import UnitInfo, get_unit, save_unit
from doan_desktop.core.validation import ValidationError
from doan_desktop.preferences import FONT_SCALES
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.forms import UnitForm
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import SUCCESS, muted_label, page_layout, page_title, set_text_colour

# Each language is named in itself, so a clerk who chose the wrong one can still find theirs.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
CONTENT_WIDTH = 820


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._saved_unit: UnitInfo | None = None
        outer = page_layout(self, page_title("settings"))

        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        column.addWidget(self._unit_box())
        column.addWidget(self._display_box())
        column.addWidget(self._folder_box())
        self.key_box = self._key_box()
        column.addWidget(self.key_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

    # ------------------------------------------------------------------ building

    def _unit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This unit"))
        self.unit_form = UnitForm()
        self.save_button = QPushButton(icon("save"), self.tr("Save changes"))
        self.undo_button = QPushButton(icon("restore"), self.tr("Undo changes"))
        self.unit_status = set_text_colour(QLabel(), SUCCESS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.unit_status, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.unit_form)
        layout.addLayout(buttons)
        self.unit_form.changed.connect(self._unit_changed)
        self.save_button.clicked.connect(self.save_unit)
        self.undo_button.clicked.connect(self._undo)
        self.unit_form.superior_code.returnPressed.connect(self.save_unit)
        return box

    def _display_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language and text size"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language_note = muted_label()
        self.language_note.hide()
        self.font_scale = QComboBox()
        for scale in FONT_SCALES:
            self.font_scale.addItem(self._scale_label(scale), scale)
        for combo in (self.language, self.font_scale):
            combo.setMinimumWidth(280)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        language_label = QLabel(self.tr("Language"))
        language_label.setBuddy(self.language)
        size_label = QLabel(self.tr("Text size"))
        size_label.setBuddy(self.font_scale)
        language_cell = QWidget()
        language_layout = QVBoxLayout(language_cell)
        language_layout.setContentsMargins(0, 0, 0, 0)
        language_layout.addWidget(self.language)
        language_layout.addWidget(self.language_note)
        form.addRow(language_label, language_cell)
        form.addRow(size_label, self.font_scale)
        self._show_preferences()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.font_scale.currentIndexChanged.connect(self._font_scale_chosen)
        return box

    def _folder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data folder"))
        self.folder = QLineEdit(str(self.context.data_dir.root))
        self.folder.setReadOnly(True)
        self.folder.setToolTip(
            self.tr("Where the records, the backups and the log are kept on this computer")
        )
        self.open_folder_button = QPushButton(icon("folder"), self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        note = muted_label(
            self.tr(
                "Everything the program keeps is in this folder. Copy the whole folder to keep "
                "a copy elsewhere."
            )
        )
        self.backups_button = QPushButton(icon("backup"), self.tr("Backups…"))
        self.backups_button.setToolTip(self.tr("Make a backup now, or restore one"))
        self.backups_button.clicked.connect(self.open_backups)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.open_folder_button)
        row.addWidget(self.backups_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(note)
        return box

    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signing key"))
        self.key_button = QPushButton(icon("key"), self.tr("Signing key…"))
        self.key_button.clicked.connect(self.open_key_dialog)
        row = QHBoxLayout(box)
        self.key_note = muted_label(
            self.tr("The key that signs the reports sent to the superior office.")
        )
        row.addWidget(self.key_note, 1)
        row.addWidget(self.key_button)
        return box

    def open_key_dialog(self) -> None:
        from doan_desktop.ui.dialogs.key_dialog import KeyDialog

        KeyDialog(self.context, self).exec()

    def _scale_label(self, scale: int) -> str:
        names = {
            100: self.tr("Normal"),
            115: self.tr("Slightly larger"),
            130: self.tr("Large"),
            150: self.tr("Very large"),
        }
        return self.tr("{name} ({percent}%)").format(name=names.get(scale, ""), percent=scale)

    # ------------------------------------------------------------------ the unit

    def refresh(self) -> None:
        """Reload the unit, unless the clerk is in the middle of changing it."""
        if self._unit_dirty():
            return
        with self.context.database.session() as session:
            self._saved_unit = get_unit(session)
        if self._saved_unit is not None:
            self.unit_form.set_value(self._saved_unit)
        # A commune signs its reports; a superior office the receipts and circulars it sends.
        superior = self._saved_unit is not None and self._saved_unit.role == "superior"
        self.key_note.setText(
            self.tr("The key that signs the receipts and circulars sent to the communes.")
            if superior
            else self.tr("The key that signs the reports sent to the superior office.")
        )
        self._unit_changed()

    def _unit_dirty(self) -> bool:
        current = self.unit_form.value()
        if self._saved_unit is None:
            return any(getattr(current, k) for k in ("name", "code", "province", "superior_code"))
        return current != self._saved_unit

    def _unit_changed(self) -> None:
        dirty = self._unit_dirty()
        self.save_button.setEnabled(dirty and self.unit_form.is_valid())
        self.undo_button.setEnabled(dirty and self._saved_unit is not None)
        if dirty:
            self.unit_status.clear()

    def _undo(self) -> None:
        if self._saved_unit is not None:
            self.unit_form.set_value(self._saved_unit)

    def save_unit(self) -> bool:
        if not self._unit_dirty():
            return False
        if not self.unit_form.is_valid():
            self.unit_form.show_all_messages()
            return False
        try:
            with self.context.database.session() as session:
                saved = save_unit(session, self.unit_form.value())
        except ValidationError:
            self.unit_form.show_all_messages()
            return False
        except (SQLAlchemyError, OSError) as error:
            prompts.show_error(
                self,
                self.tr("Could not save"),
                self.tr("The unit was not saved: {reason}").format(reason=error),
            )
            return False
        self._saved_unit = saved
        self.unit_form.set_value(saved)
        self.unit_status.setText(self.tr("Saved."))
        self.context.notify("unit")
        return True

    # ------------------------------------------------------------------ preferences

    def _show_preferences(self) -> None:
        preferences = self.context.preferences
        for combo, value in (
            (self.language, preferences.language),
            (self.font_scale, preferences.font_scale),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _save_preferences(self) -> bool:
        try:
            self.context.preferences.save(self.context.data_dir.preferences)
        except OSError as error:
            prompts.show_error(
                self,
                self.tr("Could not save"),
                self.tr("The setting was not saved: {reason}").format(
                    reason=error.strerror or error
                ),
            )
            return False
        return True

    def _language_chosen(self, _index: int) -> None:
        language = self.language.currentData()
        preferences = self.context.preferences
        if language == preferences.language:
            return
        previous = preferences.language
        preferences.language = language
        if not self._save_preferences():
            preferences.language = previous
            self._show_preferences()
            return
        i18n.install(language)
        # Said in the newly chosen language, now that its translator is installed.
        self.language_note.setText(
            self.tr("The new language applies fully after you restart doan-desktop.")
        )
        self.language_note.show()

    def _font_scale_chosen(self, _index: int) -> None:
        from doan_desktop.app import apply_font_scale

        scale = self.font_scale.currentData()
        preferences = self.context.preferences
        if scale == preferences.font_scale:
            return
        previous = preferences.font_scale
        preferences.font_scale = scale
        if not self._save_preferences():
            preferences.font_scale = previous
            self._show_preferences()
            return
        apply_font_scale(QApplication.instance(), scale)

    # ------------------------------------------------------------------ data folder

    def open_backups(self) -> None:
        from doan_desktop.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.context, self).exec()

    def open_data_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir.root))):
            prompts.show_error(
                self,
                self.tr("Could not open the folder"),
                self.tr("Open it yourself: {path}").format(path=self.context.data_dir.root),
            )
