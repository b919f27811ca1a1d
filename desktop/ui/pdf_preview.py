"""A PDF on screen as it will come out of the printer, then printed or saved as it is.

The pages are drawn by PDFium (pypdfium2): on screen lazily (page_view), for the printer one
page at a time. The paper and the saved file are the service's PDF itself: what was previewed
is what is printed, and a saved file has the very bytes the service made.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import (
    QEvent,
    QMarginsF,
    QRectF,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.documents import DocumentFileError, save_pdf
from desktop.ui.form import fit
from desktop.ui.i18n import message
from desktop.ui.page_view import POINTS_PER_INCH, PageView, page_image
from desktop.ui.steps import warn

PRINT_DPI = 300  # at most: finer gains nothing on an office printer and costs memory


class PdfPreview(QDialog):
    """Pages of one PDF: zoom, page count, "Print…" and "Save PDF…"."""

    printed = Signal()
    saved = Signal(str)  # the file written

    def __init__(self, pdf: bytes, file_name: str, title: str, folder: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._pdf = pdf
        self._file_name = file_name
        self._title = title
        self._folder = folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        # Open while the dialog is: the view draws its pages from it as they come into sight.
        self._document: pdfium.PdfDocument | None = None
        document = self._pdfium()
        self.page_count = len(document)
        sizes = [QSizeF(*document.get_page_size(i)) for i in range(self.page_count)]
        self.setSizeGripEnabled(True)

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if sizes[0].width() > sizes[0].height()
            else QPageLayout.Orientation.Portrait, QMarginsF()))
        self.printer.setFullPage(True)  # the PDF has its own margins
        self.view = PageView(sizes, self._page_image, self)
        self.view.current_changed.connect(self._show_page)

        self.fit_width = self._tool(self.view.fit_width)
        self.whole_page = self._tool(self.view.fit_page)
        self.zoom_out = self._tool(self.view.zoom_out, QKeySequence.StandardKey.ZoomOut, "−")
        self.zoom_in = self._tool(self.view.zoom_in, QKeySequence.StandardKey.ZoomIn, "+")
        self.previous_page = self._tool(lambda: self._go(-1), text="◀")
        self.next_page = self._tool(lambda: self._go(1), text="▶")
        self.page_label = QLabel()
        tools = QHBoxLayout()
        for button in (self.fit_width, self.whole_page, self.zoom_out, self.zoom_in):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.previous_page)
        tools.addWidget(self.page_label)
        tools.addWidget(self.next_page)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_pdf)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._buttons)
        self.print_button.setDefault(True)  # once in the dialog, or Close would be the default
        fit(self, columns=130, lines=50)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.to_start)  # once the view has its size

    def to_start(self) -> None:
        """The first page across the width, from its top."""
        self.view.fit_width()
        self.view.to_top()

    def _tool(self, slot, shortcut: QKeySequence.StandardKey | None = None,
              text: str = "") -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        button.clicked.connect(slot)
        return button

    # --- pages -------------------------------------------------------------------------------

    def _pdfium(self) -> pdfium.PdfDocument:
        if self._document is None:  # again after the dialog was closed and is shown anew
            self._document = pdfium.PdfDocument(self._pdf)
        return self._document

    def _close_pdfium(self) -> None:
        """Let PDFium go: the pages drawn, then the document (its pages are closed already)."""
        self.view.clear()
        if self._document is not None:
            self._document.close()
            self._document = None

    def _page_image(self, index: int, scale: float) -> QImage:
        """Page `index` at `scale` device pixels per point, for the view."""
        page = self._pdfium()[index]
        try:
            return page_image(page, scale * POINTS_PER_INCH)
        finally:
            page.close()

    def _paint(self, printer: QPrinter, dpi: float) -> bool:
        """Every page chosen on `printer` (all, or its page ranges), each fitted to the paper."""
        ranges = printer.pageRanges()
        pages = [i for i in range(self.page_count) if ranges.isEmpty() or ranges.contains(i + 1)]
        painter = QPainter()
        if not painter.begin(printer):
            return False
        document = self._pdfium()
        # Scaled smoothly: the paper's pixels need not be the page's, and thin type would break
        # up otherwise.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                page = document[index]
                try:
                    size = QSizeF(page.get_width(), page.get_height())
                    image = page_image(page, dpi)
                finally:
                    page.close()
                target = size.scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF((paper.width() - target.width()) / 2,
                                         (paper.height() - target.height()) / 2,
                                         target.width(), target.height()), image)
        finally:
            painter.end()
        return True

    def _go(self, step: int) -> None:
        self.view.set_current_page(self.view.current_page + step)

    def _show_page(self) -> None:
        current, count = self.view.current_page, self.view.page_count
        self.page_label.setText(self.tr("Page {page} of {count}").format(
            page=current, count=count))
        self.previous_page.setEnabled(current > 1)
        self.next_page.setEnabled(current < count)

    # --- out ---------------------------------------------------------------------------------

    def print_document(self) -> bool:
        """Ask for the printer (and pages, copies), then print; True once it is sent."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dpi = min(self.printer.resolution(), PRINT_DPI)
        if not self._paint(self.printer, dpi):
            warn(self, self.tr("The printer could not be started. Check that it is switched on "
                                "and connected, or save the document as a PDF."))
            return False
        self.printed.emit()
        return True

    def save_pdf(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document as PDF"), str(Path(self._folder) / self._file_name),
            self.tr("PDF documents (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":  # Qt's own dialog adds no extension from the filter
            path = path.with_name(path.name + ".pdf")
            # The dialog asked about the name typed, not this one.
            if path.exists() and QMessageBox.question(
                    self, self.tr("Save the document as PDF"),
                    self.tr("{name} already exists. Replace it?").format(name=path.name)
                    ) != QMessageBox.StandardButton.Yes:
                return None
        try:  # whole or not at all; the file dialog already asked before replacing a file
            save_pdf(path, self._pdf, replace=True)
        except DocumentFileError as error:
            warn(self, self.tr("The document was not saved: {reason}").format(
                reason=message(error.args[0])))
            return None
        self._folder = str(path.parent)
        self.saved.emit(str(path))
        return path

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preview — {title}").format(title=self._title))
        for button, text in ((self.fit_width, self.tr("Fit &width")),
                             (self.whole_page, self.tr("W&hole page"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        for button, text in ((self.zoom_out, self.tr("Zoom out")),
                             (self.zoom_in, self.tr("Zoom in")),
                             (self.previous_page, self.tr("Previous page")),
                             (self.next_page, self.tr("Next page"))):  # shown as signs
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self._show_page()

    def done(self, result: int) -> None:
        super().done(result)
        self._close_pdfium()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self._close_pdfium()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
