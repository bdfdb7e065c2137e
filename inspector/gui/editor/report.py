"""Making the signed report of a locked inspection from the editor: language, paper, the
internal variant only when asked for (with a warning), and where to save the PDF. Building and
signing run off the GUI thread; the signed file is also kept in the vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

if TYPE_CHECKING:
    from inspector.gui.context import AppContext


class ReportDialog(QDialog):
    def __init__(self, context: AppContext, reference: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signed report of {reference}").format(reference=reference))
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for label, code in (("English", "en"), ("Français", "fr"), ("Español", "es")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.paper = QComboBox()
        self.paper.setObjectName("reportPaper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.internal = QCheckBox(self.tr("&Internal version for the authority (confidential)"))
        self.internal.setObjectName("reportInternal")
        self.warning = QLabel(
            self.tr("The internal version may include confidential annexes. Never give it to "
                    "the agency.")
        )  # fmt: skip
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020")
        self.warning.setVisible(False)
        self.internal.toggled.connect(self.warning.setVisible)
        self.path = QLineEdit(str(Path.home() / f"{reference}.pdf"))
        self.path.setObjectName("reportPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("reportOk")
        self.ok.setText(self.tr("&Make and sign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow("", self.internal)
        form.addRow("", self.warning)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path)  # a row holding a layout gets no buddy of its own
        form.addRow(save_as, row)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")
