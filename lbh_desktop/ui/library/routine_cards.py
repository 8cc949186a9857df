"""Paints each routine in the library list as a card: picture, name, facts, tags, last done."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMargins, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from lbh_desktop.core.routine_card import (
    FACTS_SEPARATOR,
    RoutineCard,
    fitting_tags,
    wrap_parts,
)
from lbh_desktop.ui.library.lazy_pictures import LazyPictures
from lbh_desktop.ui.shared.theme import mixed

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
CARD_ROLE = Qt.ItemDataRole.UserRole + 3
"""The item's RoutineCard."""
PICTURE_ROLE = Qt.ItemDataRole.UserRole + 4
"""The path (str) of the card's picture, or "" when it has none."""

CARD_MARGIN = QMargins(6, 4, 6, 4)
"""The gap around each card, inside its list row."""
PADDING = 10
GAP = 12
"""Between the picture tile and the text."""
LINE_GAP = 3
RADIUS = 8.0
TEXT_MIN_CHARS = 16
"""The text keeps at least this many characters' width; the tile shrinks (or goes) first."""
TILE_MIN_WIDTH = 56
TITLE_LINES = 3
"""The name wraps onto up to this many lines (200 % text in a narrow list); other lines, two."""
LAYOUTS_KEPT = 400
TILE_MAX_SHARE = 0.27
"""The tile takes at most this share of the card's inside width: large text keeps its room."""


def scaled(font: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * factor)
    else:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if weight is not None:
        result.setWeight(weight)
    return result


def tile_color(palette: QPalette) -> QColor:
    """A soft, light tile in both themes (the pictures are drawn in dark inks on paper): the
    lighter of Base and Text, tinted with the accent."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Accent)
    if base.lightnessF() >= text.lightnessF():
        return mixed(base, accent, 0.09)
    return mixed(text, accent, 0.16)


@dataclass(frozen=True)
class CardFonts:
    body: QFont
    title: QFont
    tag: QFont

    @classmethod
    def of(cls, font: QFont) -> CardFonts:
        return cls(font, scaled(font, 1.08, QFont.Weight.DemiBold), scaled(font, 0.9))

    def tag_height(self) -> int:
        return QFontMetrics(self.tag).height() + 4

    def tile_height(self) -> int:
        """The picture tile is as tall as a card whose every line fits in one."""
        title, body = QFontMetrics(self.title).height(), QFontMetrics(self.body).height()
        return title + body + self.tag_height() + body + 3 * LINE_GAP


@dataclass(frozen=True)
class CardLine:
    text: str
    font: QFont
    strong: bool
    """The name, in the text colour; else a detail, in the softer placeholder colour."""
    rect: QRect


@dataclass(frozen=True)
class CardLayout:
    """Where a card's parts go, from the top left of its padded inside."""

    tile: QRect
    """Null when the card is too narrow for a picture."""
    lines: list[CardLine]
    tags: list[str]
    tags_rect: QRect
    height: int


def lay_out(card: RoutineCard, fonts: CardFonts, width: int) -> CardLayout:
    """The name (up to TITLE_LINES), facts and last done wrap rather than lose words; the
    tile shrinks (to TILE_MAX_SHARE of the width), then goes, so the text keeps room for
    TEXT_MIN_CHARS characters at least."""
    text_min = QFontMetrics(fonts.body).averageCharWidth() * TEXT_MIN_CHARS
    tile_height = fonts.tile_height()
    tile_width = min(
        round(tile_height * 4 / 3), round(width * TILE_MAX_SHARE), width - GAP - text_min
    )
    tile = QRect()
    if tile_width >= TILE_MIN_WIDTH:
        tile = QRect(0, 0, tile_width, round(tile_width * 3 / 4))
    left = tile.right() + 1 + GAP if tile.isValid() else 0
    room = max(1, width - left)
    lines: list[CardLine] = []
    top = 0

    def add(parts: list[str], separator: str, font: QFont, strong: bool, most: int = 2) -> None:
        nonlocal top
        metrics = QFontMetrics(font)
        for text in wrap_parts(parts, separator, room, metrics.horizontalAdvance, most):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            lines.append(CardLine(shown, font, strong, QRect(left, top, room, metrics.height())))
            top += metrics.height()
        top += LINE_GAP

    add(card.title.split(" "), " ", fonts.title, True, TITLE_LINES)
    add(card.facts.split(FACTS_SEPARATOR), FACTS_SEPARATOR, fonts.body, False)
    tag_metrics = QFontMetrics(fonts.tag)
    pad = tag_metrics.averageCharWidth()
    tags = fitting_tags(card.tags, room, lambda tag: tag_metrics.horizontalAdvance(tag) + 3 * pad)
    tags_rect = QRect(left, top, room, fonts.tag_height())
    if tags:
        top += fonts.tag_height() + LINE_GAP
    add(card.last_done.split(" "), " ", fonts.body, False)
    return CardLayout(tile, lines, tags, tags_rect, max(top - LINE_GAP, tile.height()))


class RoutineCardList(QListWidget):
    """A list of cards whose heights follow its width (the text wraps), so a change of width
    (the window, the splitter, a scroll bar coming or going) lays the cards out again."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class RoutineCardDelegate(QStyledItemDelegate, LazyPictures):
    """Cards as tall as their text needs at the list's width; what still does not fit is
    elided, and the whole text is in the item's tooltip and accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layouts: dict[tuple[RoutineCard, str, int], tuple[CardFonts, CardLayout]] = {}

    def _layout(self, card: RoutineCard, font: QFont, width: int) -> tuple[CardFonts, CardLayout]:
        """The card laid out at `width` in `font`: sizeHint and paint ask for the same one
        many times (each row, each repaint, each pass of the list's layout)."""
        key = (card, font.key(), width)
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) > LAYOUTS_KEPT:  # widths left behind by resizing
                self._layouts.clear()
            fonts = CardFonts.of(QFont(font))  # a copy: the option and its font go away
            found = self._layouts[key] = (fonts, lay_out(card, fonts, width))
        return found

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, RoutineCard):
            return super().sizeHint(option, index)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 300
        inner = width - CARD_MARGIN.left() - CARD_MARGIN.right() - 2 * PADDING
        _, layout = self._layout(card, option.font, inner)
        height = layout.height + 2 * PADDING + CARD_MARGIN.top() + CARD_MARGIN.bottom()
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, RoutineCard):
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette
        role = QPalette.ColorRole
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        rect: QRect = option.rect
        box = QRectF(rect.marginsRemoved(CARD_MARGIN)).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = role.Highlight if selected else (role.Mid if hovered else role.Midlight)
        painter.setPen(QPen(palette.color(border), 2 if selected else 1))
        painter.setBrush(palette.color(role.Highlight if selected else role.Base))
        painter.drawRoundedRect(box, RADIUS, RADIUS)

        inner = box.toAlignedRect().adjusted(PADDING, PADDING, -PADDING, -PADDING)
        fonts, layout = self._layout(card, option.font, inner.width())
        painter.translate(inner.topLeft())
        if layout.tile.isValid():
            self._paint_tile(painter, layout.tile, palette, index.data(PICTURE_ROLE), card.title)
        strong = palette.color(role.HighlightedText if selected else role.Text)
        soft = palette.color(role.HighlightedText if selected else role.PlaceholderText)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for line in layout.lines:
            painter.setFont(line.font)
            painter.setPen(strong if line.strong else soft)
            painter.drawText(line.rect, flags, line.text)
        self._paint_tags(painter, fonts.tag, palette, selected, layout)
        painter.restore()

    def _paint_tile(
        self, painter: QPainter, tile: QRect, palette: QPalette, picture: object, title: str
    ) -> None:
        path = QPainterPath()
        path.addRoundedRect(QRectF(tile), RADIUS - 2, RADIUS - 2)
        painter.fillPath(path, tile_color(palette))
        if not self.pictures_ready:
            return  # the pictures come just after the window's first paint
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixmap = None
        if isinstance(picture, str) and picture:
            pixmap = self.pictures.pixmap(Path(picture), tile.size(), ratio)
        if pixmap is not None:
            painter.save()
            painter.setClipPath(path)
            painter.drawPixmap(tile, pixmap)
            painter.restore()
            return
        # No picture: the routine's initial, in the accent colour, marks the tile.
        font = QFont(painter.font())
        font.setPixelSize(max(8, tile.height() // 2))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Accent).darker(130))
        painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, title[:1].upper())

    @staticmethod
    def _paint_tags(
        painter: QPainter, font: QFont, palette: QPalette, selected: bool, layout: CardLayout
    ) -> None:
        role = QPalette.ColorRole
        metrics = QFontMetrics(font)
        pad = metrics.averageCharWidth()
        ink = palette.color(role.HighlightedText if selected else role.Text)
        painter.setFont(font)
        row = layout.tags_rect
        left = row.left()
        for tag in layout.tags:
            width = metrics.horizontalAdvance(tag) + 2 * pad
            pill = QRectF(left, row.top(), width, row.height()).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(ink if selected else palette.color(role.Mid), 1))
            fill = palette.color(role.AlternateBase)
            painter.setBrush(Qt.BrushStyle.NoBrush if selected else fill)
            painter.drawRoundedRect(pill, row.height() / 2, row.height() / 2)
            painter.setPen(ink)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, tag)
            left += width + pad
