"""Chart tabs built on first use: opening the page builds and draws only the chart on show."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lbh_desktop.ui.progress.plotting import Chart

C = TypeVar("C", bound=Chart)


class LazyChart(Generic[C]):
    """One tab's chart. `get()` builds it (on the tab's first showing, or when code asks for
    it) and gives it the latest data; `draw()` hands it data now, or keeps the data for then.
    A pyqtgraph plot costs ~10 ms to build and a few to draw, so charts nobody looked at cost
    nothing when the page opens."""

    def __init__(self, tabs: ChartTabs, index: int, make: Callable[[], C]) -> None:
        self._tabs = tabs
        self._index = index
        self._make = make
        self._chart: C | None = None
        self._pending: Callable[[C], None] | None = None
        self._on_built: list[Callable[[C], object]] = []

    @property
    def built(self) -> bool:
        return self._chart is not None

    def get(self) -> C:
        if self._chart is None:
            self._chart = self._make()
            self._tabs.place(self._index, self._chart)
            for callback in self._on_built:
                callback(self._chart)
            if self._pending is not None:
                pending, self._pending = self._pending, None
                pending(self._chart)
        return self._chart

    def when_built(self, callback: Callable[[C], object]) -> None:
        """Calls back once the chart exists (now, when it does), e.g. to connect its signals."""
        if self._chart is None:
            self._on_built.append(callback)
        else:
            callback(self._chart)

    def draw(self, show_data: Callable[[C], None]) -> None:
        """Only the latest data counts: a chart built later draws just that."""
        if self._chart is None:
            self._pending = show_data
        else:
            show_data(self._chart)


class ChartTabs(QTabWidget):
    """A tab widget whose pages hold a chart each, built when its tab first shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._charts: list[LazyChart[Any]] = []
        self.currentChanged.connect(self._build_current)

    def add_chart(self, title: str, make: Callable[[], C]) -> LazyChart[C]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        chart = LazyChart(self, self.count(), make)
        self._charts.append(chart)
        self.addTab(page, title)  # the first tab becomes current here, so its chart is built
        return chart

    def place(self, index: int, chart: Chart) -> None:
        page = self.widget(index)
        layout = page.layout() if page is not None else None
        assert layout is not None
        layout.addWidget(chart)

    def chart_at(self, index: int) -> Chart:
        chart: Chart = self._charts[index].get()
        return chart

    def index_of(self, chart: Chart) -> int:
        for index, lazy in enumerate(self._charts):
            if lazy.built and lazy.get() is chart:
                return index
        return -1

    def show_chart(self, chart: Chart) -> None:
        """Makes `chart`'s tab the current one."""
        index = self.index_of(chart)
        if index >= 0:
            self.setCurrentIndex(index)

    def _build_current(self, index: int) -> None:
        if 0 <= index < len(self._charts):
            self._charts[index].get()
