"""Pages of a PDF one under another, as a print preview shows them, drawn lazily.

Only the pages in sight are drawn by PDFium (pypdfium2), at the size they are shown, and only
the last few are kept: a journal of hundreds of pages takes the memory of a handful.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from enum import Enum

import pypdfium2 as pdfium
from PySide6.QtCore import (
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QRadialGradient,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QWidget,
)

POINTS_PER_INCH = 72




def page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One page as an image at `dpi`, owned by Qt (the PDFium bitmap is freed here)."""
    # Grey: the papers are black on white, and a grey page is a quarter of a colour one.
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True, prefer_bgrx=True,
                         rev_byteorder=True)
    try:
        kind = (QImage.Format.Format_Grayscale8 if bitmap.format == pdfium.raw.FPDFBitmap_Gray
                else QImage.Format.Format_RGBX8888)
        # QImage only borrows the buffer: copy it before the bitmap goes.
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, kind).copy()
    finally:
        bitmap.close()


class Zoom(Enum):
    FIT_WIDTH = "fit width"  # kept as the window is resized
    WHOLE_PAGE = "whole page"
    CUSTOM = "custom"


class PageView(QAbstractScrollArea):
    """Pages one under another on grey, each with a shadow, as on a print preview.

    Nothing but the pages' sizes is known up front: a page is drawn (by `render`, at a scale in
    device pixels per point) when it comes into sight, at the size it is shown and the screen's
    pixel ratio, and only the last `CACHE_PAGES` drawn are kept (and one ahead of the scrolling
    drawn while idle), so memory stays flat however long the document. A zoom draws the pages
    in sight afresh.
    """

    current_changed = Signal(int)  # the page (from 1) that fills most of the view

    MARGIN = 24  # points around and between pages, zoomed with them
    ZOOM_STEP = 1.1  # as Qt's print preview
    MIN_ZOOM, MAX_ZOOM = 0.1, 8.0  # screen pixels per point
    CACHE_PAGES = 8
    CACHE_BYTES = 48 << 20  # grey pages: 1 byte a pixel
    MAX_PAGE_PIXELS = 12_000_000  # a page zoomed further is drawn coarser and scaled up

    def __init__(self, sizes: list[QSizeF], render: Callable[[int, float], QImage],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._sizes = sizes  # in points
        self._render = render
        self.page_count = len(sizes)
        self.renders = 0  # pages drawn so far, for the tests
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._cache_scale = 0.0  # device pixels per point of the images in `_cache`
        self._zoom, self._mode = 1.0, Zoom.FIT_WIDTH
        self._tops: list[int] = []  # of each page, in view pixels from the top of the first
        self._widths: list[int] = []
        self._heights: list[int] = []
        self._content_width = self._content_height = 0
        self._current = 1
        self._ahead = 1  # the page after those in sight, or before when scrolling up
        self._prefetch = QTimer(self, singleShot=True, interval=0)
        self._prefetch.timeout.connect(self._draw_ahead)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setAutoFillBackground(True)
        # Always there, so fitting to the width cannot make it come and go.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().valueChanged.connect(self._follow)
        self._layout()

    # --- zoom --------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Screen (logical) pixels per point."""
        return self._zoom

    def fit_width(self) -> None:
        self._mode = Zoom.FIT_WIDTH
        self._fit()

    def fit_page(self) -> None:
        self._mode = Zoom.WHOLE_PAGE
        self._fit()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / self.ZOOM_STEP)

    def set_zoom(self, zoom: float) -> None:
        self._mode = Zoom.CUSTOM
        self._zoom_to(zoom)

    def _fit(self) -> None:
        if not self._sizes:
            return
        width = max(s.width() for s in self._sizes) + 2 * self.MARGIN
        # A pixel short, so the rounding up of the pages never asks for a scroll bar.
        zoom = (self.viewport().width() - 2) / width
        if self._mode is Zoom.WHOLE_PAGE:
            height = max(s.height() for s in self._sizes) + 2 * self.MARGIN
            # Two more short for the margins' rounding, so the next page does not peek in.
            zoom = min(zoom, (self.viewport().height() - 4) / height)
            page = self._current  # the page shown whole is the one current before
            self._zoom_to(zoom)
            self.set_current_page(page)
        else:
            self._zoom_to(zoom)

    def _zoom_to(self, zoom: float) -> None:
        """The new zoom, keeping the point in the middle of the view where it is."""
        zoom = min(max(zoom, self.MIN_ZOOM), self.MAX_ZOOM)
        bars = self.horizontalScrollBar(), self.verticalScrollBar()
        sizes = self.viewport().width(), self.viewport().height()
        middles = [(bar.value() + size / 2) / max(self._zoom, 1e-9)
                   for bar, size in zip(bars, sizes, strict=True)]
        self._zoom = zoom
        self._layout()
        for bar, size, middle in zip(bars, sizes, middles, strict=True):
            bar.setValue(round(middle * zoom - size / 2))
        self._follow()
        self.viewport().update()

    # --- pages -------------------------------------------------------------------------------

    @property
    def current_page(self) -> int:
        return self._current

    def set_current_page(self, page: int) -> None:
        """Scroll to the top of `page` (from 1); it is the current page even if the last pages
        cannot be scrolled to their top."""
        if not 1 <= page <= self.page_count:
            return
        self._scroll_to_page(page)
        self._set_current(page)

    def to_top(self) -> None:
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)
        self._set_current(1 if self.page_count else 0)

    def page_rect(self, index: int) -> QRect:
        """Where page `index` (from 0) is in the viewport now (maybe outside it)."""
        x = (max(0, (self.viewport().width() - self._content_width) // 2)
             - self.horizontalScrollBar().value()
             + (self._content_width - self._widths[index]) // 2)
        return QRect(x, self._tops[index] - self.verticalScrollBar().value(),
                     self._widths[index], self._heights[index])

    def cached_pages(self) -> list[int]:
        """The pages (from 0) kept drawn, least recently shown first."""
        return list(self._cache)

    def visible_pages(self, rect: QRect | None = None) -> range:
        """The pages (from 0) that `rect` of the viewport (all of it by default) shows."""
        rect = self.viewport().rect() if rect is None else rect
        if not self._tops:
            return range(0)
        y = self.verticalScrollBar().value()
        first = max(0, bisect_right(self._tops, y + rect.top()) - 1)
        if self._tops[first] + self._heights[first] <= y + rect.top():
            first += 1  # in the gap below it
        last = bisect_right(self._tops, y + rect.bottom())  # one past
        return range(first, max(first, last))

    def clear(self) -> None:
        """Forget every page drawn (they are drawn again when shown)."""
        self._cache.clear()
        self._prefetch.stop()

    def _layout(self) -> None:
        zoom, margin = self._zoom, round(self.MARGIN * self._zoom)
        self._widths = [math.ceil(s.width() * zoom) for s in self._sizes]
        self._heights = [math.ceil(s.height() * zoom) for s in self._sizes]
        self._tops, top = [], margin
        for height in self._heights:
            self._tops.append(top)
            top += height + margin
        self._content_width = max(self._widths, default=0) + 2 * margin
        self._content_height = top
        self._update_bars()

    def _update_bars(self) -> None:
        size = self.viewport().size()
        for bar, content, page in ((self.horizontalScrollBar(), self._content_width,
                                    size.width()),
                                   (self.verticalScrollBar(), self._content_height,
                                    size.height())):
            bar.setRange(0, max(0, content - page))
            bar.setPageStep(page)
            bar.setSingleStep(max(1, page // 20))

    def _scroll_to_page(self, page: int) -> None:
        if 1 <= page <= self.page_count:
            self.verticalScrollBar().setValue(
                self._tops[page - 1] - round(self.MARGIN * self._zoom))

    def _follow(self) -> None:
        """The current page: the one most of the view shows (the first of equals)."""
        view, best, area = self.viewport().rect(), 0, -1
        for index in self.visible_pages():
            shown = self.page_rect(index) & view
            if shown.width() * shown.height() > area:
                best, area = index + 1, shown.width() * shown.height()
        if best:
            self._set_current(best)

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.current_changed.emit(page)

    def _scale(self) -> float:
        return self._zoom * self.viewport().devicePixelRatioF()

    def _image(self, index: int) -> QImage:
        """Page `index` drawn at the zoom, from the cache if it is there."""
        scale = self._scale()
        if scale != self._cache_scale:  # drawn for another zoom or screen: of no more use
            self._cache.clear()
            self._cache_scale = scale
        if (image := self._cache.get(index)) is not None:
            self._cache.move_to_end(index)
            return image
        size = self._sizes[index]
        scale = min(scale, math.sqrt(self.MAX_PAGE_PIXELS / (size.width() * size.height())))
        image = self._render(index, scale)
        self.renders += 1
        # Shown at its size on the page: one pixel for one unless drawn coarser.
        image.setDevicePixelRatio(scale / self._zoom)
        self._cache[index] = image
        keep = self._keep()
        while len(self._cache) > 1 and (len(self._cache) > keep
                                        or self._cached_bytes() > self.CACHE_BYTES):
            self._cache.popitem(last=False)
        return image

    def _keep(self) -> int:
        """How many pages the cache holds: more if more are in sight (small ones then)."""
        return max(self.CACHE_PAGES, len(self.visible_pages()) + 1)

    def _cached_bytes(self) -> int:
        return sum(image.sizeInBytes() for image in self._cache.values())

    def _draw_ahead(self) -> None:
        """The next page the scrolling goes to, drawn while nothing else happens; only if the
        cache has room, or it would push out a page in sight."""
        index = self._ahead
        if (not 0 <= index < self.page_count or index in self._cache
                or len(self._cache) >= self._keep()
                or self._cached_bytes() + self._widths[index] * self._heights[index]
                * self.viewport().devicePixelRatioF() ** 2 > self.CACHE_BYTES):
            return
        self._image(index)

    # --- Qt ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        exposed = event.rect()
        # A page just above may cast its shadow into what is to be painted.
        for index in self.visible_pages(exposed.adjusted(0, -self._shadow_width(), 0, 0)):
            rect = self.page_rect(index)
            self._shadow(painter, rect)
            if rect.intersects(exposed):
                painter.fillRect(rect, Qt.GlobalColor.white)
                painter.drawImage(QPointF(rect.topLeft()), self._image(index))
        painter.end()
        self._prefetch.start()

    def _shadow_width(self) -> int:
        return math.ceil(max(2.0, max(self._widths, default=0) / 100))

    def _shadow(self, painter: QPainter, page: QRect) -> None:
        """As Qt's print preview draws it: along the right and bottom edges."""
        width = max(2.0, page.width() / 100)
        right, bottom = page.x() + page.width(), page.y() + page.height()
        for area, start, end in (
                (QRectF(right, page.top() + width, width, page.height() - width),
                 QPointF(right, 0), QPointF(right + width, 0)),
                (QRectF(page.left() + width, bottom, page.width() - width, width),
                 QPointF(0, bottom), QPointF(0, bottom + width))):
            gradient = QLinearGradient(start, end)
            gradient.setColorAt(0, QColor(0, 0, 0, 255))
            gradient.setColorAt(1, QColor(0, 0, 0, 0))
            painter.fillRect(area, gradient)
        corner = QRadialGradient(QPointF(right, bottom), width)
        corner.setColorAt(0, QColor(0, 0, 0, 255))
        corner.setColorAt(1, QColor(0, 0, 0, 0))
        painter.fillRect(QRectF(right, bottom, width, width), corner)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if dy and (shown := self.visible_pages()):  # the page ahead is the way it goes
            self._ahead = shown.stop if dy < 0 else shown.start - 1
        self.viewport().scroll(dx, dy)  # only what comes into sight is painted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_bars()
        if self._mode is not Zoom.CUSTOM:
            self._fit()
        self._follow()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if (steps := event.angleDelta().y() / 120):
                self.set_zoom(self._zoom * self.ZOOM_STEP ** steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Home:
            self.to_top()
        elif event.key() == Qt.Key.Key_End:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        else:
            super().keyPressEvent(event)
