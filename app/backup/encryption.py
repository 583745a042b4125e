"""Encrypted backup files: AES-256-GCM in 1 MiB chunks, key derived from a passphrase by
scrypt.

Layout: MAGIC, a 4-byte header length, a JSON header (salt, scrypt cost, counts), then chunks of
`12-byte nonce | 4-byte length | ciphertext+tag`. Each chunk is authenticated together with the
header, its index and whether it is the last one, so a file cut short, reordered or touched
anywhere fails to decrypt.
"""

import base64
import json
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

MAGIC = b"AIGUILLAGE-BACKUP-1\n"
CHUNK_SIZE = 1 << 20
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_HEADER = 64 * 1024


class DecryptionFailed(Exception):
    """Wrong passphrase, or a file damaged or cut short."""


class NotEncrypted(Exception):
    """The file does not start like an encrypted backup."""


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = 1):
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">QB", index, int(last))


def encrypt_file(source: Path, target: IO[bytes], passphrase: str, meta: dict[str, Any]) -> None:
    """Write `source` encrypted into the open binary file `target`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(16)
    header = json.dumps(
        {
            "salt": base64.b64encode(salt).decode("ascii"),
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "meta": meta,
        },
        sort_keys=True,
    ).encode("utf-8")
    cipher = AESGCM(derive_key(passphrase, salt))
    target.write(MAGIC + struct.pack(">I", len(header)) + header)
    size = source.stat().st_size
    with source.open("rb") as handle:
        index = 0
        done = 0
        while True:
            chunk = handle.read(CHUNK_SIZE)
            done += len(chunk)
            last = done >= size or not chunk
            nonce = os.urandom(12)
            sealed = cipher.encrypt(nonce, chunk, _aad(header, index, last))
            target.write(nonce + struct.pack(">I", len(sealed)) + sealed)
            index += 1
            if last:
                break


def read_header(handle: IO[bytes]) -> tuple[bytes, dict[str, Any]]:
    """The raw header and its parsed content; raises NotEncrypted or DecryptionFailed."""
    if handle.read(len(MAGIC)) != MAGIC:
        raise NotEncrypted()
    raw_length = handle.read(4)
    if len(raw_length) != 4:
        raise DecryptionFailed()
    (length,) = struct.unpack(">I", raw_length)
    if length > _MAX_HEADER:
        raise DecryptionFailed()
    header = handle.read(length)
    try:
        parsed = json.loads(header.decode("utf-8"))
        base64.b64decode(parsed["salt"], validate=True)
        int(parsed["n"]), int(parsed["r"]), int(parsed["p"])
    except (ValueError, KeyError, TypeError) as error:
        raise DecryptionFailed() from error
    if not isinstance(parsed.get("meta", {}), dict):
        raise DecryptionFailed()
    return header, parsed


def _chunks(handle: IO[bytes]) -> Iterator[tuple[bytes, bytes]]:
    while True:
        head = handle.read(16)
        if not head:
            return
        if len(head) != 16:
            raise DecryptionFailed()
        nonce = head[:12]
        (length,) = struct.unpack(">I", head[12:])
        if length > CHUNK_SIZE + 16:
            raise DecryptionFailed()
        sealed = handle.read(length)
        if len(sealed) != length:
            raise DecryptionFailed()
        yield nonce, sealed


def decrypt_file(source: Path, target: IO[bytes], passphrase: str) -> dict[str, Any]:
    """Decrypt `source` into the open binary file `target`; returns the header's meta."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with source.open("rb") as handle:
        header, parsed = read_header(handle)
        n, r, p = int(parsed["n"]), int(parsed["r"]), int(parsed["p"])
        if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
            raise DecryptionFailed()
        key = derive_key(passphrase, base64.b64decode(parsed["salt"]), n, r, p)
        cipher = AESGCM(key)
        chunks = _chunks(handle)
        current = next(chunks, None)
        index = 0
        while current is not None:
            following = next(chunks, None)
            nonce, sealed = current
            try:
                plain = cipher.decrypt(nonce, sealed, _aad(header, index, following is None))
            except InvalidTag as error:
                raise DecryptionFailed() from error
            target.write(plain)
            current = following
            index += 1
        if index == 0:
            raise DecryptionFailed()
    return dict(parsed.get("meta", {}))


def header_meta(path: Path) -> dict[str, Any]:
    """The clear metadata of an encrypted backup (counts and date; no personal data)."""
    with path.open("rb") as handle:
        return dict(read_header(handle)[1].get("meta", {}))
