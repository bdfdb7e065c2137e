"""Running the server as an administrator does: HTTPS from a certificate file, per-device rate
limits, and the admin commands as a ministry's IT office types them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.serverkit import enrol, fresh_postgres_database, seed_ministry, start_server


def _tls_files(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    import ipaddress

    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_file, key_file = folder / "tls.pem", folder / "tls.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                          serialization.NoEncryption())
    )  # fmt: skip
    key_file.chmod(0o600)
    return cert_file, key_file


def test_the_server_serves_https_from_a_certificate_file(tmp_path: Path) -> None:
    import ssl

    from tests import serverkit

    cert, key = _tls_files(tmp_path)
    port = serverkit.free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "inspector.server.cli", "serve", "--data-dir", str(tmp_path / "d"),
         "--port", str(port), "--tls-cert", str(cert), "--tls-key", str(key)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        context = ssl.create_default_context(cafile=str(cert))
        url = f"https://127.0.0.1:{port}/api/v1/hello"
        for _attempt in range(300):
            try:
                answer = httpx.get(url, verify=context, timeout=2)
                break
            except httpx.ConnectError:
                if process.poll() is not None:
                    pytest.fail(process.stderr.read().decode() if process.stderr else "")
                import time

                time.sleep(0.1)
        assert answer.status_code == 200 and answer.json()["api_version"] == 1
        # A client that does not trust the certificate is refused by TLS, not served.
        with pytest.raises(httpx.ConnectError):
            httpx.get(url, timeout=5)
        # Plain HTTP on the TLS port is never answered with data.
        try:
            plain = httpx.get(f"http://127.0.0.1:{port}/api/v1/hello", timeout=5)
            assert plain.status_code != 200
        except httpx.RemoteProtocolError:
            pass  # the server dropped it
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_device_past_its_rate_is_asked_to_wait(tmp_path: Path) -> None:
    with fresh_postgres_database() as url:
        server = start_server(tmp_path / "s", url, extra_args=["--rate", "1", "--burst", "3"])
        try:
            seed_ministry(server, agencies=1)
            device = enrol(server, "asha")
            answers = [device.get("/changes") for _ in range(6)]
            limited = [a for a in answers if a.status_code == 429]
            assert limited and limited[0].json()["error"] == "rate_limited"
            assert int(limited[0].headers["Retry-After"]) >= 1
            # Another device is not slowed down by this one.
            other = enrol(server, "bikram")
            assert other.get("/changes").status_code == 200
        finally:
            server.stop()


def run_server(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspector.server.cli", *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_admin_commands_run_a_ministry(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert run_server("admin", *data, "jurisdiction-add", "NP-BAG", "Bagmati",
                      "--country", "NP").returncode == 0  # fmt: skip
    assert run_server("admin", *data, "jurisdiction-add", "QA-DOH", "Embassy in Doha",
                      "--kind", "consular-post").returncode == 0  # fmt: skip
    again = run_server("admin", *data, "jurisdiction-add", "NP-BAG", "Bagmati")
    assert again.returncode == 1 and "already exists" in again.stderr
    made = run_server("admin", *data, "account-add", "asha", "--name", "Asha Rai",
                      "--role", "inspector", "--jurisdiction", "NP-BAG")  # fmt: skip
    assert made.returncode == 0, made.stderr
    wrong = run_server("admin", *data, "account-add", "leila", "--name", "Leila",
                       "--role", "consular-official", "--jurisdiction", "NP-BAG")  # fmt: skip
    assert wrong.returncode == 1 and "consular post" in wrong.stderr
    registry = tmp_path / "registry.csv"
    registry.write_text(
        "licence_number,name,country,city\nNP-RA-1,Everest Manpower,NP,Kathmandu\n"
        "NP-RA-2,,NP,Pokhara\n",
        encoding="utf-8",
    )
    imported = run_server("admin", *data, "import-agencies", str(registry),
                          "--jurisdiction", "NP-BAG")  # fmt: skip
    assert imported.returncode == 0
    assert "1 new" in imported.stdout and "line 3" in imported.stdout  # the laptop's messages
    from inspector.checklists.library import shipped_form_files

    form = next(p for p in shipped_form_files() if "agency-inspection" in p.name)
    published = run_server("admin", *data, "publish-form", str(form))
    assert published.returncode == 0 and "published" in published.stdout
    assigned = run_server("admin", *data, "assign", "asha", "NP-RA-1", "--due", "2027-01-15")
    assert assigned.returncode == 0 and "next sync" in assigned.stdout
    code = run_server("admin", *data, "enrolment-code", "asha", "--days", "2")
    assert code.returncode == 0 and "one use" in code.stdout
    assert run_server("admin", *data, "devices").stdout.strip() == "No devices enrolled."
    assert "Nothing has arrived" in run_server("admin", *data, "arrivals").stdout
    missing = run_server("admin", *data, "revoke", "00000000-0000-0000-0000-000000000000")
    assert missing.returncode == 3 and "no device" in missing.stderr


def test_the_readmes_trial_server_starts_with_a_demo_ministry(tmp_path: Path) -> None:
    """`inspector-server serve --data-dir DIR --demo`: codes printed, then a server answering."""
    from tests import serverkit

    port = serverkit.free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "inspector.server.cli", "serve", "--data-dir", str(tmp_path),
         "--port", str(port), "--demo"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        lines = [process.stdout.readline() for _ in range(6)] if process.stdout else []
        codes = [line.split(": ")[1].strip() for line in lines if "Enrolment code" in line]
        assert len(codes) == 3, lines
        console = [line for line in lines if "Web console" in line]
        assert console and "password" in console[0]
        import time

        for _attempt in range(300):
            try:
                hello = httpx.get(f"http://127.0.0.1:{port}/api/v1/hello", timeout=2)
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert hello.json()["name"]
        from tests.serverkit import make_csr

        _key, csr = make_csr()
        enrolled = httpx.post(f"http://127.0.0.1:{port}/api/v1/enroll",
                              json={"code": codes[0], "csr_pem": csr}, timeout=30)  # fmt: skip
        assert enrolled.status_code == 200 and enrolled.json()["account"]["name"] == "Asha Rai"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_unexpected_fault_is_answered_plainly_and_logged_without_data(tmp_path: Path) -> None:
    """A real fault (the blob folder replaced by a file): the laptop gets the protocol's error
    shape, the server's log names the error's type and nothing of what was sent."""
    import hashlib
    import shutil

    server = start_server(tmp_path / "s")
    try:
        seed_ministry(server, agencies=1)
        device = enrol(server, "asha")
        secret = b"Worker W-7Q2 paid 4,000 USD to Everest Manpower"
        shutil.rmtree(tmp_path / "s" / "blobs")
        (tmp_path / "s" / "blobs").write_bytes(b"not a folder")
        sha = hashlib.sha256(secret).hexdigest()
        answer = device.put(f"/blobs/{sha}", params={"offset": 0, "size": len(secret)},
                            content=secret)  # fmt: skip
        assert answer.status_code == 500 and answer.json()["error"] == "server_error"
    finally:
        server.stop()
    log = server.process.stderr.read().decode() if server.process.stderr else ""
    assert "unexpected" in log
    assert "Traceback" not in log and "W-7Q2" not in log and sha not in log
