"""The observer's signing key: created on first use, owner-only, optionally passphrase-protected."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from observer_app import identity
from observer_app.errors import InputError, UserError
from observer_app.paths import user_data_dir


def test_first_use_creates_key_in_user_data_dir_owner_only() -> None:
    ident = identity.load_or_create(name="Aigerim")
    folder = user_data_dir() / "identity"
    key = folder / identity.KEY_FILE
    assert key.is_file() and (folder / identity.PROFILE_FILE).is_file()
    if os.name == "posix":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert b"BEGIN PRIVATE KEY" in key.read_bytes()  # PKCS#8, not encrypted
    again = identity.load_or_create()
    assert again.fingerprint == ident.fingerprint  # the same key, not a new one
    signature = again.sign(b"manifest")
    assert identity.verify_signature(ident.public_key_b64, signature, b"manifest")
    assert not identity.verify_signature(ident.public_key_b64, signature, b"manifest!")


def test_fingerprint_is_short_and_readable() -> None:
    ident = identity.create(name="A")
    fp = ident.fingerprint
    groups = fp.split("-")
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    assert set(fp.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert identity.read_profile() is not None
    assert identity.read_profile().fingerprint == fp  # type: ignore[union-attr]


def test_fingerprint_as_dictated_is_normalised() -> None:
    fp = "ABCD-EFGH-IJKL-MNOP-QRST"
    assert identity.normalise_fingerprint("abcd efgh ijkl mnop qrst") == fp
    assert identity.normalise_fingerprint("ABCDEFGH1JKLMN0PQRST") == fp  # 1→I, 0→O
    for bad in ("ABCD-EFGH", "ABCD-EFGH-IJKL-MNOP-QRS9", ""):
        with pytest.raises(InputError, match="not a fingerprint"):
            identity.normalise_fingerprint(bad)


def test_passphrase_protects_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "id"
    made = identity.create(name="B", passphrase="correct horse", folder=folder)
    pem = (folder / identity.KEY_FILE).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    assert identity.read_profile(folder).encrypted  # type: ignore[union-attr]
    with pytest.raises(identity.PassphraseRequired):
        identity.load(None, folder)
    with pytest.raises(UserError, match="wrong passphrase"):
        identity.load("wrong", folder)
    assert identity.load("correct horse", folder).fingerprint == made.fingerprint


def test_change_passphrase_keeps_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "id"
    made = identity.create(name="C", folder=folder)
    identity.change_passphrase(None, "s3cret", folder)
    assert identity.load("s3cret", folder).fingerprint == made.fingerprint
    identity.change_passphrase("s3cret", "", folder)
    assert identity.load(None, folder).fingerprint == made.fingerprint
    if os.name == "posix":
        assert stat.S_IMODE((folder / identity.KEY_FILE).stat().st_mode) == 0o600


def test_existing_identity_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "id"
    identity.create(name="D", folder=folder)
    before = (folder / identity.KEY_FILE).read_bytes()
    with pytest.raises(UserError, match="already exists"):
        identity.create(name="E", folder=folder)
    assert (folder / identity.KEY_FILE).read_bytes() == before


def test_loose_permissions_are_tightened_and_mismatch_refused(tmp_path: Path) -> None:
    folder = tmp_path / "id"
    identity.create(name="F", folder=folder)
    key = folder / identity.KEY_FILE
    key.chmod(0o644)
    identity.load(None, folder)
    if os.name == "posix":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    other = tmp_path / "other"
    identity.create(name="G", folder=other)
    key.write_bytes((other / identity.KEY_FILE).read_bytes())
    with pytest.raises(UserError, match="does not match the public key"):
        identity.load(None, folder)


def test_profile_update(tmp_path: Path) -> None:
    folder = tmp_path / "id"
    identity.create(name="H", folder=folder)
    profile = identity.update_profile(name=" Hana ", organisation="Erkindik Qanaty", folder=folder)
    assert (profile.name, profile.organisation) == ("Hana", "Erkindik Qanaty")
    assert identity.load(None, folder).profile.name == "Hana"
