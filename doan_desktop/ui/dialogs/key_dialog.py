"""The office's signing key: make it (passphrase twice), see its fingerprint, save the
registration file and print the fingerprint sheet for the superior office, rotate it; save a
copy of its key file (the backups do not hold it) and put such a copy back; replace a lost key.

``ask_passphrase``, ``ask_save_path`` and ``ask_open_path`` are module functions so tests can
replace them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import signing
from doan_desktop.core.unit import get_unit
from doan_desktop.documents.output import write_file_atomically
from doan_desktop.exchange import incoming
from doan_desktop.exchange.incoming import IncomingFileError, read_incoming
from doan_desktop.exchange.keys import MIN_PASSPHRASE, check_passphrase
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.forms import with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import MUTED, muted_label, set_text_colour

WARNING = "#b71c1c"


def _password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(280)
    return field


class PassphraseDialog(QDialog):
    """Asks the key's passphrase (once) before signing."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the signing key"))
        self.field = _password_field()
        self.field.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.field.setFocus()


def ask_passphrase(parent: QWidget | None, text: str) -> str | None:
    dialog = PassphraseDialog(text, parent)
    return dialog.field.text() if dialog.exec() == QDialog.Accepted else None


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, filter_text: str
) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return Path(path) if path else None


def ask_open_path(parent: QWidget | None, title: str, filter_text: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_text)
    return Path(path) if path else None


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while the passphrase is stretched (scrypt: about half a second)."""
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class NewPassphrase(QWidget):
    """A passphrase typed twice, with the messages under the fields."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = _password_field(self.tr("at least {n} characters").format(n=MIN_PASSPHRASE))
        self.second = _password_field()
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Passphrase again"))
        first_cell, self.first_message = with_message(self.first)
        second_cell, self.second_message = with_message(self.second)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), first_cell)
        form.addRow(self.tr("Again"), second_cell)

    def problem(self) -> tuple[str, str]:
        """(message for the first field, message for the second)."""
        first, second = self.first.text(), self.second.text()
        too_short = check_passphrase(first) or ""
        differ = self.tr("The two passphrases differ.") if not too_short and first != second else ""
        return too_short, differ

    def show_problems(self) -> bool:
        first, second = self.problem()
        self.first_message.show_error(first)
        self.second_message.show_error(second)
        return not (first or second)

    def value(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.first_message.clear()
        self.second_message.clear()


def fingerprint_text(fingerprint: str) -> str:
    """Two lines of eight groups, as easy to compare with the paper as to read aloud."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8))


def fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    return font


class KeyDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Signing key"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        with context.database.session() as session:
            unit = get_unit(session)
        # The same key handling for both: a commune signs its reports, a superior office the
        # receipts and circulars it sends down.
        self.superior = unit is not None and unit.role == "superior"
        intro = (
            self.tr(
                "Receipts and circulars sent to the communes are signed with this office's "
                "key, so they can tell they come from you and were not changed. The key is "
                "kept on this computer, locked with a passphrase only you know."
            )
            if self.superior
            else self.tr(
                "Reports sent to the superior office are signed with this office's key, "
                "so it can tell they come from you and were not changed. The key is kept "
                "on this computer, locked with a passphrase only you know."
            )
        )
        layout.addWidget(muted_label(intro))

        # Made when there is no key yet.
        self.create_box = QGroupBox(self.tr("Make the key"))
        self.create_passphrase = NewPassphrase()
        self.create_button = QPushButton(icon("save"), self.tr("Make the key"))
        create_layout = QVBoxLayout(self.create_box)
        create_layout.addWidget(self.create_passphrase)
        create_layout.addWidget(self.create_button, 0, Qt.AlignRight)
        self.create_button.clicked.connect(self.create_key)

        # Shown once there is one.
        self.key_box = QGroupBox(self.tr("This office's key"))
        self.key_id = QLabel()
        self.created = QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setFont(fingerprint_font())
        # Two lines, always: the form would otherwise give the row one line's height.
        self.fingerprint.setMinimumHeight(self.fingerprint.fontMetrics().lineSpacing() * 2 + 4)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        for label in (self.key_id, self.created):
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.export_button = QPushButton(icon("save"), self.tr("Save registration file…"))
        self.sheet_button = QPushButton(icon("print"), self.tr("Print fingerprint sheet…"))
        # Where the private key is, and what to do about it: the backups do not hold it.
        self.key_file_note = QLabel()
        self.key_file_note.setWordWrap(True)
        self.key_file_note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backup_button = QPushButton(icon("backup"), self.tr("Save a copy of the key file…"))
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore the key file…"))
        key_form = QFormLayout()
        key_form.addRow(self.tr("Key id"), self.key_id)
        key_form.addRow(self.tr("Made on"), self.created)
        key_form.addRow(self.tr("Fingerprint"), self.fingerprint)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.export_button)
        key_buttons.addWidget(self.sheet_button)
        key_buttons.addStretch(1)
        key_layout = QVBoxLayout(self.key_box)
        key_layout.addLayout(key_form)
        key_layout.addWidget(
            muted_label(
                self.tr(
                    "Send the registration file to every commune, and the signed and stamped "
                    "fingerprint sheet on paper: they compare the two."
                )
                if self.superior
                else self.tr(
                    "Send the registration file to the superior office, and the signed and "
                    "stamped fingerprint sheet on paper: they compare the two."
                )
            )
        )
        key_layout.addLayout(key_buttons)
        key_layout.addWidget(self.key_file_note)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.backup_button)
        file_buttons.addWidget(self.restore_button)
        file_buttons.addStretch(1)
        key_layout.addLayout(file_buttons)
        self.export_button.clicked.connect(self.export_registration)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.backup_button.clicked.connect(self.back_up_key_file)
        self.restore_button.clicked.connect(self.restore_key_file)

        self.rotate_box = QGroupBox(self.tr("Replace the key"))
        self.old_passphrase = _password_field()
        self.old_passphrase.setAccessibleName(self.tr("Current passphrase"))
        old_cell, self.old_message = with_message(self.old_passphrase)
        self.rotate_passphrase = NewPassphrase()
        self.rotate_button = QPushButton(icon("restore"), self.tr("Replace the key"))
        self.rotate_form = QFormLayout()
        self.rotate_form.addRow(self.tr("Current passphrase"), old_cell)
        self.rotate_note = muted_label(
            self.tr(
                "A new key, announced to the superior office with the signatures of the old "
                "and the new key. Do this if the passphrase may be known to others."
            )
        )
        self.lost_note = muted_label(
            self.tr(
                "The key file is lost, so the old key cannot sign for the new one: the new "
                "key's registration is signed by itself only. The superior office accepts it "
                "after revoking the old key and comparing the new fingerprint sheet."
            )
        )
        rotate_layout = QVBoxLayout(self.rotate_box)
        rotate_layout.addWidget(self.rotate_note)
        rotate_layout.addWidget(self.lost_note)
        rotate_layout.addLayout(self.rotate_form)
        rotate_layout.addWidget(self.rotate_passphrase)
        rotate_layout.addWidget(self.rotate_button, 0, Qt.AlignRight)
        self.rotate_button.clicked.connect(self.rotate_key)

        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(self.create_box)
        layout.addWidget(self.key_box)
        layout.addWidget(self.rotate_box)
        layout.addStretch(1)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        with self.context.database.session() as session:
            self.info = signing.current_key(session)
            if self.info is not None:
                self.place = signing.private_key_place(session)
                self.key_path = signing.key_file_path(session)
        has_key = self.info is not None
        self.create_box.setVisible(not has_key)
        self.key_box.setVisible(has_key)
        self.rotate_box.setVisible(has_key)
        if has_key:
            self.key_id.setText(self.info.key_id)
            self.created.setText(self.info.created_at.strftime("%d/%m/%Y %H:%M"))
            self.fingerprint.setText(fingerprint_text(self.info.fingerprint))
            self._show_place()
        self.adjustSize()

    @property
    def key_lost(self) -> bool:
        return self.info is not None and self.place in ("missing", "damaged")

    def _show_place(self) -> None:
        path = self.key_path
        if self.place == "file":
            text = self.tr(
                "The key file is {path}. Backups of the data do not contain it: keep a copy "
                "apart from this computer (Save a copy of the key file…) and take it along when "
                "the office moves to another computer."
            ).format(path=path)
        elif self.place == "database":
            text = self.tr(
                "The key is still kept in the database, as older versions did. It moves into "
                "its own file the next time you sign a report or replace the key."
            )
        elif self.place == "missing":
            text = str(signing.KeyFileMissing(path))
        else:
            text = self.tr(
                "The key file {path} is damaged or belongs to another key. Restore your copy "
                "of it, or replace the key."
            ).format(path=path)
        self.key_file_note.setText(text)
        set_text_colour(self.key_file_note, WARNING if self.key_lost else MUTED)
        self.backup_button.setVisible(self.place == "file")
        self.restore_button.setVisible(self.key_lost)
        self.rotate_note.setVisible(not self.key_lost)
        self.lost_note.setVisible(self.key_lost)
        self.rotate_form.setRowVisible(0, not self.key_lost)

    # ------------------------------------------------------------------ actions

    def create_key(self) -> bool:
        if not self.create_passphrase.show_problems():
            return False
        try:
            with busy(), self.context.database.session() as session:
                signing.create_key(session, self.create_passphrase.value())
        except (signing.KeyProblem, SQLAlchemyError, OSError) as error:
            prompts.show_error(self, self.tr("The key was not made"), str(error))
            return False
        self.create_passphrase.clear()
        self.context.notify("signing_key")
        self.refresh()
        return True

    def _unit_code(self) -> str:
        with self.context.database.session() as session:
            unit = get_unit(session)
        return unit.code if unit else "key"

    def export_registration(self) -> Path | None:
        path = ask_save_path(
            self,
            self.tr("Save the key registration"),
            f"{self._unit_code()}_{self.info.key_id}.json",
            self.tr("Key registration (*.json)"),
        )
        if path is None:
            return None
        try:
            with self.context.database.session() as session:
                data = signing.registration_file(session)
            write_file_atomically(path, data)
        except (signing.KeyProblem, OSError) as error:
            prompts.show_error(
                self,
                self.tr("Not saved"),
                self.tr("The registration file was not saved: {reason}").format(
                    reason=getattr(error, "strerror", None) or error
                ),
            )
            return None
        prompts.show_info(
            self,
            self.tr("Saved"),
            self.tr("The key registration was saved to {path}.").format(path=path),
        )
        return path

    def print_sheet(self) -> None:
        from doan_desktop.documents.fingerprint_sheet import build_fingerprint_sheet
        from doan_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        with self.context.database.session() as session:
            data = signing.sheet_data(session)
        pdf = build_fingerprint_sheet(data)
        name = f"Phiếu xác nhận khóa {data.key_id}"
        PrintPreviewDialog(pdf, None, name, self).exec()

    def back_up_key_file(self) -> Path | None:
        path = ask_save_path(
            self,
            self.tr("Save a copy of the key file"),
            f"{self._unit_code()}_{self.info.key_id}.key",
            self.tr("Key file (*.key)"),
        )
        if path is None:
            return None
        try:
            with self.context.database.session() as session:
                signing.back_up_key_file(session, path)
        except signing.KeyProblem as error:
            prompts.show_error(self, self.tr("Not saved"), str(error))
            return None
        prompts.show_info(
            self,
            self.tr("Saved"),
            self.tr(
                "A copy of the key file was saved to {path}. It opens only with the key's "
                "passphrase. Keep it apart from this computer, and on a new computer put it "
                "back with Restore the key file…"
            ).format(path=path),
        )
        return path

    def restore_key_file(self) -> bool:
        path = ask_open_path(self, self.tr("Restore the key file"), self.tr("Key file (*.key)"))
        if path is None:
            return False
        try:
            data = read_incoming(path, incoming.KEY_FILE)
            with self.context.database.session() as session:
                # The button shows only when the file is missing or damaged: a damaged one goes.
                signing.restore_key_file(session, data, replace=self.place == "damaged")
        except (signing.KeyProblem, IncomingFileError, OSError) as error:
            prompts.show_error(
                self,
                self.tr("Not restored"),
                self.tr("The key file was not restored: {reason}").format(
                    reason=getattr(error, "strerror", None) or error
                ),
            )
            return False
        self.refresh()
        if self.key_lost:  # the copy was of a retired key: the current one is still missing
            prompts.show_error(self, self.tr("Not restored"), self.key_file_note.text())
            return False
        prompts.show_info(
            self, self.tr("Restored"), self.tr("The key file is back; reports can be signed.")
        )
        return True

    def rotate_key(self) -> bool:
        lost = self.key_lost
        old = self.old_passphrase.text()
        self.old_message.show_error("" if old or lost else self.tr("Type the current passphrase."))
        if not self.rotate_passphrase.show_problems() or not (old or lost):
            return False
        old_key = self.info.key_id
        try:
            with busy(), self.context.database.session() as session:
                if lost:
                    signing.replace_lost_key(session, self.rotate_passphrase.value())
                else:
                    signing.rotate_key(session, old, self.rotate_passphrase.value())
        except signing.WrongPassphrase as error:
            self.old_message.show_error(str(error))
            return False
        except (signing.KeyProblem, SQLAlchemyError, OSError) as error:
            prompts.show_error(self, self.tr("The key was not replaced"), str(error))
            return False
        self.old_passphrase.clear()
        self.rotate_passphrase.clear()
        self.context.notify("signing_key")
        self.refresh()
        if lost:
            text = self.tr(
                "The new key is ready. Ask the superior office to revoke the old key {old}, "
                "then send it the new registration file and the fingerprint sheet. Save a copy "
                "of the new key file too."
            ).format(old=old_key)
        else:
            text = self.tr(
                "The new key is ready. Save its registration file and print its fingerprint "
                "sheet for the superior office, and save a copy of its key file."
            )
        prompts.show_info(self, self.tr("Key replaced"), text)
        return True
