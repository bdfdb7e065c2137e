"""The application shell: the window's size and place are the inspector's, kept between runs and
brought back onto the screen when the screen changed."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser

from inspector.gui.i18n import install_translators
from inspector.gui.main_window import MainWindow


def _window(qtbot, context) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_opens_where_the_inspector_left_it(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    first = _window(qtbot, context)
    first.resize(700, 500)
    first.move(40, 30)
    qtbot.waitUntil(lambda: first.pos() == QPoint(40, 30))
    first.close()

    again = _window(qtbot, context)
    assert again.size() == QSize(700, 500)
    assert again.pos() == QPoint(40, 30)


def test_a_window_left_off_screen_comes_back_onto_it(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    first = _window(qtbot, context)
    first.resize(5000, 4000)  # a larger screen than this one, since unplugged
    first.move(9000, 9000)
    first.close()

    again = _window(qtbot, context)
    space = QGuiApplication.primaryScreen().availableGeometry()
    assert space.contains(again.frameGeometry().center())
    assert again.width() <= space.width() and again.height() <= space.height()


def test_the_first_window_fits_the_screen(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, context)
    space = QGuiApplication.primaryScreen().availableGeometry()
    assert space.contains(window.frameGeometry())


# -- menus, help, about, status bar ------------------------------------------------------------


def _titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_the_menu_bar_reaches_every_command(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    from inspector.gui.inspections import StartInspectionDialog

    assert _titles(window) == ["File", "Inspection", "View", "Help"]
    view = window.menuBar().actions()[2].menu()
    assert [a.text().replace("&", "") for a in view.actions()] == [
        "Dashboard", "Agencies", "Inspections", "Complaints", "Data", "Settings"
    ]  # fmt: skip
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.state() == {"page": "data"}
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(StartInspectionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()

    window.lock()  # locked: only Help and Quit work
    assert not window.shell.new_inspection_action.isEnabled()
    assert not window.shell.page_actions["data"].isEnabled()
    assert window.shell.help_action.isEnabled()
    assert window.statusBar().findChild(QLabel, "statusVault").text() == "Locked"


def test_f1_opens_the_user_guide_in_the_window_language(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.shell.help_window
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "The first start: your vault" in text  # rendered Markdown, not its source
    assert "## " not in text
    # Every picture it shows is there, and no wider than the text beside it.
    pictures = re.findall(r"\((screenshots/[\w.-]+\.png)\)", guide.path.read_text("utf-8"))
    assert len(pictures) >= 10
    for picture in pictures:
        image = guide.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(picture)
        )
        assert isinstance(image, QImage) and not image.isNull(), picture
        assert image.width() <= guide.browser.MAX_WIDTH
    guide.close()

    context.settings.language = "fr"
    try:
        context.save_settings()  # the window follows: menus and guide in French
        assert _titles(window) == ["Fichier", "Inspection", "Affichage", "Aide"]
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert "Le premier démarrage" in window.shell.help_window.browser.toPlainText()
    finally:
        context.settings.language = ""
        install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_about_names_the_version_and_the_licences(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from inspector import __version__

    about = window.shell.show_about()
    shown = " ".join(label.text() for label in about.findChildren(QLabel))
    shown += about.findChild(QTextBrowser, "aboutComponents").toPlainText()
    assert __version__ in shown
    assert "GPL-3.0-or-later" in shown
    for part, licence in (("PySide6", "LGPL"), ("SQLCipher", "BSD"), ("ReportLab", "BSD"),
                          ("pyHanko", "MIT")):  # fmt: skip
        assert part in shown and licence in shown


def test_the_status_bar_names_the_vault_and_the_last_backup(
    qtbot, window, context, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tests.gui.conftest import wait_idle

    bar = window.statusBar()
    vault = bar.findChild(QLabel, "statusVault")
    backup = bar.findChild(QLabel, "statusBackup")
    wait_idle(qtbot, context)
    assert vault.text() == f"Vault: {context.folder.name}"
    assert backup.text() == "Last backup: never"
    page = window.workspace.show_page("data")
    page.backup_to(tmp_path / "backup.zip")
    wait_idle(qtbot, context)
    from inspector.gui.labels import date_text

    qtbot.waitUntil(lambda: date_text(dt.date.today()) in backup.text(), timeout=10_000)
