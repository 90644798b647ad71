"""Print preview of a document: shows the very PDF bytes that are printed and saved (one layout,
never a second one for the screen), prints them page by page, saves them as PDF, and saves the
Word version when the caller can make one."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.documents.output import write_file_atomically
from doan_desktop.ui import prompts

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0)
# Pages are drawn on the printer as images; past 600 dpi nobody sees a difference and an A4
# page image would take over half a gigabyte.
MAX_PRINT_DPI = 600
_FORBIDDEN_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; tests replace this function."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def safe_file_name(name: str) -> str:
    """A name Windows accepts: "THÁNG 01/2026" becomes "THÁNG 01-2026"."""
    cleaned = _FORBIDDEN_IN_NAMES.sub("-", name).strip(" .")
    return cleaned or "document"


class PrintPreviewDialog(QDialog):
    _last_folder: Path | None = None  # where the clerk saved last, for this run of the program

    def __init__(
        self,
        pdf_bytes: bytes,
        docx_factory: Callable[[], bytes] | None,
        suggested_name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.pdf_bytes = bytes(pdf_bytes)
        self.docx_factory = docx_factory
        self.suggested_name = safe_file_name(
            re.sub(r"\.(pdf|docx)$", "", suggested_name, flags=re.I)
        )
        self.setWindowTitle(self.tr("Print preview — {name}").format(name=self.suggested_name))

        # QPdfDocument reads from the device while it lives: keep both.
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Actual size: an A4 page is as wide on the screen as on paper, easy to read on a
        # 1366×768 screen; "Fit width" would blow it up past the screen's height.
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)
        self.view.setPageSpacing(12)

        self.previous_button = self._button(self.tr("Previous page"), self.previous_page)
        self.page_spin = QSpinBox()
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_count_label = QLabel()
        self.next_button = self._button(self.tr("Next page"), self.next_page)
        self.zoom_out_button = self._button(self.tr("Zoom out"), self.zoom_out, "Ctrl+-")
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 %") + 8)
        self.zoom_in_button = self._button(self.tr("Zoom in"), self.zoom_in, "Ctrl++")
        self.fit_width_button = self._button(self.tr("Fit width"), self.fit_width)
        self.whole_page_button = self._button(self.tr("Whole page"), self.whole_page)
        self.print_button = self._button(self.tr("Print…"), self.print_document, "Ctrl+P")
        self.save_pdf_button = self._button(self.tr("Save as PDF…"), self.save_pdf, "Ctrl+S")
        self.save_docx_button = self._button(self.tr("Save as Word…"), self.save_docx)
        self.save_docx_button.setVisible(docx_factory is not None)
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        QShortcut(QKeySequence("Ctrl+="), self, activated=self.zoom_in)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_count_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.whole_page_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_pdf_button)
        bar.addWidget(self.save_docx_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)

        self.page_spin.valueChanged.connect(self._jump_to_spin)
        self.view.pageNavigator().currentPageChanged.connect(self._show_current_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.document.statusChanged.connect(self._document_status)
        self._document_status()
        self.resize(1000, 680)
        self.view.setFocus()

    # ------------------------------------------------------------------------ state

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, counted from 1."""
        return self.view.pageNavigator().currentPage() + 1

    def _button(self, text: str, slot, shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        # Enter in the page box must jump, not press a button or close the dialog.
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({native})")
        return button

    def _document_status(self, *_args) -> None:
        status = self.document.status()
        ready = status == QPdfDocument.Status.Ready
        if status == QPdfDocument.Status.Error:
            self.status_label.setText(self.tr("This document cannot be shown."))
        count = self.page_count() if ready else 0
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if count else 0, max(count, 0))
        self.page_spin.setValue(self.current_page() if count else 0)
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(self.tr("of {count}").format(count=count))
        for button in (self.print_button, self.previous_button, self.next_button):
            button.setEnabled(ready)
        self._update_navigation()
        self._show_zoom()

    def _update_navigation(self) -> None:
        count = self.page_count()
        self.previous_button.setEnabled(self.current_page() > 1)
        self.next_button.setEnabled(self.current_page() < count)

    def _show_current_page(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_navigation()

    def _jump_to_spin(self, value: int) -> None:
        self.go_to_page(value)

    def _show_zoom(self, *_args) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")
        elif self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("width"))
        else:
            self.zoom_label.setText(self.tr("page"))

    # ---------------------------------------------------------------------- actions

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (from 1) at its top."""
        if 1 <= number <= self.page_count():
            self.view.pageNavigator().jump(
                number - 1, QPointF(), self.view.pageNavigator().currentZoom()
            )

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _effective_zoom(self) -> float:
        """The zoom a fitted view shows now, so that zooming goes on from what is seen."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(self.current_page() - 1, 0))
        pixels_per_point = self.logicalDpiX() / 72
        viewport = self.view.viewport().size()
        by_width = (viewport.width() - 2 * self.view.documentMargins().left()) / (
            points.width() * pixels_per_point
        )
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return by_width
        by_height = (viewport.height() - 2 * self.view.documentMargins().top()) / (
            points.height() * pixels_per_point
        )
        return min(by_width, by_height)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_zoom()

    def zoom_in(self) -> None:
        current = self._effective_zoom()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self._effective_zoom()
        smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # --------------------------------------------------------------------- printing

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, self.page_count())
        if not ask_printer(self, printer):
            return
        if self.print_to(printer):
            self.status_label.setText(self.tr("Sent to the printer."))

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """Page indexes (from 0) the print dialog asked for."""
        count = self.page_count()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
            return list(range(first - 1, last))
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            return [self.current_page() - 1]
        return list(range(count))

    def print_to(self, printer: QPrinter) -> bool:
        """Draw each page on the printer, rendered at the printer's resolution and placed on
        the whole sheet (the PDF already holds the margins)."""
        pages = self.pages_to_print(printer)
        if not pages:
            return False
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            prompts.show_error(
                self,
                self.tr("Print"),
                self.tr("The printer could not be started. Check that it is on and connected."),
            )
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            resolution = printer.resolution()
            dpi = min(resolution, MAX_PRINT_DPI)
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            for position, page in enumerate(pages):
                if position:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                width = points.width() * resolution / 72
                height = points.height() * resolution / 72
                # A4 on A4 is 1:1; on other paper the page shrinks to fit, never stretches.
                scale = min(1.0, sheet.width() / width, sheet.height() / height)
                target = QRectF(0, 0, width * scale, height * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()
        return True

    # ----------------------------------------------------------------------- saving

    def _ask_path(self, title: str, extension: str, file_filter: str) -> Path | None:
        folder = PrintPreviewDialog._last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        suggested = str(folder / f"{self.suggested_name}.{extension}")
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{extension}":
            path = path.with_name(f"{path.name}.{extension}")
        return path

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            write_file_atomically(path, data)
        except OSError as error:
            prompts.show_error(
                self,
                self.tr("Save"),
                self.tr("Could not save {path}: {detail}. Choose another folder or name.").format(
                    path=path, detail=error.strerror or error
                ),
            )
            return False
        PrintPreviewDialog._last_folder = path.parent
        self.status_label.setText(self.tr("Saved {path}").format(path=path))
        return True

    def save_pdf(self) -> bool:
        path = self._ask_path(self.tr("Save as PDF"), "pdf", self.tr("PDF documents (*.pdf)"))
        return path is not None and self._write(path, self.pdf_bytes)

    def save_docx(self) -> bool:
        if self.docx_factory is None:
            return False
        path = self._ask_path(self.tr("Save as Word"), "docx", self.tr("Word documents (*.docx)"))
        if path is None:
            return False
        try:
            data = self.docx_factory()
        except Exception as error:  # the caller's builder: report it, keep the preview open
            prompts.show_error(
                self,
                self.tr("Save"),
                self.tr("The Word file could not be made: {detail}").format(detail=error),
            )
            return False
        return self._write(path, data)
