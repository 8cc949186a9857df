"""The editor's list of steps: one row per step; a drop asks for a move instead of moving."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from lbh_desktop.core.i18n import translate

STEP_MIME_TYPE = "application/x-lbh-step-index"
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class StepListModel(QAbstractListModel):
    """Rows are (title, detail, severity); the controller sets them after every draft change.

    Dropping a dragged row emits move_requested(source, target) so the move goes through
    the undo stack; the model itself changes only through set_rows.
    """

    move_requested = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, str, str]] = []

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        title, detail, severity = self._rows[index.row()]
        number = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            mark = {"error": "  ✖", "warning": "  ⚠"}.get(severity, "")
            return f"{number}. {title}{mark}\n{detail}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if severity == "error":
                text = translate(
                    "step_list_model", "Step {number}: {title}, {detail} (needs fixing)"
                )
            elif severity == "warning":
                text = translate(
                    "step_list_model", "Step {number}: {title}, {detail} (unusual value)"
                )
            else:
                text = translate("step_list_model", "Step {number}: {title}, {detail}")
            return text.format(number=number, title=title, detail=detail)
        if role == SEVERITY_ROLE:
            return severity
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            mime.setData(STEP_MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(STEP_MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(STEP_MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if not 0 <= source < len(self._rows):
            return False
        # `row` is the gap the row is dropped into (-1 onto an item or past the end).
        gap = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        target = gap - 1 if gap > source else gap
        target = max(0, min(target, len(self._rows) - 1))
        if target != source:
            self.move_requested.emit(source, target)
        # False: the view must not delete the source row itself; the draft change redraws.
        return False
