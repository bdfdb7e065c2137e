"""The README as a newcomer follows it: every command it shows runs, after `inspector demo`, with
the exit code it documents and something to read. A command added to the README without an
example here fails the test; commands that need a server, a screen or an outside file are listed
in SKIPPED with the reason (`inspector-server` and its commands are the server's: tests/server
runs them). Also: `.ci/run` runs exactly the README's test command, and the
README's links point inside the repository."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.services.profile import set_profile
from inspector.services.uow import UnitOfWork
from inspector.vault.store import create_vault, unlock_vault
from tests.cli.test_lifecycle import CHEAP_KDF
from tests.conftest import PASSPHRASE, ROOT, run_cli

README = ROOT / "README.md"

# Command (the words after `inspector`) -> why it is not run here.
SKIPPED = {
    "": "opens the window: needs a screen (tests/gui drive it)",
    "enroll": "needs the central server (tests/server, tests/sync)",
    "sync": "needs the central server (tests/server, tests/sync)",
    "sync status": "needs an enrolled laptop (tests/sync/test_sync.py)",
    "sync quarantine": "needs records the server refused (tests/sync/test_sync.py)",
    "sync conflicts": "needs a conflict made by two devices (tests/sync/test_sync.py)",
}


@dataclass(frozen=True)
class Step:
    command: str  # as the README names it: "inspections show"
    argv: str  # a concrete use of it, with {names} from earlier steps
    code: int = 0
    capture: str | None = None  # a name for the first match of CAPTURES[name] in its output


CAPTURES = {
    "started": r"Inspection (INS-\S+) started",
    "action": r"action ([0-9a-f]{8})",
    "report_id": r"^([0-9a-f-]{36}) ",
}

# In order: each step may use what an earlier one printed. `demo` ran before the first.
STEPS = [
    Step("--version", "--version"),
    Step("demo", "demo"),  # the second time: nothing added, and it says so
    Step("check", "check"),
    Step("audit verify", "audit verify"),
    Step("status", "status"),
    Step("agencies list", "agencies list --vault {vault}"),
    Step("agencies import", "agencies import {csv}"),
    Step("inspections list", "inspections list --status locked"),
    Step("inspections show", "inspections show {locked} --lang fr"),
    Step("inspections start", "inspections start NP-RA-01000 --team 'Asha Rai'", capture="started"),
    Step("inspections questions", "inspections questions {started} --missing"),
    Step("inspections answer", "inspections answer {started} contract_substitution no"),
    Step("inspections add-entry", "inspections add-entry {started} fee_payments"),
    Step(
        "findings add",
        "findings add {started} --severity minor --title 'No fee notice' "
        "--action 'Post the fee schedule'",
    ),
    Step("inspections reopen", "inspections reopen {completed} --reason 'a receipt was missed'"),
    Step("inspections complete", "inspections complete {completed}"),
    Step("inspections lock", "inspections lock {completed}"),
    Step("findings list", "findings list {locked}", capture="action"),
    Step("actions done", "actions done {action} --verification 'seen on the visit'"),
    Step("forms check", "forms check"),
    Step("forms versions", "forms versions"),
    Step("forms import-xlsform", "forms import-xlsform {xlsx} -o {tmp}/converted.yaml"),
    Step("profile", "profile --address 'Tahachal, Kathmandu' --time-zone Asia/Kathmandu"),
    Step("cert create", "cert create"),
    Step("cert show", "cert show --pem"),
    Step("report", "report {locked} -o {tmp}/report.pdf --lang fr"),
    Step("reports list", "reports list {locked}", capture="report_id"),
    Step("reports export", "reports export {report_id} -o {tmp}/again.pdf"),
    Step("verify", "verify {tmp}/report.pdf --trust {pem}"),
    Step("package", "package {locked} -o {tmp}/package.zip"),
    Step("verify", "verify {tmp}/package.zip --trust {pem}"),
    Step("export", "export --format json --include-confidential -o {tmp}/export"),
    Step("import-json", "import-json {tmp}/export"),
    Step("backup", "backup -o {tmp}/vault-backup.zip"),
    Step("restore", "restore {tmp}/vault-backup.zip --vault {tmp}/restored"),
    Step("inspections amend", "inspections amend {locked} --reason 'wrong licence number'"),
    Step("cert import", "cert import {p12} --password-file {p12_password} --replace"),
    Step("passwd", "passwd"),
    Step("passwd --recovery", "passwd --recovery"),
    Step("rekey", "rekey"),  # last: the recovery key the steps above use is replaced
]
SUBPROCESS = {"selfcheck": "selfcheck"}  # loads Qt and its plugins: kept out of this process


def _spans(text: str) -> Iterator[str]:
    """Every `inspector ...` the README shows, in prose, tables and shell blocks. In the command
    table a cell may name two: `inspector reports list REF` / `reports export ID`."""
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for part in re.split(r"&&|\n", block):
            if re.match(r"(\.venv/bin/)?inspector(\s|$)", part.strip()):
                yield part.strip().removeprefix(".venv/bin/")
    for line in text.splitlines():
        if line.startswith("| `inspector"):
            first, *more = re.findall(r"`([^`\n]+)`", line.split(" | ")[0])
            group = ([*first.split(), ""])[1]
            for cell in more:
                yield (
                    f"inspector {cell}"
                    if cell.split()[0] == group
                    else (f"inspector {group} {cell}")
                )
        for cell in re.findall(r"`([^`\n]+)`", line):
            if re.match(r"inspector( |$)", cell):
                yield cell


def command_of(span: str) -> str:
    """The command words of a span: `inspector cert import FILE.p12 [...]` -> `cert import`."""
    words = span.split()[1:]
    if words and words[0].startswith("--"):
        return words[0]
    command = []
    for word in words:
        if not re.fullmatch(r"[a-z][a-z-]*", word):
            break
        command.append(word)
    if command == ["passwd"] and words[1:2] == ["--recovery"]:
        return "passwd --recovery"
    return " ".join(command)


def test_readme_commands_are_found() -> None:
    commands = {command_of(span) for span in _spans(README.read_text("utf-8"))}
    assert {"", "--version", "demo", "init", "agencies list", "reports export"} <= commands
    assert command_of('inspector agencies list --search "himalayan kath"') == "agencies list"


@pytest.fixture
def demo_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    """A vault as `inspector init --name "Asha Rai"` makes it (Argon2id at its lowest cost: every
    step unlocks it), with the recovery key."""
    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    with created.vault as vault, UnitOfWork(vault) as uow:
        set_profile(uow, "Asha Rai", authority="Department of Labour")
    monkeypatch.setenv("INSPECTOR_VAULT", str(folder))
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    yield folder, created.recovery_key


def _inputs(tmp_path: Path) -> dict[str, str]:
    from tests.checklists.test_xlsform import SIMPLE, make_workbook
    from tests.cli.test_reports_cli import _ca_and_p12

    csv = tmp_path / "registry.csv"
    csv.write_text("Licence No,Name of agency,Country\nNP-RA-09999,Kanchan Overseas,NP\n", "utf-8")
    p12, _ca = _ca_and_p12(tmp_path, "p12 secret")
    (tmp_path / "p12-password").write_text("p12 secret\n")
    return {
        "csv": str(csv),
        "xlsx": str(make_workbook(tmp_path / "survey.xlsx", SIMPLE)),
        "p12": str(p12),
        "p12_password": str(tmp_path / "p12-password"),
        "pem": str(tmp_path / "inspector.pem"),
        "tmp": str(tmp_path),
    }


def test_every_readme_command_runs_after_the_demo(
    demo_folder: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, recovery_key = demo_folder
    spans = list(_spans(README.read_text("utf-8")))
    readme = {command_of(span) for span in spans}
    covered = {step.command for step in STEPS} | set(SUBPROCESS) | set(SKIPPED) | {"init"}
    missing = sorted(set(readme) - covered)
    assert not missing, f"README commands without an example in {__file__}: {missing}"

    def run(argv: list[str], code: int = 0) -> str:
        try:
            returned = main(argv)
        except SystemExit as exit:  # argparse's own: --version, --help, a usage error
            returned = int(exit.code or 0)
        out, err = capsys.readouterr()
        assert returned == code, (argv, out, err)
        assert out.strip(), (argv, "printed nothing", err)
        return out

    # Quick start: `inspector demo` leaves the inspector's profile as `init --name` set it.
    assert run(["demo"]).startswith("Added invented demo data: 40 agencies, 9 inspections")
    with unlock_vault(folder, PASSPHRASE) as vault, vault.reading() as session:
        from inspector.services.profile import get_profile

        profile = get_profile(session)
        assert profile is not None and profile.name == "Asha Rai"
    # The README's own example finds what it promises.
    example = next(s for s in spans if "--search" in s and "[" not in s)
    assert "Himalayan Overseas Employment" in run(shlex.split(example)[1:])

    rows = json.loads(run(["inspections", "list", "--json"]))
    values = {
        "vault": str(folder),
        "locked": next(r["reference"] for r in rows if r["status"] == "locked"),
        "completed": next(r["reference"] for r in rows if r["status"] == "completed"),
        **_inputs(tmp_path),
    }
    monkeypatch.setenv("INSPECTOR_NEW_PASSPHRASE", PASSPHRASE + " new")
    for step in STEPS:
        if step.command == "demo":
            assert "nothing was added" in run(["demo"])
            continue
        if step.command == "passwd --recovery":
            monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE + " new")
            monkeypatch.setenv("INSPECTOR_RECOVERY_KEY", recovery_key)
            monkeypatch.setenv("INSPECTOR_NEW_PASSPHRASE", PASSPHRASE)
        if step.command == "rekey":  # after `passwd --recovery` set the first one again
            monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
        out = run(shlex.split(step.argv.format(**values)), step.code)
        if step.command == "cert show":
            Path(values["pem"]).write_text(out)
        if step.capture:
            found = re.search(CAPTURES[step.capture], out, re.M)
            assert found, (step, out)
            values[step.capture] = found.group(1)
    with unlock_vault(folder, PASSPHRASE) as vault:
        vault.close()  # `passwd --recovery` set the first passphrase again

    for command, argv in SUBPROCESS.items():
        result = run_cli(*shlex.split(argv))
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        assert result.stdout.strip()


def test_init_as_the_readme_shows_it(tmp_path: Path) -> None:
    result = run_cli(
        "init", "--name", "Asha Rai",
        env={"INSPECTOR_VAULT": str(tmp_path / "v"), "INSPECTOR_PASSPHRASE": PASSPHRASE},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Recovery key" in result.stdout


def test_ci_runs_exactly_the_readme_test_command() -> None:
    text = README.read_text("utf-8")
    section = text.split("**Run the whole test suite**", 1)[1]
    command = re.search(r"```sh\n(.*?)\n```", section, re.S)
    assert command is not None
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert command.group(1) in ci
    assert command.group(1).startswith("scripts/test-deps && ")
    assert (ROOT / "scripts" / "test-deps").stat().st_mode & 0o111


def test_readme_links_stay_inside_the_repository() -> None:
    text = README.read_text("utf-8")
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
        if re.match(r"[a-z]+://", target):
            continue
        path = (ROOT / target).resolve()
        assert path.is_relative_to(ROOT), f"README links outside the repository: {target}"
        assert path.exists(), f"README links to a missing file: {target}"
