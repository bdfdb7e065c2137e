"""The key file on its own: wrapping, unwrapping, recovery keys, damage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector.errors import PassphraseRejected, VaultDamaged, WrongPassphrase, WrongRecoveryKey
from inspector.vault import keys

CHEAP = keys.KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)  # these tests test wrapping


def test_passphrase_and_recovery_key_both_unwrap_the_same_data_key() -> None:
    new = keys.new_key_file("a long passphrase", CHEAP)
    assert keys.unwrap_with_passphrase(new.key_file, "a long passphrase") == new.data_key
    assert keys.unwrap_with_recovery_key(new.key_file, new.recovery_key) == new.data_key
    assert len(new.data_key) == 32


def test_wrong_passphrase_is_refused() -> None:
    new = keys.new_key_file("a long passphrase", CHEAP)
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase(new.key_file, "a long passphrasE")


def test_recovery_key_is_typed_back_leniently_but_checked() -> None:
    new = keys.new_key_file("a long passphrase", CHEAP)
    sloppy = new.recovery_key.lower().replace("-", " ")
    assert keys.unwrap_with_recovery_key(new.key_file, sloppy) == new.data_key
    other = keys.new_key_file("a long passphrase", CHEAP)
    with pytest.raises(WrongRecoveryKey):
        keys.unwrap_with_recovery_key(new.key_file, other.recovery_key)
    with pytest.raises(WrongRecoveryKey, match="32 letters"):
        keys.unwrap_with_recovery_key(new.key_file, "ABCD-EFGH")


def test_unicode_passphrase_is_normalised() -> None:
    composed, decomposed = "caf\u00e9 au lait ok", "cafe\u0301 au lait ok"
    new = keys.new_key_file(composed, CHEAP)
    assert keys.unwrap_with_passphrase(new.key_file, decomposed) == new.data_key


def test_short_passphrase_is_rejected() -> None:
    with pytest.raises(PassphraseRejected, match="at least 10"):
        keys.new_key_file("short", CHEAP)


def test_rewrap_changes_passphrase_slot_only() -> None:
    new = keys.new_key_file("first passphrase", CHEAP)
    rewrapped = keys.rewrap_passphrase(new.key_file, new.data_key, "second passphrase")
    assert rewrapped.slots["recovery"] == new.key_file.slots["recovery"]
    assert keys.unwrap_with_passphrase(rewrapped, "second passphrase") == new.data_key
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase(rewrapped, "first passphrase")


def test_slots_cannot_be_moved_between_vaults() -> None:
    one = keys.new_key_file("same passphrase", CHEAP)
    two = keys.new_key_file("same passphrase", CHEAP)
    forged = keys.KeyFile(two.key_file.vault_id, CHEAP, dict(one.key_file.slots))
    with pytest.raises(WrongPassphrase):
        keys.unwrap_with_passphrase(forged, "same passphrase")


def test_key_file_round_trip_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    new = keys.new_key_file("a long passphrase", CHEAP)
    keys.write_key_file(path, new.key_file)
    assert path.stat().st_mode & 0o777 == 0o600
    again = keys.read_key_file(path)
    assert keys.unwrap_with_passphrase(again, "a long passphrase") == new.data_key
    assert not path.with_name("vault.key.new").exists()

    doc = json.loads(path.read_text())
    doc["slots"]["passphrase"]["nonce"] = "***"
    path.write_text(json.dumps(doc))
    with pytest.raises(VaultDamaged, match="damaged"):
        keys.read_key_file(path)
    path.write_text("not json")
    with pytest.raises(VaultDamaged, match=str(path)):
        keys.read_key_file(path)


@pytest.mark.parametrize(
    ("part", "value"),
    [
        (("slots", "passphrase", "nonce"), "AAAA"),
        (("slots", "recovery", "ciphertext"), "AAAA"),
        (("kdf", "lanes"), 0),
        (("kdf", "memory_kib"), 10**12),
    ],
)
def test_implausible_key_file_is_damaged_not_a_crash(tmp_path: Path, part, value) -> None:
    path = tmp_path / "vault.key"
    keys.write_key_file(path, keys.new_key_file("a long passphrase", CHEAP).key_file)
    doc = json.loads(path.read_text())
    target = doc
    for name in part[:-1]:
        target = target[name]
    target[part[-1]] = value
    path.write_text(json.dumps(doc))
    with pytest.raises(VaultDamaged, match="damaged"):
        keys.read_key_file(path)
