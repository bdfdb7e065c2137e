"""The Data page: import the agency registry, export records, save an inspection's evidence
package, back the vault up and restore a backup. Every one of these runs off the GUI thread;
large ones show progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.data_import import ProgressRelay, RegistryImportBox
from inspector.gui.messages import error_text, make_heading

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext

FORMATS = (("csv", "CSV (UTF-8)"), ("xlsx", "Excel (.xlsx)"), ("json", "JSON"))


class DataPage(QWidget):
    def __init__(self, context: AppContext, workspace: QWidget | None = None) -> None:
        super().__init__(workspace)
        self.context = context
        self._loads = 0
        self.question: QMessageBox | None = None
        title = QLabel(self.tr("Data"))
        make_heading(title, 4)
        # Each box says how its work went under its own buttons, in view of the click.
        self.backup_message = self._message("backupMessage")
        self.export_message = self._message("exportMessage")
        self.package_message = self._message("packageMessage")
        self.registry = RegistryImportBox(context, self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(self._backup_box())
        layout.addWidget(self.registry)
        layout.addWidget(self._export_box())
        layout.addWidget(self._package_box())
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.registry.imported.connect(lambda _result: self.refresh())

    # -- building ------------------------------------------------------------------------------
    def _message(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555555")
        return label

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup"))
        self.backup_state = QLabel()
        self.backup_state.setObjectName("backupState")
        self.backup_state.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("&Restore a backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.backup_progress = QProgressBar()
        self.backup_progress.setObjectName("backupProgress")
        self.backup_progress.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.backup_state)
        layout.addWidget(
            self._note(
                self.tr(
                    "A backup is a copy of the whole vault, still encrypted: it opens "
                    "with your passphrase or recovery key. Keep it on a drive you keep "
                    "apart from the laptop."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.backup_progress)
        layout.addWidget(self.backup_message)
        self.backup_relay = ProgressRelay(self)
        self.backup_relay.changed.connect(self._backup_progressed)
        self.backup_button.clicked.connect(self._choose_backup)
        self.restore_button.clicked.connect(self._choose_restore)
        return box

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export"))
        self.export_format = QComboBox()
        self.export_format.setObjectName("exportFormat")
        for value, label in FORMATS:
            self.export_format.addItem(label, value)
        self.include_confidential = QCheckBox(
            self.tr("Include confidential &data (worker interviews, complainants' identities)")
        )
        self.include_confidential.setObjectName("includeConfidential")
        self.export_button = QPushButton(self.tr("&Export to a folder…"))
        self.export_button.setObjectName("exportData")
        row = QHBoxLayout()
        format_label = QLabel(self.tr("F&ormat:"))
        format_label.setBuddy(self.export_format)
        row.addWidget(format_label)
        row.addWidget(self.export_format)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(box)
        layout.addWidget(
            self._note(
                self.tr(
                    "Inspections, findings, corrective actions and complaints, for a "
                    "spreadsheet or another vault (JSON)."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.include_confidential)
        layout.addWidget(self.export_message)
        self.include_confidential.toggled.connect(self._confidential_toggled)
        self.export_button.clicked.connect(self._choose_export)
        return box

    def _package_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Evidence package"))
        self.package_inspection = QComboBox()
        self.package_inspection.setObjectName("packageInspection")
        self.package_internal = QCheckBox(
            self.tr("For the au&thority (internal report, all files)")
        )
        self.package_internal.setObjectName("packageInternal")
        self.package_button = QPushButton(self.tr("Save evidence &package…"))
        self.package_button.setObjectName("savePackage")
        row = QHBoxLayout()
        label = QLabel(self.tr("I&nspection:"))
        label.setBuddy(self.package_inspection)
        row.addWidget(label)
        row.addWidget(self.package_inspection, 1)
        row.addWidget(self.package_button)
        layout = QVBoxLayout(box)
        layout.addWidget(
            self._note(
                self.tr(
                    "The signed report, every attachment and a signed manifest, in "
                    "one file: anyone can check that nothing in it changed after signing."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.package_internal)
        layout.addWidget(self.package_message)
        self.package_button.clicked.connect(self._choose_package)
        return box

    # -- page contract -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load when the vault was last backed up and which inspections can be packaged."""
        from inspector.services.backup import backup_reminder
        from inspector.services.package import packable_inspections

        self._loads += 1
        load = self._loads
        days = self.context.settings.backup_reminder_days

        def work(session: Session) -> tuple[Any, Any]:
            return backup_reminder(session, days), packable_inspections(session)

        self.context.read(work, lambda found: self._loaded(load, *found))

    def clear(self) -> None:
        self._loads += 1
        self.registry.clear()
        self.package_inspection.clear()
        self.backup_state.clear()
        for label in (self.backup_message, self.export_message, self.package_message):
            label.clear()
        if self.question is not None:
            self.question.close()
            self.question = None

    def take_over(self, old: DataPage) -> None:
        """Keep what ``old`` held that the vault does not: the registry preview, the choices."""
        self.registry.take_over(old.registry)
        self.export_format.setCurrentIndex(old.export_format.currentIndex())
        self.include_confidential.blockSignals(True)  # the warning was answered already
        self.include_confidential.setChecked(old.include_confidential.isChecked())
        self.include_confidential.blockSignals(False)
        self.package_internal.setChecked(old.package_internal.isChecked())

    def _loaded(self, load: int, reminder: Any, packable: list[Any]) -> None:
        if load != self._loads:
            return
        if reminder.last_backup is None:
            state = self.tr("This vault has never been backed up.")
        else:
            state = self.tr("Last backup: {when}.").format(
                when=labels.moment_text(reminder.last_backup)
            )
        if reminder.due:
            state += " " + self.tr(
                "Changes made %n days ago are in no backup yet.", "", reminder.days_unsaved
            )
        self.backup_state.setText(state)
        self.backup_state.setStyleSheet("color: #b00020" if reminder.due else "")
        current = self.package_inspection.currentData()
        self.package_inspection.clear()
        for item in packable:
            self.package_inspection.addItem(
                f"{item.reference} — {item.agency_name}", item.reference
            )
        if current is not None:
            self.package_inspection.setCurrentIndex(
                max(0, self.package_inspection.findData(current))
            )
        self.package_button.setEnabled(bool(packable))

    def _say(self, where: QLabel, text: str, error: bool = False) -> None:
        where.setText(text)
        where.setStyleSheet("color: #b00020" if error else "")
        # Once the layout has placed the new text, scroll it into view.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(where))

    def _failed(self, where: QLabel, exc: BaseException) -> None:
        self.backup_progress.setVisible(False)
        self._say(where, error_text(exc), error=True)

    # -- backup and restore --------------------------------------------------------------------
    def _choose_backup(self) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the vault"),
            str(Path.home() / f"field-inspector-backup-{stamp}.zip"),
            self.tr("Backups (*.zip)"),
        )
        if path:
            self.backup_to(Path(path), overwrite=True)  # the dialog asked before replacing

    def backup_to(self, path: Path, *, overwrite: bool = False) -> None:
        from inspector.services.backup import backup_vault

        vault = self.context.vault
        if vault is None:
            return
        self.backup_button.setEnabled(False)
        self.backup_progress.setRange(0, 0)
        self.backup_progress.setVisible(True)
        self._say(self.backup_message, self.tr("Backing up…"))
        relay = self.backup_relay
        self.context.call(
            lambda: backup_vault(
                vault,
                path,
                overwrite=overwrite,
                progress=lambda done, total: relay.report("backup", done, total),
            ),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, info: Any) -> None:
        self.backup_button.setEnabled(True)
        self.backup_progress.setVisible(False)
        self._say(
            self.backup_message,
            self.tr("Backup written to {path} ({size} MB).").format(
                path=info.path, size=round(info.size / 1_000_000, 1)
            ),
        )
        self.context.changed.emit("backup")  # this page and the status bar say when

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self._failed(self.backup_message, exc)

    def _backup_progressed(self, _stage: str, done: int, total: int) -> None:
        self.backup_progress.setRange(0, max(total, 1))
        self.backup_progress.setValue(done)

    def _choose_restore(self) -> None:
        archive, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(Path.home()), self.tr("Backups (*.zip)")
        )
        if not archive:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Restore into an empty folder"), str(Path.home())
        )
        if not folder:
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Restore a backup"),
            self.tr("The passphrase the vault had when it was backed up:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and passphrase:
            self.restore_from(Path(archive), Path(folder), passphrase)

    def restore_from(self, archive: Path, folder: Path, passphrase: str) -> None:
        """Restore into a folder other than the open vault's; the vault there is checked page by
        page before it is put in place."""
        from inspector.vault.backup import restore_backup

        if folder.resolve() == self.context.folder.resolve():
            self._say(
                self.backup_message,
                self.tr(
                    "Choose another folder: this one holds the vault that is open now, and a "
                    "restore never overwrites it. Restore into an empty folder; with the app "
                    "closed, that folder can then take this one's place."
                ),
                error=True,
            )
            return
        self._say(self.backup_message, self.tr("Checking and restoring the backup…"))
        self.context.call(
            lambda: restore_backup(archive, folder, passphrase=passphrase),
            lambda restored: self._say(
                self.backup_message,
                self.tr(
                    "Restored into {folder}. Open it by starting Field Inspector with "
                    '--vault "{folder}".'
                ).format(folder=restored.folder),
            ),
            lambda exc: self._failed(self.backup_message, exc),
        )

    # -- export ------------------------------------------------------------------------------
    def _confidential_toggled(self, checked: bool) -> None:
        if not checked:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Confidential data"))
        box.setText(
            self.tr(
                "The export will hold what workers said in interviews and who the "
                "complainants are, in clear. Keep it on an encrypted drive, give it only to "
                "people entitled to see it, and delete it when done. Include it?"
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("confidentialWarning")

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                self.include_confidential.setChecked(False)
            self.question = None

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _choose_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export into a folder"), str(Path.home())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        from inspector.services.export import ExportFilter, export_records

        fmt = self.export_format.currentData()
        confidential = self.include_confidential.isChecked()
        self.export_button.setEnabled(False)
        self._say(self.export_message, self.tr("Exporting…"))

        def done(result: Any) -> None:
            self.export_button.setEnabled(True)
            total = sum(result.counts.values())
            self._say(
                self.export_message,
                self.tr("Exported %n records into {folder}.", "", total).format(folder=folder),
            )

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._failed(self.export_message, exc)

        self.context.write(
            lambda uow: export_records(
                uow, folder, fmt, ExportFilter(), include_confidential=confidential
            ),
            done,
            failed,
        )

    # -- evidence package --------------------------------------------------------------------
    def _choose_package(self) -> None:
        reference = self.package_inspection.currentData()
        if reference is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the evidence package"),
            str(Path.home() / f"{reference}-evidence.zip"),
            self.tr("Evidence packages (*.zip)"),
        )
        if path:
            self.save_package(reference, Path(path))

    def save_package(self, reference: str, path: Path) -> None:
        from inspector.services.package import create_package

        internal = self.package_internal.isChecked()

        def work(uow: Any) -> Any:
            made = create_package(uow, reference, internal=internal)
            path.write_bytes(made.content)
            return made

        self._say(self.package_message, self.tr("Making the evidence package…"))
        self.context.write(
            work,
            lambda made: self._say(
                self.package_message,
                self.tr(
                    "Evidence package of {reference} saved to {path}, with %n attachments.",
                    "",
                    made.files,
                ).format(reference=made.reference, path=path),
            ),
            lambda exc: self._failed(self.package_message, exc),
        )
