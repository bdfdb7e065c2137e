"""The application shell: the window's size and place are the inspector's, kept between runs and
brought back onto the screen when the screen changed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication

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
