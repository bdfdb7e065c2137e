"""French and Spanish wording of the window: country names from the Unicode CLDR (Babel), in the
window's language; and no two different commands with one name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from inspector.gui.i18n import install_translators


@pytest.fixture
def language() -> Iterator:  # type: ignore[type-arg]
    app = QApplication.instance() or QApplication([])
    yield lambda chosen: install_translators(app, chosen)  # type: ignore[arg-type]
    install_translators(app, "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("chosen", "germany", "nepal"),
    [("en", "Germany", "Nepal"), ("fr", "Allemagne", "Népal"), ("es", "Alemania", "Nepal")],
)
def test_countries_are_named_in_the_window_language(language, chosen, germany, nepal) -> None:  # type: ignore[no-untyped-def]
    from inspector.gui.agency_facts import country_name

    language(chosen)
    assert country_name("DE") == germany
    assert country_name("NP") == nepal
    assert country_name("XQ") == "XQ"  # no such country: the code as given


def test_completing_an_inspection_and_closing_an_interview_have_different_names(language) -> None:  # type: ignore[no-untyped-def]
    language("fr")
    complete = QCoreApplication.translate("InspectionEditor", "Co&mplete").replace("&", "")
    done = QCoreApplication.translate("InterviewDialog", "&Done").replace("&", "")
    assert complete == "Terminer"
    assert done != complete
