"""Giới thiệu (About): the version, the data folder, the Python and Qt under it, and the licence
of everything the program ships, fonts and icons included."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from doan_desktop import __version__
from doan_desktop.resources_path import resource
from doan_desktop.ui.context import AppContext

PRODUCT = "Quản lý Đoàn xã"  # the name on the Start menu and the installer, in any language


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # the Python distribution whose version is shown ("" for none)
    licence: str  # SPDX identifiers, as its authors state it
    use: str  # what it does in the program


def components() -> tuple[Component, ...]:
    """What the installed program and the frozen build carry. tests/ui/test_menus.py checks
    that every dependency in pyproject.toml is named here, so none ships unlisted."""

    return (
        Component(
            "Python",
            "",
            "PSF-2.0",
            QCoreApplication.translate("AboutDialog", "the language of the program"),
        ),
        Component(
            "Qt, Qt for Python (PySide6)",
            "PySide6-Essentials",
            "LGPL-3.0-only",
            QCoreApplication.translate("AboutDialog", "the window"),
        ),
        Component(
            "Qt for Python Addons (PySide6-Addons)",
            "PySide6-Addons",
            "LGPL-3.0-only",
            QCoreApplication.translate("AboutDialog", "installed with Qt for Python"),
        ),
        Component(
            "Qt PDF (PySide6-Pdf)",
            "PySide6-Pdf",
            "LGPL-3.0-only",
            QCoreApplication.translate("AboutDialog", "the print preview"),
        ),
        Component(
            "Liberation Serif",
            "",
            "OFL-1.1",
            QCoreApplication.translate("AboutDialog", "the font of printed documents"),
        ),
        Component(
            "Material Design Icons",
            "",
            "Apache-2.0",
            QCoreApplication.translate("AboutDialog", "the icons"),
        ),
        Component(
            "QtAwesome",
            "qtawesome",
            "MIT",
            QCoreApplication.translate("AboutDialog", "the icons"),
        ),
        Component(
            "SQLAlchemy",
            "SQLAlchemy",
            "MIT",
            QCoreApplication.translate("AboutDialog", "the database"),
        ),
        Component(
            "Alembic",
            "alembic",
            "MIT",
            QCoreApplication.translate("AboutDialog", "upgrades of the database"),
        ),
        Component(
            "ReportLab",
            "reportlab",
            "BSD-3-Clause",
            QCoreApplication.translate("AboutDialog", "PDF documents"),
        ),
        Component(
            "python-docx",
            "python-docx",
            "MIT",
            QCoreApplication.translate("AboutDialog", "Word documents"),
        ),
        Component(
            "openpyxl",
            "openpyxl",
            "MIT",
            QCoreApplication.translate("AboutDialog", "Excel files"),
        ),
        Component(
            "Babel",
            "Babel",
            "BSD-3-Clause",
            QCoreApplication.translate("AboutDialog", "dates and numbers"),
        ),
        Component(
            "platformdirs",
            "platformdirs",
            "MIT",
            QCoreApplication.translate("AboutDialog", "where the data is kept"),
        ),
        Component(
            "cryptography",
            "cryptography",
            "Apache-2.0 OR BSD-3-Clause",
            QCoreApplication.translate("AboutDialog", "the signed report file"),
        ),
        Component(
            "rfc8785",
            "rfc8785",
            "Apache-2.0",
            QCoreApplication.translate("AboutDialog", "the signed report file"),
        ),
    )


FONT_LICENCE = ("fonts", "LICENSE-OFL.txt")


def version_of(distribution: str) -> str:
    """The installed version, or "" (a frozen build may carry no package metadata)."""
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def program_versions() -> dict[str, str]:
    return {
        "program": __version__,
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside": PySide6.__version__,
    }


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("About doan-desktop"))
        versions = program_versions()

        heading = QLabel(f"{PRODUCT} — doan-desktop {versions['program']}")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        summary = QLabel(
            self.tr(
                "The records of a commune Youth Union office, kept on this computer. Free "
                "software under the GNU General Public License, version 3 or later."
            )
        )
        summary.setWordWrap(True)

        facts = QFormLayout()
        self.folder_label = QLabel(str(context.data_dir.root))
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.versions_label = QLabel(
            self.tr("Python {python}, Qt {qt}, PySide6 {pyside}").format(**versions)
        )
        self.versions_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        facts.addRow(self.tr("Data folder:"), self.folder_label)
        facts.addRow(self.tr("Running on:"), self.versions_label)

        shipped = components()
        self.table = QTableWidget(len(shipped), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Used for")]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        for row, component in enumerate(shipped):
            version = versions["python"] if component.name == "Python" else ""
            values = (
                component.name,
                version or version_of(component.distribution),
                component.licence,
                component.use,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        notice = QLabel(
            self.tr(
                "Qt and Qt for Python are used under the GNU Lesser General Public License "
                "version 3: their libraries are shipped unchanged as separate files, which may "
                "be replaced by other builds of the same version."
            )
        )
        notice.setWordWrap(True)

        self.font_licence_button = QPushButton(self.tr("Font licence…"))
        self.font_licence_button.clicked.connect(self.show_font_licence)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.font_licence_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addLayout(facts)
        layout.addWidget(self.table, 1)
        layout.addWidget(notice)
        layout.addLayout(row)
        self.resize(760, 560)

    def font_licence_text(self) -> str:
        path: Path = resource(*FONT_LICENCE)
        return path.read_text(encoding="utf-8")

    def show_font_licence(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Licence of the Liberation fonts"))
        text = QPlainTextEdit(self.font_licence_text())
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 520)
        self.licence_dialog = dialog
        dialog.open()
