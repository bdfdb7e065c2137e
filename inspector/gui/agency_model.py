"""The agency registry as a Qt model over SQL.

The query (FTS5 for the filter, ORDER BY for the sort; see ``AgencySearch``) runs off the GUI
thread and gives the ordered keys of the matching agencies. The model shows that many rows and
reads the rows themselves a page at a time, on the GUI thread, when the view asks for them; it
keeps a few pages and drops them all whenever the filter, the sort or the data changes. Nothing is
filtered or sorted in Python here, and there is no QSortFilterProxyModel."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from inspector.gui import labels

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.agencies import AgencyMatches, AgencyRow, AgencySearch, AgencySort

Index = QModelIndex | QPersistentModelIndex

log = logging.getLogger(__name__)

# Column order; the names are AgencySort values (the service is imported lazily, after unlock).
COLUMNS = ("name", "licence", "country", "city", "status", "expiry")
WARN_DAYS = 90  # a licence expiring within this many days is shown in amber


def country_name(code: str) -> str:
    """In the window's language (Qt's own names are English only)."""
    from inspector.i18n import country_name as in_language

    return in_language(code)


class AgencyTableModel(QAbstractTableModel):
    """Rows are agencies in the order the query gave; ``Qt.UserRole`` holds the agency's id."""

    PAGE_SIZE = 200
    MAX_PAGES = 20  # 4,000 rows: a few screens either way of where the view is

    # matched, total: a query's result is shown.
    loaded = Signal(int, int)
    # The query failed; the page shows the error.
    failed = Signal(object)
    # A query is running (True) or done (False).
    busy = Signal(bool)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search_text = ""
        self.sort_column = 0
        self.descending = False
        self.total = 0
        self._keys: Sequence[int] = ()
        self._pages: OrderedDict[int, dict[int, AgencyRow]] = OrderedDict()
        self._generation = 0  # results of an older query than the latest are dropped
        self._shown = 0  # the generation on show
        self._search: AgencySearch | None = None
        self.today = dt.date.today()

    # -- the query -------------------------------------------------------------------------------
    @property
    def sort_key(self) -> AgencySort:
        from inspector.services.agencies import AgencySort

        return AgencySort(COLUMNS[self.sort_column])

    def set_filter(self, text: str) -> None:
        self.search_text = text
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query: the order comes from SQL, never from the view."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            return
        self.sort_column, self.descending = column, descending
        if self._search is not None:  # before the first query, this only sets the order
            self.reload()

    def data_changed(self) -> None:
        """Agencies changed in the vault (added, renamed, a new status): query again."""
        if self._search is not None:
            self._search.invalidate()
        self.reload()

    def reload(self) -> None:
        if self.context.vault is None:
            return
        from inspector.services.agencies import AgencySearch

        if self._search is None:
            self._search = AgencySearch()
        self._generation += 1
        generation = self._generation
        search = self._search
        text, sort, descending = self.search_text, self.sort_key, self.descending
        self.busy.emit(True)
        self.context.read(
            lambda session: search.find(session, text, sort, descending),
            lambda result: self._show(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, result: AgencyMatches) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self._shown = generation
        self.beginResetModel()
        self._keys = result.keys
        self.total = result.total
        self._pages.clear()
        self.today = dt.date.today()
        self.endResetModel()
        self.busy.emit(False)
        self.loaded.emit(len(self._keys), self.total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._shown = generation
        self.busy.emit(False)
        self.failed.emit(exc)

    def clear(self) -> None:
        """Forget every row and any query under way (the vault is being locked)."""
        self._generation += 1
        self._shown = self._generation
        self.beginResetModel()
        self._keys = ()
        self._pages.clear()
        self.total = 0
        self._search = None
        self.endResetModel()
        self.busy.emit(False)

    # -- rows ------------------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """A query is under way whose result will replace the rows on show."""
        return self._shown != self._generation and self._search is not None

    @property
    def keys(self) -> Sequence[int]:
        return self._keys

    def row_of_key(self, key: int) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def agency(self, row: int) -> AgencyRow | None:
        if not 0 <= row < len(self._keys):
            return None
        page_number = row // self.PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._keys[row])

    def agency_id(self, row: int) -> uuid.UUID | None:
        agency = self.agency(row)
        return agency.id if agency is not None else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _fetch(self, page_number: int) -> dict[int, AgencyRow]:
        from inspector.services.agencies import agency_rows

        start = page_number * self.PAGE_SIZE
        keys = list(self._keys[start : start + self.PAGE_SIZE])
        if self.context.vault is None:
            return {}
        # A page is a quick read by primary key (a few ms): it runs here, as the view paints.
        try:
            page = self.context.read_now(lambda session: agency_rows(session, keys))
        except Exception as exc:  # painting must go on; the rows show as missing
            log.error("reading a page of agencies failed: %s", type(exc).__name__)
            return {}
        self._pages[page_number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- QAbstractTableModel -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Name"),
                self.tr("Licence"),
                self.tr("Country"),
                self.tr("City"),
                self.tr("Status"),
                self.tr("Licence expires"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to sort by this column; click again to reverse.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        agency = self.agency(index.row())
        if agency is None:
            return (
                self.tr("(removed)")
                if role == Qt.ItemDataRole.DisplayRole and (index.column() == 0)
                else None
            )
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(agency, column)
        if role == Qt.ItemDataRole.UserRole:
            return agency.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(agency, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(agency, column)
        return None

    def _text(self, agency: AgencyRow, column: str) -> str:
        if column == "name":
            return agency.name
        if column == "licence":
            return agency.licence_number
        if column == "country":
            return agency.country
        if column == "city":
            return agency.city
        if column == "status":
            return labels.licence_status(agency.licence_status.value)
        return labels.date_text(agency.licence_valid_until)

    def _tooltip(self, agency: AgencyRow, column: str) -> str | None:
        if column == "country":
            return country_name(agency.country)
        if column == "name":
            return agency.name
        if column == "expiry" and agency.licence_valid_until is not None:
            days = (agency.licence_valid_until - self.today).days
            if days < 0:
                return self.tr("Expired %n days ago", "", -days)
            return self.tr("Expires in %n days", "", days)
        return None

    def _colour(self, agency: AgencyRow, column: str) -> QBrush | None:
        if column == "status" and agency.licence_status.value in (
            "suspended",
            "revoked",
            "expired",
        ):
            return QBrush(labels.RED)
        if column == "expiry" and agency.licence_valid_until is not None:
            days = (agency.licence_valid_until - self.today).days
            if days < 0:
                return QBrush(labels.RED)
            if days <= WARN_DAYS:
                return QBrush(labels.AMBER)
        return None
