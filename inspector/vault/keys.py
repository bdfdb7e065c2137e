"""The key file: the vault's random data key, wrapped once under the passphrase and once under the
recovery key.

The data key is the raw SQLCipher key. A passphrase change rewraps it; a re-key
(``inspector.vault.rekey``) replaces it, and with it the recovery key, so that no older copy of
the key file opens the database any more. The passphrase goes through Argon2id (parameters
stored in the file) to a key that wraps the data key with AES-256-GCM. The recovery key has 160
random bits, so HKDF is enough to turn it into a wrapping key. Each slot binds the vault id and
its own name as associated data, so slots cannot be swapped between files or with each other.

The file is replaced by writing a sibling, fsyncing it and renaming it over the old one, so a crash
during a passphrase change leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.errors import (
    PassphraseRejected,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from inspector.i18n import _

KEY_FILE_NAME = "vault.key"
FORMAT = "field-inspector-key"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 20  # 160 bits, shown as 32 base32 characters
MIN_PASSPHRASE_LENGTH = 10
_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored in the key file. The defaults took 0.35 s on a 2-core CI machine."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 128 * 1024

    def to_json(self) -> dict[str, int]:
        return {"iterations": self.iterations, "lanes": self.lanes, "memory_kib": self.memory_kib}


@dataclass
class KeyFile:
    """``slots`` maps a slot name ("passphrase", "recovery") to its salt, nonce and ciphertext.

    ``database_salt`` is the first 16 bytes of the database it belongs to (SQLCipher's salt,
    stored in clear at the start of the file and kept by a re-key): it tells a key file from
    another vault apart from a damaged database. Key files written before it existed lack it."""

    vault_id: str
    kdf: KdfParams
    slots: dict[str, dict[str, str]] = field(default_factory=dict)
    database_salt: str | None = None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so that the same passphrase typed on two keyboards gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def passphrase_strength(passphrase: str) -> int:
    """0 (refused) to 4 (strong): a rough estimate for the strength bar, from length and the kinds
    of characters used. Several words beat one word with symbols."""
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() for c in text) else 0
    pool = max(pool, 10)
    distinct = len(set(text.lower()))
    # Repeated characters ('aaaaaaaaaaaa') add little: count them by how many differ.
    bits = min(len(text), distinct * 2) * math.log2(pool)
    words = len(text.split())
    bits += 8 * max(0, words - 1)
    if bits < 55:
        return 1
    if bits < 75:
        return 2
    if bits < 95:
        return 3
    return 4


MIN_STRENGTH = 2  # "Fair" on the window's strength bar; "Weak" (1) is refused everywhere


def check_new_passphrase(passphrase: str) -> None:
    """The one rule for a new passphrase, in the window and on the command line: at least
    ``MIN_PASSPHRASE_LENGTH`` characters and a strength of at least ``MIN_STRENGTH``."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseRejected(
            _("The passphrase must have at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
        )
    if passphrase_strength(passphrase) < MIN_STRENGTH:
        raise PassphraseRejected(
            _(
                "This passphrase is too easy to guess (repeated or too few kinds of characters). "
                "Four or more unrelated words are strong and easy to type."
            )
        )


def _passphrase_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(normalise_passphrase(passphrase))


def _recovery_wrapping_key(recovery_secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"field-inspector recovery slot"
    ).derive(recovery_secret)


def format_recovery_key(secret: bytes) -> str:
    """32 base32 characters in 8 groups of 4: easy to write down and to type back."""
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    # People confuse these when they copy a key by hand; base32 has neither 0, 1 nor 8.
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(cleaned) != 32 or any(ch not in _B32_ALPHABET for ch in cleaned):
        raise WrongRecoveryKey(
            _("That is not a recovery key: it has 32 letters and digits in groups of 4.")
        )
    return base64.b32decode(cleaned)


def _seal(wrapping_key: bytes, salt: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, aad)
    return {"salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(sealed)}


def _open(wrapping_key: bytes, slot: dict[str, str], aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(wrapping_key).decrypt(_unb64(slot["nonce"]), _unb64(slot["ciphertext"]), aad)
    except InvalidTag:
        return None
    return key


def _aad(vault_id: str, slot: str) -> bytes:
    return f"{FORMAT}/{FORMAT_VERSION}/{vault_id}/{slot}".encode()


@dataclass(frozen=True)
class NewKeys:
    key_file: KeyFile
    data_key: bytes
    recovery_key: str


def new_key_file(
    passphrase: str,
    kdf: KdfParams | None = None,
    *,
    vault_id: str | None = None,
    database_salt: str | None = None,
    check: bool = True,
) -> NewKeys:
    """Make a data key and a recovery key and wrap the data key under both (for a new vault,
    or for a re-key of the vault ``vault_id``; ``check=False`` keeps a passphrase in use)."""
    if check:
        check_new_passphrase(passphrase)
    kdf = kdf or KdfParams()
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    recovery_secret = secrets.token_bytes(RECOVERY_KEY_BYTES)
    key_file = KeyFile(vault_id=vault_id or str(uuid.uuid4()), kdf=kdf, database_salt=database_salt)
    salt = secrets.token_bytes(16)
    key_file.slots["passphrase"] = _seal(
        _passphrase_key(passphrase, salt, kdf),
        salt,
        data_key,
        _aad(key_file.vault_id, "passphrase"),
    )
    salt = secrets.token_bytes(16)
    key_file.slots["recovery"] = _seal(
        _recovery_wrapping_key(recovery_secret, salt),
        salt,
        data_key,
        _aad(key_file.vault_id, "recovery"),
    )
    return NewKeys(key_file, data_key, format_recovery_key(recovery_secret))


def unwrap_with_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
    slot = key_file.slots["passphrase"]
    wrapping = _passphrase_key(passphrase, _unb64(slot["salt"]), key_file.kdf)
    data_key = _open(wrapping, key_file.slots["passphrase"], _aad(key_file.vault_id, "passphrase"))
    if data_key is None:
        raise WrongPassphrase(_("Wrong passphrase: the vault stays locked."))
    return data_key


def unwrap_with_recovery_key(key_file: KeyFile, recovery_key: str) -> bytes:
    secret = parse_recovery_key(recovery_key)
    wrapping = _recovery_wrapping_key(secret, _unb64(key_file.slots["recovery"]["salt"]))
    data_key = _open(wrapping, key_file.slots["recovery"], _aad(key_file.vault_id, "recovery"))
    if data_key is None:
        raise WrongRecoveryKey(_("Wrong recovery key: the vault stays locked."))
    return data_key


def rewrap_passphrase(
    key_file: KeyFile, data_key: bytes, new_passphrase: str, kdf: KdfParams | None = None
) -> KeyFile:
    """A copy of ``key_file`` whose passphrase slot opens with ``new_passphrase``, with a fresh salt
    and nonce; the recovery slot is kept as it is."""
    check_new_passphrase(new_passphrase)
    kdf = kdf or key_file.kdf
    salt = secrets.token_bytes(16)
    slots = {name: dict(slot) for name, slot in key_file.slots.items()}
    slots["passphrase"] = _seal(
        _passphrase_key(new_passphrase, salt, kdf),
        salt,
        data_key,
        _aad(key_file.vault_id, "passphrase"),
    )
    return KeyFile(
        vault_id=key_file.vault_id, kdf=kdf, slots=slots, database_salt=key_file.database_salt
    )


def database_salt_of(path: Path) -> str | None:
    """SQLCipher's salt: the first 16 bytes of the database file, in hex (None when the file is
    missing or shorter)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    return head.hex() if len(head) == 16 else None


# --- reading and writing ---


def key_file_to_json(key_file: KeyFile) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": key_file.vault_id,
        "kdf": {"name": "argon2id", **key_file.kdf.to_json()},
        "slots": key_file.slots,
    }
    if key_file.database_salt:
        doc["database_salt"] = key_file.database_salt
    return doc


# The costliest key derivation a key file may ask for: the app makes 3 passes over 128 MiB with
# 4 lanes; these leave room for a future default while a hostile file cannot make an unlock
# (or a restore) take minutes and gigabytes.
MAX_KDF = KdfParams(iterations=8, lanes=16, memory_kib=512 * 1024)
MAX_KEY_FILE_BYTES = 64 * 1024


def _kdf_beyond_bounds(path: Path, kdf: KdfParams) -> VaultDamaged:
    return VaultDamaged(
        _(
            "The key file {path} is damaged or was not written by Field Inspector: it asks for "
            "a costlier key derivation than the app makes ({memory} MB of memory, {passes} "
            "passes, {lanes} lanes; at most {max_memory} MB, {max_passes} passes and "
            "{max_lanes} lanes), and it was not used."
        ).format(
            path=path,
            memory=kdf.memory_kib // 1024,
            passes=kdf.iterations,
            lanes=kdf.lanes,
            max_memory=MAX_KDF.memory_kib // 1024,
            max_passes=MAX_KDF.iterations,
            max_lanes=MAX_KDF.lanes,
        )
    )


def read_key_file(path: Path) -> KeyFile:
    from inspector.errors import InvalidInput
    from inspector.vault.files import read_regular

    try:
        raw = read_regular(path, limit=MAX_KEY_FILE_BYTES)
    except InvalidInput as exc:
        raise VaultDamaged(str(exc)) from None
    try:
        doc = json.loads(raw)
        if doc.get("format") != FORMAT:
            raise ValueError("format")
        if doc.get("version") != FORMAT_VERSION:
            raise ValueError("version")
        kdf_doc = doc["kdf"]
        if kdf_doc["name"] != "argon2id":
            raise ValueError("kdf")
        kdf = KdfParams(
            iterations=int(kdf_doc["iterations"]),
            lanes=int(kdf_doc["lanes"]),
            memory_kib=int(kdf_doc["memory_kib"]),
        )
        slots = {
            str(name): {str(k): str(v) for k, v in slot.items()}
            for name, slot in doc["slots"].items()
        }
        if "passphrase" not in slots or "recovery" not in slots:
            raise ValueError("slots")
        for slot in slots.values():
            if len(_unb64(slot["nonce"])) != 12 or len(_unb64(slot["ciphertext"])) != 48:
                raise ValueError("slot")
            if len(_unb64(slot["salt"])) < 16:
                raise ValueError("salt")
        if not (kdf.iterations >= 1 and kdf.lanes >= 1 and kdf.memory_kib >= 8 * 1024):
            raise ValueError("kdf")
        if (
            kdf.iterations > MAX_KDF.iterations
            or kdf.lanes > MAX_KDF.lanes
            or kdf.memory_kib > MAX_KDF.memory_kib
        ):
            raise _kdf_beyond_bounds(path, kdf)
        salt = doc.get("database_salt")
        if salt is not None and (not isinstance(salt, str) or len(bytes.fromhex(salt)) != 16):
            raise ValueError("database_salt")
        return KeyFile(
            vault_id=str(uuid.UUID(doc["vault_id"])), kdf=kdf, slots=slots, database_salt=salt
        )
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OverflowError,
        RecursionError,
        binascii.Error,
    ) as exc:
        raise VaultDamaged(
            _("The key file {path} is damaged or not a Field Inspector key file.").format(path=path)
        ) from exc


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Atomically replace ``path``: write a sibling, fsync it, rename it over, fsync the folder."""
    import tempfile

    data = json.dumps(key_file_to_json(key_file), indent=2, sort_keys=True).encode("ascii")
    # A unique name: two passphrase changes at once must not write into the same temp file.
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".new", dir=path.parent)
    try:
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
