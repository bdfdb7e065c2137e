"""`inspector verify` and what was done to a signed report after signing: a change to the
document information or bytes after %%EOF make it exit 8 naming the change; the server's
document timestamp and validation data (DSS) are the one allowed update, named as such; and it
says whether the signer's certificate was checked for revocation."""
# ruff: noqa: F811

from __future__ import annotations

import io
from pathlib import Path

# The server's sealing fixtures (a CA, a laptop certificate it issued, a sealed report), which
# the tests take as arguments of the same names.
from inspector.server.authority import AuthorityMaterial
from tests.conftest import run_cli
from tests.server.test_sealing import Laptop, Sealed, _pem, authority, laptop, sealed  # noqa: F401


def _retitled(content: bytes, title: str = "Inspection report NP-2026-0043") -> bytes:
    """An incremental update that changes only the document's Title in /Info."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(content))
    ref = writer.trailer.raw_get("/Info")
    info = ref.get_object()
    info["/Title"] = generic.TextStringObject(title)
    writer.mark_update(ref)
    out = io.BytesIO()
    writer.write(out)
    assert out.getvalue().startswith(content)  # the signed revision is untouched
    return out.getvalue()


def _verify(sealed: Sealed, content: bytes, tmp_path: Path, name: str) -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("verify", str(path), "--trust", str(sealed.folder / "ca.pem"))
    return result.returncode, result.stdout + result.stderr


def test_an_update_of_the_title_alone_is_named_and_not_intact(
    sealed: Sealed, tmp_path: Path
) -> None:
    for name, content in (("signed", sealed.signed), ("sealed", sealed.result.pdf)):
        code, output = _verify(sealed, _retitled(content), tmp_path, f"{name}-retitled.pdf")
        assert code == 8, output
        assert "Intact: NO" in output
        assert "The document information was changed after signing:" in output
        assert "Title" in output


def test_junk_after_the_end_of_file_is_named_and_not_intact(sealed: Sealed, tmp_path: Path) -> None:
    for name, content in (("signed", sealed.signed), ("sealed", sealed.result.pdf)):
        junk = content + b"\n% appended later\n9 0 obj (forged) endobj\n"
        code, output = _verify(sealed, junk, tmp_path, f"{name}-junk.pdf")
        assert code == 8, output
        assert "Data was appended after the end of the document (after %%EOF)." in output


def test_the_server_s_timestamp_and_dss_are_the_allowed_update_and_named(
    sealed: Sealed, tmp_path: Path
) -> None:
    code, output = _verify(sealed, sealed.result.pdf, tmp_path, "sealed.pdf")
    assert code == 0, output
    assert "Added after signing (allowed): validation data (DSS) added by the server" in output
    assert "Added after signing (allowed): a document timestamp added by the server" in output
    assert "Revocation checked (CRL embedded, not revoked)." in output


def test_verify_says_when_revocation_was_not_checked(sealed: Sealed, tmp_path: Path) -> None:
    code, output = _verify(sealed, sealed.signed, tmp_path, "signed.pdf")
    assert code == 0, output  # trusted through the CA, but the file carries no CRL yet
    assert "Revocation NOT checked: the file carries no CRL or OCSP answer" in output
    assert "Added after signing" not in output


def test_a_timestamp_added_seconds_later_is_still_the_allowed_update(
    authority: AuthorityMaterial, laptop: Laptop, tmp_path: Path
) -> None:
    """The server's update renews the document's ModDate; a second or more after signing that
    is a different value, and still no change to the document."""
    import datetime as dt
    import time

    from inspector.server.authority import make_crl
    from inspector.server.sealing import seal_report
    from tests.server.test_sealing import _sign

    signed = _sign(laptop)
    time.sleep(1.1)
    result = seal_report(signed, authority, make_crl(authority, [(99, dt.datetime.now(dt.UTC))]))
    path = tmp_path / "sealed-later.pdf"
    path.write_bytes(result.pdf)
    ca = tmp_path / "ca.pem"
    ca.write_bytes(_pem(authority.ca_certificate))
    checked = run_cli("verify", str(path), "--trust", str(ca))
    assert checked.returncode == 0, checked.stdout + checked.stderr
