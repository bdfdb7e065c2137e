"""Help: the user guide shipped with the app (docs/user-guide.md, in the window's language when
it has one), shown in the app with its screenshots; and the About box, with the version and the
licences of Field Inspector and of the main parts it is built on."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# What the app is built on and is shipped with, and under which licence (SPDX names).
COMPONENTS = (
    ("Qt 6 / PySide6", "LGPL-3.0-only", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("SQLCipher", "BSD-3-Clause", "https://www.zetetic.net/sqlcipher/license/"),
    ("SQLite", "Public domain", "https://www.sqlite.org/copyright.html"),
    ("SQLAlchemy, Alembic", "MIT", "https://www.sqlalchemy.org/"),
    ("ReportLab", "BSD-3-Clause", "https://www.reportlab.com/"),
    ("pyHanko", "MIT", "https://github.com/MatthiasValvekens/pyHanko"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause", "https://cryptography.io/"),
    ("Pillow", "MIT-CMU", "https://python-pillow.org/"),
    ("openpyxl", "MIT", "https://openpyxl.readthedocs.io/"),
    ("HarfBuzz (uharfbuzz)", "MIT / Apache-2.0", "https://harfbuzz.github.io/"),
    ("Babel", "BSD-3-Clause", "https://babel.pocoo.org/"),
    ("httpx", "BSD-3-Clause", "https://www.python-httpx.org/"),
    ("PyYAML", "MIT", "https://pyyaml.org/"),
    ("DejaVu fonts", "Bitstream Vera / public domain", "https://dejavu-fonts.github.io/"),
    ("Noto fonts", "OFL-1.1", "https://fonts.google.com/noto"),
)


def guide_dir() -> Path:
    """Where the user guide is: inspector/user_guide in a wheel or bundle, docs/ in a checkout."""
    package = Path(__file__).resolve().parent.parent
    bundled = package / "user_guide"
    if bundled.is_dir():
        return bundled
    return package.parent / "docs"


def guide_path(language: str) -> Path:
    """The guide in ``language`` if it has been written in it, else in English."""
    folder = guide_dir()
    translated = folder / f"user-guide.{language}.md"
    return translated if language != "en" and translated.is_file() else folder / "user-guide.md"


class GuideBrowser(QTextBrowser):
    """Pictures no wider than the text: a screenshot of the whole window fits beside it."""

    MAX_WIDTH = 760

    def loadResource(self, kind: int, name: QUrl) -> Any:
        resource = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value and resource is not None:
            image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
            if not image.isNull() and image.width() > self.MAX_WIDTH:
                return image.scaledToWidth(
                    self.MAX_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            return image
        return resource


class HelpWindow(QDialog):
    """The user guide, rendered from its Markdown with its pictures; links to other parts of the
    guide stay in the window, links to the web open in the browser."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Field Inspector user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = GuideBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(True)
        path = guide_path(language)
        self.path = path
        if path.is_file():
            self.browser.setSource(
                QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
            )
        else:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation ({path}).").format(
                    path=path
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from inspector import __version__

        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Field Inspector"))
        heading = QLabel(f"<h2>Field Inspector {html.escape(__version__)}</h2>")
        heading.setObjectName("aboutVersion")
        summary = QLabel(
            self.tr(
                "Inspections of recruitment agencies, offline, on the inspector's laptop: "
                "checklists, findings, evidence and signed reports, kept in an encrypted vault."
            )
        )
        summary.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "Field Inspector is free software: you can redistribute it and modify it under "
                "the terms of the GNU General Public License, version 3 or (at your option) any "
                "later version (GPL-3.0-or-later). It comes with NO WARRANTY."
            )
        )
        licence.setWordWrap(True)
        licence.setObjectName("aboutLicence")
        parts = QTextBrowser()
        parts.setObjectName("aboutComponents")
        parts.setOpenExternalLinks(True)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(spdx)}</td>"
            f'<td><a href="{html.escape(url)}">{html.escape(url)}</a></td></tr>'
            for name, spdx, url in COMPONENTS
        )
        parts.setHtml(
            "<p>{intro}</p><table cellpadding='3'><tr><th align='left'>{part}</th>"
            "<th align='left'>{licence}</th><th></th></tr>{rows}</table><p>{qt}</p>".format(
                intro=html.escape(self.tr("Built on, and shipped with:")),
                part=html.escape(self.tr("Part")),
                licence=html.escape(self.tr("Licence")),
                rows=rows,
                qt=html.escape(self.tr("Qt version {version}.").format(version=qVersion())),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        gpl = buttons.addButton(self.tr("&GPL text"), QDialogButtonBox.ButtonRole.HelpRole)
        gpl.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl("https://www.gnu.org/licenses/gpl-3.0.html"))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(licence)
        layout.addWidget(parts, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
