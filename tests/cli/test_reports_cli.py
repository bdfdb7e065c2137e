"""The report, reports, verify and cert commands, run as a user would."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import text

from inspector.vault.store import unlock_vault, vault_files
from inspector.vault.tables import AuditEvent, Report, SigningIdentity
from tests.conftest import PASSPHRASE, run_cli
from tests.reports.fixtures import DemoVault


def _cli(demo: DemoVault, passphrase_file: Path, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return run_cli(
        "--vault", str(demo.folder), "--passphrase-file", str(passphrase_file), *args, **kwargs
    )


def test_report_is_stored_with_the_hash_of_the_file_and_audited(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    made = _cli(demo, passphrase_file, "report", demo.routine, "-o", str(out))
    assert made.returncode == 0, made.stderr
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest in made.stdout

    listed = _cli(demo, passphrase_file, "reports", "list", demo.routine)
    assert listed.returncode == 0 and digest in listed.stdout
    shown = _cli(demo, passphrase_file, "inspections", "show", demo.routine)
    assert "Signed reports" in shown.stdout and digest in shown.stdout

    with unlock_vault(demo.folder, PASSPHRASE) as vault, vault.reading() as session:
        report = session.query(Report).one()
        assert report.sha256 == digest and report.content == out.read_bytes()
        events = session.query(AuditEvent).filter_by(action="report.created").all()
        assert [e.details["sha256"] for e in events] == [digest]
    again = _cli(demo, passphrase_file, "report", demo.routine, "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr

    exported = tmp_path / "exported.pdf"
    result = _cli(demo, passphrase_file, "reports", "export", str(report.id), "-o", str(exported))
    assert result.returncode == 0 and exported.read_bytes() == out.read_bytes()


def test_a_stored_report_never_changes(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    assert (
        _cli(
            demo, passphrase_file, "report", demo.routine, "-o", str(tmp_path / "r.pdf")
        ).returncode
        == 0
    )
    with unlock_vault(demo.folder, PASSPHRASE) as vault, vault.engine.connect() as conn:
        for statement in ("UPDATE report SET language = 'fr'", "DELETE FROM report"):
            try:
                conn.execute(text(statement))
            except Exception as exc:  # the trigger's abort
                assert "never changes" in str(exc)
            else:
                raise AssertionError(statement + " was allowed")


def test_an_unlocked_inspection_is_refused_with_a_clear_message(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    result = _cli(demo, passphrase_file, "report", demo.unlocked, "-o", str(out))
    assert result.returncode == 1
    assert "only a locked inspection can be reported" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_cert_create_refuses_a_second_without_replace_and_show_prints_pem(
    demo: DemoVault, passphrase_file: Path
) -> None:
    shown = _cli(demo, passphrase_file, "cert", "show")
    assert shown.returncode == 0 and "CN=Demo Inspector" in shown.stdout
    again = _cli(demo, passphrase_file, "cert", "create")
    assert again.returncode == 1 and "--replace" in again.stderr
    replaced = _cli(demo, passphrase_file, "cert", "create", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    pem = _cli(demo, passphrase_file, "cert", "show", "--pem")
    assert pem.stdout.startswith("-----BEGIN CERTIFICATE-----")
    assert "PRIVATE" not in pem.stdout


def test_the_private_key_is_never_on_disk_in_clear(demo: DemoVault) -> None:
    with unlock_vault(demo.folder, PASSPHRASE) as vault, vault.reading() as session:
        key = session.query(SigningIdentity).one().private_key
    assert len(key) > 1000
    for path in vault_files(demo.folder):
        raw = path.read_bytes()
        assert key[100:140] not in raw, path


def _usage(*, ca: bool = False, non_repudiation: bool = False) -> Any:
    from cryptography import x509

    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _ca_and_p12(tmp_path: Path, password: str, non_repudiation: bool = True) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ministry Test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=900))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    ca_public = ca_key.public_key()
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Inspector Ana Lima")]))
        .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
        .add_extension(_usage(non_repudiation=non_repudiation), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_public), False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    p12 = tmp_path / "inspector.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ana", key, leaf, [ca], serialization.BestAvailableEncryption(password.encode())
        )
    )
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, ca_pem


def test_imported_certificate_signs_reports_trusted_through_the_ca(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    password = "p12 secret 4711"
    p12, ca_pem = _ca_and_p12(tmp_path, password)
    password_file = tmp_path / "p12-password"
    password_file.write_text(password + "\n")

    wrong = tmp_path / "wrong"
    wrong.write_text("not it\n")
    refused = _cli(
        demo,
        passphrase_file,
        "cert",
        "import",
        str(p12),
        "--password-file",
        str(wrong),
        "--replace",
    )
    assert refused.returncode == 1 and "wrong password" in refused.stderr
    assert "not it" not in refused.stderr + refused.stdout

    imported = _cli(
        demo,
        passphrase_file,
        "cert",
        "import",
        str(p12),
        "--password-file",
        str(password_file),
        "--replace",
    )
    assert imported.returncode == 0, imported.stderr
    assert "Inspector Ana Lima" in imported.stdout and password not in imported.stdout

    out = tmp_path / "report.pdf"
    # The profile names the inspector otherwise: refused, naming both and what to do.
    refused = _cli(demo, passphrase_file, "report", demo.routine, "-o", str(out))
    assert refused.returncode == 1 and not out.exists()
    assert "'Demo Inspector'" in refused.stderr and "'Inspector Ana Lima'" in refused.stderr
    assert "inspector profile --name 'Inspector Ana Lima'" in refused.stderr
    renamed = _cli(demo, passphrase_file, "profile", "--name", "Inspector Ana Lima")
    assert renamed.returncode == 0, renamed.stderr
    assert _cli(demo, passphrase_file, "report", demo.routine, "-o", str(out)).returncode == 0
    trusted = run_cli("verify", str(out), "--trust", str(ca_pem))
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert "Inspector Ana Lima" in trusted.stdout and "Trusted: yes" in trusted.stdout
    untrusted = run_cli("verify", str(out))
    assert untrusted.returncode == 9


def test_a_certificate_without_non_repudiation_is_refused(
    demo: DemoVault, passphrase_file: Path, tmp_path: Path
) -> None:
    p12, _ca = _ca_and_p12(tmp_path, "pw", non_repudiation=False)
    result = _cli(
        demo,
        passphrase_file,
        "cert",
        "import",
        str(p12),
        "--replace",
        env={"INSPECTOR_P12_PASSWORD": "pw"},
    )
    assert result.returncode == 1 and "non-repudiation" in result.stderr


def test_report_without_a_certificate_names_the_commands(
    vault_folder: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "--vault", str(vault_folder), "--passphrase-file", str(passphrase_file),
        "cert", "show",
    )  # fmt: skip
    assert result.returncode == 3 and "inspector cert create" in result.stderr
