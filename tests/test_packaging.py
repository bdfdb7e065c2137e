"""The wheel carries everything the app needs at run time: every package, the migrations and
the shipped checklists from forms/."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"
    ])  # fmt: skip
    on_disk = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "inspector").rglob("*")
        if folder.is_dir() and any(folder.glob("*.py")) and "__pycache__" not in folder.parts
    } | {"inspector"}
    data_only = {"inspector.shipped_forms", "inspector.resources", "inspector.user_guide"}
    assert on_disk | data_only == listed


@pytest.mark.slow
def test_the_wheel_holds_the_checklists_and_runs_them_outside_the_source_tree(
    tmp_path: Path,
) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(p.name for p in (ROOT / "forms").glob("*.yaml"))
    assert sorted(n.rsplit("/", 1)[1] for n in names if "shipped_forms/" in n) == shipped
    assert any(n.endswith("versions/0001_initial_schema.py") for n in names)
    fonts = sorted(p.name for p in (ROOT / "resources" / "fonts").iterdir())
    assert sorted(n.rsplit("/", 1)[1] for n in names if "inspector/resources/fonts/" in n) == fonts
    icons = sorted(p.name for p in (ROOT / "resources" / "icons").iterdir())
    assert sorted(n.rsplit("/", 1)[1] for n in names if "inspector/resources/icons/" in n) == icons
    assert {"inspector/locale/fr/LC_MESSAGES/inspector.mo", "inspector/locale/es/LC_MESSAGES/"
            "inspector.mo"} <= set(names)  # fmt: skip
    # Help > User guide: the guide in English and French with every picture it shows, and
    # nothing else of docs/.
    guide = {n.removeprefix("inspector/user_guide/") for n in names if "/user_guide/" in n}
    pictures = {
        "screenshots/" + name
        for page in ("user-guide.md", "user-guide.fr.md")
        for name in re.findall(r"screenshots/([\w.-]+\.png)", (ROOT / "docs" / page).read_text())
    }
    assert {"user-guide.md", "user-guide.fr.md"} | pictures <= guide
    assert not {n for n in guide if not n.startswith(("user-guide", "screenshots/"))}

    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = (
        "import inspector; from inspector.checklists.library import shipped_forms, "
        "shipped_forms_dir; from inspector.reports.fonts import fonts_dir; "
        "print(inspector.__file__); print(shipped_forms_dir()); print(fonts_dir()); "
        "print(len(shipped_forms()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module, forms_dir, fonts_dir, count = result.stdout.split()
    assert module.startswith(str(unpacked)) and forms_dir.startswith(str(unpacked))
    assert fonts_dir.startswith(str(unpacked))
    assert int(count) == len(shipped)
