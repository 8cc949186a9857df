"""Drop-down lists that show every item in full, closed and open, at any text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

POPUP_TEXT_PADDING = 2
"""Font heights added to the widest text in the open list: the menu style's margins around
an item (check column, left and right padding)."""


def widest_text(combo: QComboBox) -> int:
    """Pixels of the widest item text in the combo's font."""
    metrics = combo.fontMetrics()
    return max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )


def edit_field_width(combo: QComboBox) -> int:
    """Pixels the closed box has for its text now."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


class _ComboFitter(QObject):
    """Keeps one combo's widths right when its items, font or style change."""

    def __init__(self, combo: QComboBox, fit_box: bool) -> None:
        super().__init__(combo)
        self._combo = combo
        self._fit_box = fit_box
        self._fitted: tuple[object, ...] | None = None
        model = combo.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self.fit)
        combo.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
            QEvent.Type.Show,
        ):
            self.fit()
        return False

    def fit(self, *_: object) -> None:
        combo = self._combo
        texts = tuple(combo.itemText(i) for i in range(combo.count()))
        # Polish, Show and each inserted row all ask; measure only when something changed.
        key = (texts, combo.font().key(), id(combo.style()), combo.styleSheet())
        if key == self._fitted:
            return
        self._fitted = key
        widest = widest_text(combo)
        metrics = combo.fontMetrics()
        view = combo.view()
        frame = 2 * view.frameWidth()
        scroll = 0
        if combo.count() > combo.maxVisibleItems():
            scroll = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        padding = POPUP_TEXT_PADDING * metrics.height()
        view.setMinimumWidth(widest + padding + frame + scroll)
        if self._fit_box:
            # What the style leaves around the text (frame, padding, the arrow button), measured
            # at the box's width now: the style sheet's padding and arrow width scale with the
            # text, which the size hint does not always count.
            margins = max(0, combo.width() - edit_field_width(combo))
            hint = combo.sizeHint().width()
            need = widest + margins + metrics.averageCharWidth()
            combo.setMinimumWidth(max(hint, need) if combo.count() else 0)


def fit_popup_to_items(combo: QComboBox, *, fit_box: bool = True) -> None:
    """The open list is wide enough for the widest item, and (with `fit_box`) so is the closed
    box, whatever the style; kept up to date as items, font or style change."""
    if fit_box:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    existing = combo.findChild(_ComboFitter)
    if existing is not None:
        existing.fit()
        return
    _ComboFitter(combo, fit_box)
