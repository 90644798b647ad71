"""Trusting the superior office's key at a commune: what its registration file names, and the
fingerprint typed from the paper sheet the superior office sent. The key is trusted only if
they match, or if the clerk ticked that there is no sheet (never for a key that replaces a
trusted one without a rotation); a mismatch is said under the field and nothing is trusted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import superior_trust
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.pages import muted_label
from doan_desktop.ui.widgets.field_message import FieldMessage


class SuperiorTrustDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        data: bytes,
        plan: superior_trust.SuperiorPlan,
        parent=None,
    ):
        super().__init__(parent)
        self.context = context
        self.data = data
        self.plan = plan
        self.trusted: superior_trust.SuperiorPlan | None = None
        self.setWindowTitle(self.tr("Trust the superior office's key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "The superior office signs the receipts and circulars it sends with this "
                    "key. Trust it once, from its registration file and the paper sheet it "
                    "sent with the fingerprint."
                )
            )
        )
        details = QFormLayout()
        for label, text in (
            (self.tr("Superior office:"), plan.unit_name),
            (self.tr("Unit code:"), plan.unit_code),
            (self.tr("Key id:"), plan.key_id),
        ):
            value = QLabel(text)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            details.addRow(label, value)
        layout.addLayout(details)
        if plan.kind == superior_trust.ROTATION:
            layout.addWidget(
                muted_label(
                    self.tr(
                        "This key replaces key {old}, signed by it: what the old key signed "
                        "before the rotation still counts."
                    ).format(old=", ".join(plan.replaces))
                )
            )
        elif plan.kind == superior_trust.REPLACEMENT:
            layout.addWidget(
                muted_label(
                    self.tr(
                        "This key is not signed by the trusted key {old}: the superior office "
                        "may have lost it. It is trusted only with the fingerprint from the "
                        "paper sheet; the old key is then retired."
                    ).format(old=", ".join(plan.replaces))
                )
            )

        prompt = QLabel(
            self.tr(
                "Type the &fingerprint printed on the superior office's paper sheet (16 groups "
                "of four characters; spaces, dashes and capitals do not matter):"
            )
        )
        prompt.setWordWrap(True)
        self.fingerprint = QLineEdit()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.fingerprint.setPlaceholderText("XXXX XXXX XXXX XXXX …")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint from the paper sheet"))
        prompt.setBuddy(self.fingerprint)
        self.fingerprint_message = FieldMessage(field=self.fingerprint)
        layout.addWidget(prompt)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.fingerprint_message)

        self.no_sheet = QCheckBox(self.tr("I have &no paper sheet: trust this key anyway"))
        self.no_sheet.setVisible(plan.kind != superior_trust.REPLACEMENT)
        layout.addWidget(self.no_sheet)
        self.no_sheet_warning = FieldMessage()
        layout.addWidget(self.no_sheet_warning)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.trust_button = self.buttons.button(QDialogButtonBox.Ok)
        self.trust_button.setText(self.tr("&Trust"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.no_sheet.toggled.connect(self._sheet_toggled)
        self.fingerprint.textEdited.connect(lambda _text: self.fingerprint_message.clear())
        self.fingerprint.setFocus()

    def _sheet_toggled(self, checked: bool) -> None:
        self.fingerprint.setEnabled(not checked)
        self.fingerprint_message.clear()
        if checked:
            self.no_sheet_warning.show_warning(
                self.tr(
                    "Without the sheet nothing shows that this file comes from the superior "
                    "office. Ask it to read this fingerprint to you by phone, and compare it "
                    "with the sheet when it arrives.\n{fingerprint}"
                ).format(fingerprint=self.plan.fingerprint)
            )
        else:
            self.no_sheet_warning.clear()

    def accept(self) -> None:
        typed = None if self.no_sheet.isChecked() else self.fingerprint.text()
        try:
            with self.context.database.session() as session:
                self.trusted = superior_trust.trust_superior(session, self.data, fingerprint=typed)
        except superior_trust.SuperiorTrustError as error:
            self.fingerprint_message.show_error(str(error))
            self.fingerprint.setFocus()
            return
        except SQLAlchemyError as error:
            prompts.show_error(self, self.windowTitle(), str(error))
            return
        super().accept()
