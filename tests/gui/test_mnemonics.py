"""No two controls of a view answer the same Alt key, and no "&" shows as a character: every page
of the window (with its menu bar), the inspection editor and every dialog, in each language.

A clash makes Alt+key land on whichever control Qt meets first; a label whose "&" has no buddy
shows the "&" itself ("&Save as:")."""

from __future__ import annotations

import importlib.util
import pkgutil
import re
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

from inspector.gui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_idle
from tests.services.test_dashboard import demo_template

ROOT = Path(__file__).resolve().parents[2]
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def load_tour() -> ModuleType:
    """packaging/tour.py (``packaging`` is also a PyPI package's name: load it by path)."""
    spec = importlib.util.spec_from_file_location("inspector_tour", ROOT / "packaging" / "tour.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isEnabled()


def mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Each Alt key in ``top`` and the texts that claim it (visible controls only)."""
    found: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        for key in _MNEMONIC.findall(text):
            found[key.lower()].append(text)

    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not _shown(widget, top):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            claim(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                claim(action.text())
    return found


def stray_ampersands(top: QWidget) -> list[str]:
    """Labels that show an "&" as a character: a mnemonic with no control to go to."""
    return [
        label.text()
        for label in top.findChildren(QLabel)
        if _shown(label, top)
        and label.buddy() is None
        and label.textFormat().name != "RichText"
        and _MNEMONIC.search(label.text())
        and not label.text().lstrip().startswith("<")
    ]


def clashes(top: QWidget) -> list[str]:
    return [
        f"Alt+{key.upper()}: {' | '.join(texts)}"
        for key, texts in mnemonics(top).items()
        if len(texts) > 1
    ] + [f"'&' shown as text: {text}" for text in stray_ampersands(top)]


@pytest.fixture(params=["en", "fr", "es"])
def demo_window(request, qtbot, template_vault, tmp_path_factory, tmp_path) -> Iterator:  # type: ignore[no-untyped-def]
    from inspector.gui.context import AppContext
    from inspector.gui.i18n import install_translators
    from inspector.settings import Settings
    from inspector.vault.store import unlock_vault

    language = request.param
    app = QApplication.instance()
    install_translators(app, language)  # type: ignore[arg-type]
    folder = tmp_path / "demo"
    shutil.copytree(demo_template(template_vault, tmp_path_factory), folder)
    context = AppContext(folder, Settings(language=language))
    context.open(unlock_vault(folder, PASSPHRASE))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window._open_workspace()
    yield window
    context.close_vault()
    install_translators(app, "en")  # type: ignore[arg-type]


def test_no_page_has_two_controls_on_one_alt_key(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    found = {}
    for name in load_tour().PAGES:
        window.workspace.show_page(name)
        wait_idle(qtbot, window.context)
        found[name] = clashes(window)
    rows = load_tour().demo_records(window)
    editor = window.workspace.open_inspection(rows["in_progress"].id)
    qtbot.waitUntil(lambda: editor.form_view is not None, timeout=20_000)
    wait_idle(qtbot, window.context)
    found["editor"] = clashes(window)
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_no_dialog_has_two_controls_on_one_alt_key(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    found = {}
    for name, make in load_tour().dialogs(window):
        dialog = make()
        dialog.show()
        wait_idle(qtbot, window.context)
        found[name] = clashes(dialog)
        dialog.close()
        dialog.deleteLater()
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_the_tour_opens_every_dialog_class(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """A dialog added to the app is checked above only once the tour opens it."""
    import inspector.gui

    for module in pkgutil.walk_packages(inspector.gui.__path__, "inspector.gui."):
        importlib.import_module(module.name)

    def subclasses(cls: type) -> set[type]:
        return {c for sub in cls.__subclasses__() for c in (sub, *subclasses(sub))}

    ours = {c for c in subclasses(QDialog) if c.__module__.startswith("inspector.gui.")}
    opened = set()
    for _name, make in load_tour().dialogs(demo_window):
        dialog = make()
        opened.add(type(dialog))
        dialog.deleteLater()
    assert sorted(c.__qualname__ for c in ours - opened) == []


def test_an_enrolled_laptops_settings_have_no_two_controls_on_one_alt_key(  # type: ignore[no-untyped-def]
    qtbot, demo_window
) -> None:
    """Once enrolled, the enrolment form gives way to "Enrol again" and "Sync details" (shown
    as the box shows them for an enrolled laptop; the demo vault is not enrolled)."""
    window = demo_window
    page = window.workspace.show_page("settings")
    wait_idle(qtbot, window.context)
    box = page.sync_box
    box.form.setVisible(False)
    box.enrol_again.setVisible(True)
    box.details.setVisible(True)
    assert clashes(window) == []
