"""Importing the agency registry from the Data page: choose a file, see its first rows and every
problem found, then import, with progress. Reading, checking and storing run off the GUI
thread; what is stored is exactly what the preview showed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.messages import show_error

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.services.registry_import import ImportResult
    from inspector.services.registry_rows import RegistryRows


class ProgressRelay(QObject):
    """Progress reported by a service on the vault thread, delivered on the GUI thread."""

    changed = Signal(str, int, int)

    def report(self, stage: str, done: int, total: int) -> None:
        self.changed.emit(stage, done, total)


def _table(name: str) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel()
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(120)
    return view, model


class RegistryImportBox(QGroupBox):
    imported = Signal(object)  # the ImportResult

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import the agency registry"))
        self.context = context
        self.parsed: RegistryRows | None = None
        self._reads = 0  # a newer file chosen while one is read wins
        self.choose = QPushButton(self.tr("&Choose a CSV or Excel file…"))
        self.choose.setObjectName("chooseRegistry")
        self.file = QLabel(self.tr("No file chosen."))
        self.file.setObjectName("registryFile")
        self.file.setWordWrap(True)
        self.file.setTextFormat(Qt.TextFormat.PlainText)
        self.preview, self.preview_model = _table("registryPreview")
        self.problems, self.problems_model = _table("registryProblems")
        self.summary = QLabel()
        self.summary.setObjectName("registrySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.all_or_nothing = QCheckBox(
            self.tr("&All or nothing: import no row if any is rejected")
        )
        self.all_or_nothing.setObjectName("allOrNothing")
        self.import_button = QPushButton(self.tr("I&mport"))
        self.import_button.setObjectName("importRegistry")
        self.import_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_or_nothing)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.preview)
        layout.addWidget(QLabel(self.tr("Rows that will be rejected:")))
        layout.addWidget(self.problems)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.relay = ProgressRelay(self)
        self.relay.changed.connect(self._progressed)
        self.choose.clicked.connect(self._choose)
        self.import_button.clicked.connect(self.import_previewed)

    # -- choosing and previewing -----------------------------------------------------------------
    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Agency registry"),
            str(Path.home()),
            self.tr("Registry files (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.preview_registry(Path(path))

    def preview_registry(self, path: Path) -> None:
        """Read and check ``path`` off the GUI thread; nothing is stored yet."""
        from inspector.services.registry_import import read_registry

        self._reads += 1
        read = self._reads
        self.parsed = None
        self.import_button.setEnabled(False)
        self.preview_model.clear()
        self.problems_model.clear()
        self.file.setText(str(path))
        self.summary.setText(self.tr("Reading the file…"))
        self._start_progress()
        relay = self.relay
        self.context.call(
            lambda: read_registry(path, progress=relay.report),
            lambda parsed: self._show_preview(read, parsed),
            lambda exc: self._failed(read, exc),
        )

    def _show_preview(self, read: int, parsed: RegistryRows) -> None:
        if read != self._reads:
            return
        from inspector.services.registry_file import FIELDS

        self.progress.setVisible(False)
        self.parsed = parsed
        self.preview_model.setHorizontalHeaderLabels([self.tr("Line"), *parsed.headers])
        for line, cells in parsed.preview:
            self.preview_model.appendRow([QStandardItem(str(line)), *map(QStandardItem, cells)])
        self.problems_model.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Reason")]
        )
        for problem in parsed.problems:
            self.problems_model.appendRow(
                [
                    QStandardItem(str(problem.line)),
                    QStandardItem(f"{problem.letter} ({problem.column})"),
                    QStandardItem(problem.reason),
                ]
            )
        columns = ", ".join(f"{header} → {FIELDS[name]}" for name, header in parsed.mapping.items())
        lines = [
            # Each count a message of its own (%n): "1 row read", "2 rows read".
            self.tr("{read} ({encoding}): {good}, {rejected}.").format(
                read=self.tr("%n rows read", "", parsed.read),
                encoding=parsed.encoding,
                good=self.tr("%n good", "", len(parsed.rows)),
                rejected=self.tr("%n rejected", "", parsed.rejected),
            ),
            self.tr("Columns: {columns}").format(columns=columns),
            *parsed.notices,
        ]
        if parsed.ignored:
            lines.append(self.tr("Left out: {names}").format(names=", ".join(parsed.ignored)))
        self.summary.setText("\n".join(lines))
        self.import_button.setText(self.tr("I&mport %n agencies", "", len(parsed.rows)))
        self.import_button.setEnabled(bool(parsed.rows))

    def _failed(self, read: int, exc: BaseException) -> None:
        if read != self._reads:
            return
        from inspector.gui.messages import error_text

        self.progress.setVisible(False)
        self.summary.setText(error_text(exc))

    # -- storing -------------------------------------------------------------------------------
    def import_previewed(self) -> None:
        """Store what the preview showed, in one transaction, off the GUI thread."""
        parsed = self.parsed
        if parsed is None:
            return
        if self.all_or_nothing.isChecked() and parsed.problems:
            self.summary.setText(
                self.tr(
                    "Nothing was imported: %n rows are rejected and 'All or nothing' is "
                    "ticked. Correct the file and choose it again.",
                    "",
                    parsed.rejected,
                )
            )
            return
        from inspector.services.registry_import import import_registry

        self.import_button.setEnabled(False)
        self.choose.setEnabled(False)
        self._start_progress()
        relay = self.relay
        all_or_nothing = self.all_or_nothing.isChecked()
        self.context.write(
            lambda uow: import_registry(
                uow, parsed, all_or_nothing=all_or_nothing, progress=relay.report
            ),
            self._imported,
            self._import_failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.progress.setVisible(False)
        self.choose.setEnabled(True)
        self.parsed = None
        self.summary.setText(
            self.tr("Imported: {created}, {updated}, {unchanged}, {rejected}.").format(
                created=self.tr("%n new agencies", "", result.created),
                updated=self.tr("%n updated", "", result.updated),
                unchanged=self.tr("%n unchanged", "", result.unchanged),
                rejected=self.tr("%n rows rejected", "", result.rejected),
            )
        )
        self.context.changed.emit("agencies")
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.choose.setEnabled(True)
        self.import_button.setEnabled(self.parsed is not None)
        show_error(self, exc)

    # -- progress ------------------------------------------------------------------------------
    def _start_progress(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first figure comes
        self.progress.setVisible(True)

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("Reading… %p%") if stage == "reading" else self.tr("Storing… %p%")
        )

    def clear(self) -> None:
        self._reads += 1
        self.parsed = None
        self.preview_model.clear()
        self.problems_model.clear()
        self.summary.clear()
        self.file.setText(self.tr("No file chosen."))
        self.import_button.setEnabled(False)
        self.choose.setEnabled(True)
        self.progress.setVisible(False)

    def refresh(self) -> None:
        """Nothing to load: the box shows the file chosen."""

    def take_over(self, old: RegistryImportBox) -> None:
        """Show the preview ``old`` showed (the window is rebuilt in another language): the
        file read and checked is not read again, and what is imported is still what was
        previewed."""
        self.all_or_nothing.setChecked(old.all_or_nothing.isChecked())
        if old.parsed is None:
            return
        self._reads += 1
        self.file.setText(old.file.text())
        self._show_preview(self._reads, old.parsed)
