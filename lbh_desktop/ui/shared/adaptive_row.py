"""Rows of controls that move onto further lines, not squeeze their text, when text is large."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QStyle, QVBoxLayout, QWidget

from lbh_desktop.ui.shared.compact_button import CompactButton


class AdaptiveRow(QWidget):
    """`left` controls, a gap, `right` controls; on two lines when one is too narrow
    (200 % text at 800×600), so no button is ever squeezed below its text. Before that, the
    right side's CompactButtons drop their text when that alone makes the line fit (a longer
    language at 100 % text)."""

    def __init__(
        self, left: list[QWidget], right: list[QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._left = left
        self._right = right
        self._top = QHBoxLayout()
        self._bottom = QHBoxLayout()
        for row in (self._top, self._bottom):
            row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top)
        layout.addLayout(self._bottom)
        self._two_lines: bool | None = None
        self._arrange(False)

    @staticmethod
    def _width_of(widget: QWidget, compact: bool) -> int:
        if isinstance(widget, CompactButton):
            return widget.compact_width() if compact else widget.full_width()
        return widget.sizeHint().width()

    def _needed_width(self, compact: bool = False) -> int:
        spacing = self._top.spacing() if self._top.spacing() >= 0 else 6
        widths = [self._width_of(w, False) for w in self._left]
        widths += [self._width_of(w, compact) for w in self._right]
        return sum(widths) + spacing * (len(widths) + 1)

    def _set_compact(self, compact: bool) -> None:
        for widget in self._right:
            if isinstance(widget, CompactButton):
                widget.set_compact(compact)

    def _arrange(self, two_lines: bool) -> None:
        if two_lines == self._two_lines:
            return
        self._two_lines = two_lines
        for row in (self._top, self._bottom):
            while row.count():
                row.takeAt(0)
        for widget in self._left:
            self._top.addWidget(widget)
        self._top.addStretch(1)
        target = self._bottom if two_lines else self._top
        if two_lines:
            target.addStretch(1)
        for widget in self._right:
            target.addWidget(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = self._needed_width() <= self.width()
        compact = not fits and self._needed_width(compact=True) <= self.width()
        self._set_compact(compact)
        self._arrange(not fits and not compact)

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().minimumSizeHint()
        narrow = max(
            sum(self._width_of(w, False) for w in self._left),
            sum(self._width_of(w, False) for w in self._right),
        )
        hint.setWidth(min(hint.width(), narrow))
        return hint


class FlowLayout(QLayout):
    """Lays widgets out left to right and starts a new line when the next one would not fit,
    so no button is squeezed below its text. With `justify`, each line's widgets share the
    spare width, so the lines end flush like a grid."""

    def __init__(self, parent: QWidget | None = None, *, justify: bool = True) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._justify = justify
        self._width = -1
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in visible) + self._gap() * max(len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(width, height) + extra

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        width = max((i.sizeHint().width() for i in self._visible()), default=0)
        width += margins.left() + margins.right()
        if self._width > 0:  # the lines needed at the width last given, as not every parent
            return QSize(width, self.heightForWidth(self._width))  # asks heightForWidth
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        before = self.heightForWidth(self._width) if self._width > 0 else -1
        self._width = rect.width()
        self._arrange(rect, apply=True)
        if self.heightForWidth(self._width) != before:
            self.invalidate()  # the parent lays out again with the new minimum height

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if lines and used + self._gap() + wanted <= width:
                lines[-1].append(item)
                used += self._gap() + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        top = inner.top()
        for line in self._lines(inner.width()):
            height = max(item.sizeHint().height() for item in line)
            if apply:
                widths = self._line_widths(line, inner.width())
                left = inner.left()
                for item, width in zip(line, widths, strict=True):
                    item.setGeometry(QRect(left, top, width, height))
                    left += width + self._gap()
            top += height + self._gap()
        return max(top - self._gap() - inner.top(), 0) + margins.top() + margins.bottom()

    def _line_widths(self, line: list[QLayoutItem], width: int) -> list[int]:
        widths = [min(item.sizeHint().width(), width) for item in line]
        spare = width - sum(widths) - self._gap() * (len(line) - 1)
        if spare <= 0 or not self._justify:
            return widths
        shares = [spare // len(line)] * len(line)
        shares[-1] += spare - sum(shares)
        return [w + share for w, share in zip(widths, shares, strict=True)]


class FlowRow(QWidget):
    """A widget holding a FlowLayout of `widgets` (for rows of buttons)."""

    def __init__(
        self, widgets: list[QWidget], parent: QWidget | None = None, *, justify: bool = True
    ) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, justify=justify)
        for widget in widgets:
            self.flow.addWidget(widget)
