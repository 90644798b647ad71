"""The print preview: shows the same PDF bytes, pages through them, zooms, prints every page,
saves the PDF and the Word file, and says so when it cannot."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from doan_desktop.documents.minutes import build_minutes_pdf
from doan_desktop.documents.minutes_docx import build_minutes_docx
from doan_desktop.ui import prompts
from doan_desktop.ui.dialogs import print_preview
from doan_desktop.ui.dialogs.print_preview import PrintPreviewDialog, safe_file_name
from tests.documents.minutes_samples import long_discussion, sample_minutes

DATA = sample_minutes(discussion=long_discussion(20))


@pytest.fixture(scope="module")
def pdf_bytes():
    return build_minutes_pdf(DATA)


@pytest.fixture(scope="module")
def docx_bytes():
    return build_minutes_docx(DATA)


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def open_preview(qtbot, pdf_bytes, docx_bytes):
    def make(pdf=pdf_bytes, docx_factory=lambda: docx_bytes, name="Biên bản tháng 01/2026"):
        dialog = PrintPreviewDialog(pdf, docx_factory, name, None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(
            lambda: (
                dialog.document.status() in (QPdfDocument.Status.Ready, QPdfDocument.Status.Error)
            )
        )
        return dialog

    return make


def _choose(monkeypatch, path):
    chosen = []

    def fake(parent, title, suggested, file_filter):
        chosen.append(suggested)
        return (str(path) if path else "", file_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return chosen


def test_opens_the_pdf_and_shows_the_page_count(open_preview, pdf_bytes):
    dialog = open_preview()
    pages = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
    assert pages >= 3
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count() == pages
    assert dialog.page_count_label.text() == f"of {pages}"
    assert dialog.page_spin.maximum() == pages and dialog.page_spin.value() == 1
    assert "Biên bản tháng 01-2026" in dialog.windowTitle()
    assert dialog.save_docx_button.isVisibleTo(dialog)
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()


def test_pages_forward_and_back(open_preview, qtbot):
    dialog = open_preview()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 2)
    assert dialog.page_spin.value() == 2
    assert dialog.previous_button.isEnabled()
    dialog.page_spin.setValue(dialog.page_count())
    qtbot.waitUntil(lambda: dialog.current_page() == dialog.page_count())
    assert not dialog.next_button.isEnabled()
    dialog.previous_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == dialog.page_count() - 1)


def test_zoom_steps_and_fits(open_preview):
    dialog = open_preview()
    assert dialog.view.zoomFactor() == pytest.approx(1.0)
    assert dialog.zoom_label.text() == "100 %"
    dialog.zoom_in_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(1.25)
    assert dialog.zoom_label.text() == "125 %"
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(0.9)
    for _ in range(20):
        dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(print_preview.ZOOM_STEPS[0])
    dialog.fit_width_button.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    dialog.zoom_in_button.click()  # goes on from the fitted size, never jumps back
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    dialog.whole_page_button.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_save_as_pdf_writes_the_same_bytes(open_preview, monkeypatch, tmp_path, pdf_bytes):
    dialog = open_preview()
    chosen = _choose(monkeypatch, tmp_path / "bien-ban")  # the extension is added
    assert dialog.save_pdf()
    assert chosen[0].endswith("Biên bản tháng 01-2026.pdf")
    assert (tmp_path / "bien-ban.pdf").read_bytes() == pdf_bytes
    assert str(tmp_path / "bien-ban.pdf") in dialog.status_label.text()
    # The next save starts in the folder used last.
    chosen = _choose(monkeypatch, None)
    assert not dialog.save_pdf()
    assert chosen[0].startswith(str(tmp_path))


def test_cancelled_save_writes_nothing(open_preview, monkeypatch, tmp_path):
    dialog = open_preview()
    _choose(monkeypatch, None)
    assert not dialog.save_pdf()
    assert not dialog.save_docx()
    assert list(tmp_path.iterdir()) == []


def test_save_into_a_missing_folder_says_so(open_preview, monkeypatch, tmp_path, errors):
    dialog = open_preview()
    _choose(monkeypatch, tmp_path / "gone" / "bien-ban.pdf")
    assert not dialog.save_pdf()
    assert len(errors) == 1 and "Could not save" in errors[0] and "gone" in errors[0]
    assert not (tmp_path / "gone").exists()


def test_save_as_word(open_preview, monkeypatch, tmp_path, docx_bytes):
    dialog = open_preview()
    _choose(monkeypatch, tmp_path / "bien-ban.docx")
    assert dialog.save_docx()
    assert (tmp_path / "bien-ban.docx").read_bytes() == docx_bytes


def test_word_builder_failure_is_reported(open_preview, monkeypatch, tmp_path, errors):
    def broken():
        raise ValueError("no secretary")

    dialog = open_preview(docx_factory=broken)
    _choose(monkeypatch, tmp_path / "bien-ban.docx")
    assert not dialog.save_docx()
    assert errors == ["The Word file could not be made: no secretary"]
    assert list(tmp_path.iterdir()) == []


def test_no_word_button_without_a_word_builder(open_preview):
    dialog = open_preview(docx_factory=None)
    assert not dialog.save_docx_button.isVisibleTo(dialog)
    assert not dialog.save_docx()


def _printer_to(path, monkeypatch, page_range=None, accept=True):
    seen = []

    def fake(parent, printer):
        seen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(100)  # small page images keep the test quick
        if page_range:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*page_range)
        return accept

    monkeypatch.setattr(print_preview, "ask_printer", fake)
    return seen


def test_print_draws_every_page_on_a4(open_preview, monkeypatch, tmp_path):
    dialog = open_preview()
    target = tmp_path / "printed.pdf"
    seen = _printer_to(target, monkeypatch)
    dialog.print_button.click()
    assert seen[0].docName() == "Biên bản tháng 01-2026"
    printed = PdfReader(str(target))
    assert len(printed.pages) == dialog.page_count()
    for page in printed.pages:
        assert float(page.mediabox.width) == pytest.approx(595.3, abs=1)
        assert float(page.mediabox.height) == pytest.approx(841.9, abs=1)
    assert dialog.status_label.text() == "Sent to the printer."


def test_print_a_page_range(open_preview, monkeypatch, tmp_path):
    dialog = open_preview()
    target = tmp_path / "printed.pdf"
    _printer_to(target, monkeypatch, page_range=(2, 3))
    dialog.print_document()
    assert len(PdfReader(str(target)).pages) == 2


def test_cancelled_print_prints_nothing(open_preview, monkeypatch, tmp_path):
    dialog = open_preview()
    target = tmp_path / "printed.pdf"
    _printer_to(target, monkeypatch, accept=False)
    dialog.print_document()
    assert not target.exists()
    assert dialog.status_label.text() == ""


def test_bytes_that_are_no_pdf(open_preview):
    dialog = open_preview(pdf=b"not a pdf at all")
    assert dialog.document.status() == QPdfDocument.Status.Error
    assert dialog.page_count_label.text() == "of 0"
    assert not dialog.print_button.isEnabled()
    assert dialog.status_label.text() == "This document cannot be shown."


def test_file_names_windows_accepts():
    assert safe_file_name("Biên bản THÁNG 01/2026") == "Biên bản THÁNG 01-2026"
    assert safe_file_name('a:b*c?"d"<e>|f') == "a-b-c-d-e-f"
    assert safe_file_name(" ... ") == "document"


def test_an_extension_in_the_suggested_name_is_not_doubled(open_preview):
    assert open_preview(name="bien-ban.PDF").suggested_name == "bien-ban"
