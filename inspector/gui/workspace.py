"""The unlocked workspace: a list of pages on the left, the page on the right, and the inspection
editor opened over the inspections page. Pages are built on first use."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from inspector.gui.shell import page_titles

if TYPE_CHECKING:
    from inspector.gui.context import AppContext


class Page(Protocol):
    """What a page offers the workspace."""

    def refresh(self) -> None:
        """Load what it shows from the vault (off the GUI thread)."""

    def clear(self) -> None:
        """Forget everything shown (the vault is being locked)."""


class Workspace(QWidget):
    PAGES = ("dashboard", "agencies", "inspections", "complaints", "data", "settings")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.editor: QWidget | None = None
        titles = page_titles()  # the window's View menu has their Ctrl+number shortcuts
        for name in self.PAGES:
            item = QListWidgetItem(titles[name].replace("&", ""))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(lambda row: self.show_page(self.PAGES[row]))
        # One width on every page, room for its longest title in the current language.
        metrics = self.nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count()))  # fmt: skip
        self.nav.setFixedWidth(longest + 2 * self.nav.frameWidth() + 24)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        context.changed.connect(self._changed)

    # -- pages ---------------------------------------------------------------------------------
    def _build(self, name: str) -> QWidget:
        factories: dict[str, Callable[[], QWidget]] = {
            "dashboard": self._dashboard,
            "agencies": self._agencies,
            "inspections": self._inspections,
            "complaints": self._complaints,
            "data": self._data,
            "settings": self._settings,
        }
        page = factories[name]()
        page.setObjectName(f"{name}Page")
        self.pages[name] = page
        self.stack.addWidget(page)
        return page

    def _dashboard(self) -> QWidget:
        from inspector.gui.dashboard import DashboardPage

        return DashboardPage(self.context, self)

    def _agencies(self) -> QWidget:
        from inspector.gui.agencies import AgenciesPage

        return AgenciesPage(self.context, self)

    def _inspections(self) -> QWidget:
        from inspector.gui.inspections import InspectionsPage

        return InspectionsPage(self.context, self)

    def _complaints(self) -> QWidget:
        from inspector.gui.complaints import ComplaintsPage

        return ComplaintsPage(self.context, self)

    def _data(self) -> QWidget:
        from inspector.gui.data_page import DataPage

        return DataPage(self.context, self)

    def _settings(self) -> QWidget:
        from inspector.gui.settings_page import SettingsPage

        return SettingsPage(self.context, self)

    def page(self, name: str) -> QWidget:
        return self.pages.get(name) or self._build(name)

    def show_page(self, name: str) -> QWidget:
        page = self.page(name)
        row = self.PAGES.index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.stack.setCurrentWidget(page)
        page.refresh()  # type: ignore[attr-defined]
        return page

    def open_inspection(self, inspection_id: uuid.UUID) -> QWidget:
        """Open the editor on an inspection, in place of the inspections page."""
        from inspector.gui.editor.editor import InspectionEditor

        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.editor = InspectionEditor(self.context, inspection_id, self)
        self.editor.setObjectName("inspectionEditor")
        self.stack.addWidget(self.editor)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self.PAGES.index("inspections"))
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.editor)
        return self.editor

    def start_inspection(self, agency_id: uuid.UUID | None) -> QWidget:
        """Ask for the agency (unless given) and the checklist, start, and open the editor."""
        from inspector.gui.inspections import StartInspectionDialog

        dialog = StartInspectionDialog(self.context, agency_id, self)
        dialog.setObjectName("startInspectionDialog")

        def started(inspection_id: uuid.UUID) -> None:
            self.context.changed.emit("inspections")
            self.open_inspection(inspection_id)

        dialog.accepted.connect(lambda: dialog.start(started))
        dialog.open_requested.connect(self.open_inspection)
        dialog.open()
        self.start_dialog = dialog
        return dialog

    def open_agency(self, agency_id: uuid.UUID) -> QWidget:
        page = self.show_page("agencies")
        page.open_agency(agency_id)  # type: ignore[attr-defined]
        return page

    def _changed(self, what: str) -> None:
        current = self.stack.currentWidget()
        if current is not None and current is not self.editor and hasattr(current, "refresh"):
            current.refresh()

    # -- lock and resume -------------------------------------------------------------------------
    def load(self, resume: dict[str, Any]) -> None:
        inspection = resume.get("inspection")
        if inspection is not None:
            self.open_inspection(inspection)
            section = resume.get("section")
            if section is not None and self.editor is not None:
                self.editor.resume_section = section  # type: ignore[attr-defined]
        else:
            self.show_page(resume.get("page", "dashboard"))

    def state(self) -> dict[str, Any]:
        if self.editor is not None and self.stack.currentWidget() is self.editor:
            return {
                "inspection": self.editor.inspection_id,  # type: ignore[attr-defined]
                "section": self.editor.current_section(),  # type: ignore[attr-defined]
            }
        current = self.stack.currentWidget()
        for name, page in self.pages.items():
            if page is current:
                return {"page": name}
        return {}

    def take_over(self, old: Workspace) -> None:
        """Carry over from ``old`` (the same vault, shown in another language) what its pages
        hold that is in no record: a preview, a choice made."""
        for name, page in old.pages.items():
            if hasattr(page, "take_over"):
                self.page(name).take_over(page)  # type: ignore[attr-defined]

    def clear(self) -> None:
        """Drop everything shown: after a lock nothing of the records stays on screen."""
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        for page in self.pages.values():
            page.clear()  # type: ignore[attr-defined]
