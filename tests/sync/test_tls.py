"""A server on https with a certificate from the authority's own CA: the laptop verifies it,
refuses it when it does not know that CA, and enrols (then syncs) when given it."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from inspector.errors import SyncError
from inspector.services.sync import enrol, sync_now
from tests.serverkit import RunningServer, enrolment_code, free_port, seed_ministry
from tests.sync.conftest import FAST, Laptop


def _tls_files(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a certificate for 127.0.0.1 issued by it (PEM files)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ministry TLS CA (test)")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(
            ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    pem = serialization.Encoding.PEM
    paths = folder / "tls-ca.pem", folder / "tls-cert.pem", folder / "tls-key.pem"
    paths[0].write_bytes(ca.public_bytes(pem))
    paths[1].write_bytes(cert.public_bytes(pem))
    paths[2].write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, Path]]:
    import ssl

    folder = tmp_path_factory.mktemp("tls")
    ca, cert, key = _tls_files(folder)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "INSPECTOR_SERVER_DB"}
    process = subprocess.Popen(
        [sys.executable, "-m", "inspector.server.cli", "serve", "--data-dir",
         str(folder / "data"), "--host", "127.0.0.1", "--port", str(port),
         "--tls-cert", str(cert), "--tls-key", str(key)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    server = RunningServer(f"https://127.0.0.1:{port}", folder / "data", None, process)
    try:
        trust = ssl.create_default_context(cafile=str(ca))
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "the server stopped at start"
            try:
                if httpx.get(f"{server.api}/hello", verify=trust, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the server did not answer in time"
                time.sleep(0.1)
        seed_ministry(server, agencies=2)
        yield server, ca
    finally:
        server.stop()


def test_https_is_verified_against_the_ca_given_at_enrolment(
    https_server: tuple[RunningServer, Path], make_laptop: Callable[[str], Laptop]
) -> None:
    server, ca = https_server
    laptop = make_laptop("asha-https")
    code = enrolment_code(server, "asha")
    with pytest.raises(SyncError, match="is not trusted by this laptop"):
        enrol(laptop.vault, server.url, code, confirm=lambda _f, _n: True, client_options=FAST)
    done = enrol(
        laptop.vault,
        server.url,
        code,
        confirm=lambda _f, _n: True,
        ca_pem=ca.read_text("ascii"),
        client_options=FAST,
    )
    assert done.account_name == "Asha Rai"
    report = sync_now(laptop.vault, client_options=FAST)
    assert report.received.agencies == 2
