"""The agencies page (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from inspector.gui.context import AppContext


class AgenciesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Agencies")))

    def refresh(self) -> None:
        pass

    def clear(self) -> None:
        pass
