"""The observer's signing identity: an Ed25519 key pair kept in the user data folder.

Report packages are signed with it, so a coordinator can tell who sent a file
and that nobody changed it on the way (USB stick, messenger). The private key
is written owner-only (0600), optionally encrypted with a passphrase (PKCS#8);
the public key and the observer's name live beside it in ``profile.json`` so
the fingerprint can be shown without the passphrase.

A fingerprint is the first 100 bits of the SHA-256 of the raw public key in
base32 (A-Z, 2-7), in five groups of four: short enough to read over the phone,
far too long to forge a key that matches it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from observer_app.domain.values import utcnow
from observer_app.errors import InputError, UserError
from observer_app.paths import user_data_dir

KEY_FILE = "observer-key.pem"
PROFILE_FILE = "profile.json"
FINGERPRINT_CHARS = 20
_GROUP = 4
# Letters people mistake for digits when reading base32 aloud or by hand.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class PassphraseRequired(UserError):
    """The private key is encrypted and no passphrase was given."""


def identity_dir() -> Path:
    return user_data_dir() / "identity"


def fingerprint(public_key: bytes) -> str:
    """``ABCD-EFGH-IJKL-MNOP-QRST`` for a raw 32-byte Ed25519 public key."""
    digest = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")
    short = digest[:FINGERPRINT_CHARS]
    return "-".join(short[i : i + _GROUP] for i in range(0, FINGERPRINT_CHARS, _GROUP))


def normalise_fingerprint(text: str) -> str:
    """Accept a fingerprint as typed or dictated: any case, spaces or dashes, 0/1/8 for O/I/B."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(raw) != FINGERPRINT_CHARS or any(
        ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in raw
    ):
        raise InputError(
            f"not a fingerprint: {text!r} (expected {FINGERPRINT_CHARS} letters and digits 2-7, "
            "like ABCD-EFGH-IJKL-MNOP-QRST)"
        )
    return "-".join(raw[i : i + _GROUP] for i in range(0, FINGERPRINT_CHARS, _GROUP))


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_public_key(b64: str, where: str = "public key") -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(b64, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise InputError(f"not an Ed25519 public key ({exc})", where=where) from None


def verify_signature(public_key_b64: str, signature: bytes, data: bytes) -> bool:
    key = load_public_key(public_key_b64)
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


@dataclass(frozen=True)
class Profile:
    """What the observer tells the coordinator about themselves, plus the public key."""

    name: str
    organisation: str
    public_key: str  # base64 of the raw 32 bytes
    created_at: str
    encrypted: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(base64.b64decode(self.public_key))


@dataclass(frozen=True)
class Identity:
    """A loaded identity, able to sign."""

    profile: Profile
    private_key: Ed25519PrivateKey

    @property
    def fingerprint(self) -> str:
        return self.profile.fingerprint

    @property
    def public_key_b64(self) -> str:
        return self.profile.public_key

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def _write_private(path: Path, data: bytes) -> None:
    """Create ``path`` owner-only from the start (no window where others could read it)."""
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o600)
    tmp.replace(path)


def _write_profile(folder: Path, profile: Profile) -> None:
    data = {
        "name": profile.name,
        "organisation": profile.organisation,
        "public_key": profile.public_key,
        "fingerprint": profile.fingerprint,
        "created_at": profile.created_at,
        "encrypted": profile.encrypted,
    }
    tmp = folder / (PROFILE_FILE + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(folder / PROFILE_FILE)


def exists(folder: Path | None = None) -> bool:
    folder = folder or identity_dir()
    return (folder / KEY_FILE).is_file() and (folder / PROFILE_FILE).is_file()


def read_profile(folder: Path | None = None) -> Profile | None:
    """The profile without touching the private key (no passphrase needed); None if absent."""
    folder = folder or identity_dir()
    path = folder / PROFILE_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Profile(
            name=str(data["name"]),
            organisation=str(data.get("organisation", "")),
            public_key=str(data["public_key"]),
            created_at=str(data.get("created_at", "")),
            encrypted=bool(data.get("encrypted", False)),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(f"{path}: the identity profile is damaged ({exc})") from None


def create(
    name: str = "",
    organisation: str = "",
    passphrase: str | None = None,
    folder: Path | None = None,
) -> Identity:
    """A new key pair; refuses to replace an existing one (packages signed with it would orphan)."""
    folder = folder or identity_dir()
    if exists(folder):
        raise UserError(f"an identity already exists in {folder}; it was left as it is")
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    _write_private(folder / KEY_FILE, pem)
    profile = Profile(
        name=name.strip(),
        organisation=organisation.strip(),
        public_key=base64.b64encode(public_key_bytes(key.public_key())).decode("ascii"),
        created_at=utcnow().isoformat(timespec="seconds"),
        encrypted=bool(passphrase),
    )
    _write_profile(folder, profile)
    return Identity(profile, key)


def load(passphrase: str | None = None, folder: Path | None = None) -> Identity:
    folder = folder or identity_dir()
    profile = read_profile(folder)
    key_path = folder / KEY_FILE
    if profile is None or not key_path.is_file():
        raise UserError(f"no observer identity in {folder} yet")
    mode = stat.S_IMODE(key_path.stat().st_mode)
    if os.name == "posix" and mode & 0o077:
        os.chmod(key_path, 0o600)  # tighten a key someone copied in with loose permissions
    pem = key_path.read_bytes()
    try:
        key = serialization.load_pem_private_key(
            pem, password=passphrase.encode("utf-8") if passphrase else None
        )
    except TypeError:
        if not passphrase:
            raise PassphraseRequired("the signing key is protected: enter its passphrase") from None
        raise UserError("the signing key is not protected by a passphrase") from None
    except ValueError:
        raise UserError(f"wrong passphrase, or the key file {key_path} is damaged") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(f"{key_path} is not an Ed25519 key")
    if base64.b64encode(public_key_bytes(key.public_key())).decode("ascii") != profile.public_key:
        raise UserError(f"{key_path} does not match the public key in {PROFILE_FILE}")
    return Identity(profile, key)


def load_or_create(
    passphrase: str | None = None, folder: Path | None = None, *, name: str = ""
) -> Identity:
    """The identity, created on first use."""
    folder = folder or identity_dir()
    if exists(folder):
        return load(passphrase, folder)
    return create(name=name, passphrase=passphrase, folder=folder)


def update_profile(
    name: str | None = None, organisation: str | None = None, folder: Path | None = None
) -> Profile:
    folder = folder or identity_dir()
    profile = read_profile(folder)
    if profile is None:
        raise UserError(f"no observer identity in {folder} yet")
    new = Profile(
        name=profile.name if name is None else name.strip(),
        organisation=profile.organisation if organisation is None else organisation.strip(),
        public_key=profile.public_key,
        created_at=profile.created_at,
        encrypted=profile.encrypted,
    )
    _write_profile(folder, new)
    return new


def change_passphrase(old: str | None, new: str | None, folder: Path | None = None) -> Profile:
    """Re-encrypt the private key (``new`` empty = unprotected); the key itself stays the same."""
    folder = folder or identity_dir()
    ident = load(old, folder)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(new.encode("utf-8"))
        if new
        else serialization.NoEncryption()
    )
    pem = ident.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    _write_private(folder / KEY_FILE, pem)
    profile = Profile(
        ident.profile.name,
        ident.profile.organisation,
        ident.profile.public_key,
        ident.profile.created_at,
        bool(new),
    )
    _write_profile(folder, profile)
    return profile
