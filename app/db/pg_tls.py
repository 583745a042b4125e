"""TLS between the desks and the main PC: the server's self-signed certificate, made once when
the server is set up, and the pin that every desk keeps of it.

A desk pins the SHA-256 fingerprint of the certificate (in its address, `?certificate=…`). Before
each new connection it reads the certificate the server shows (PostgreSQL's SSLRequest, then a
TLS handshake) and compares; then it connects with `sslmode=verify-ca` against that very
certificate, so the connection that carries the data is checked by libpq too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
import ssl
import struct
from pathlib import Path

from app.errors import DatabaseError
from app.i18n import translate
from app.private_files import private_folder, write_private

SSL_REQUEST = struct.pack("!ii", 8, 80877103)
CERT_NAME = "serveur.crt"
KEY_NAME = "serveur.key"
VALID_DAYS = 3650


def _tr(text: str) -> str:
    return translate("Database", text)


def make_certificate(folder: Path, common_name: str = "aiguillage") -> str:
    """A new key and self-signed certificate in `folder` (the key readable by its owner only);
    returns the certificate's fingerprint."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private_folder(folder)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        # its own authority: desks trust exactly this certificate (sslmode=verify-ca)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, key_cert_sign=True, crl_sign=False,
                content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    write_private(folder / KEY_NAME, key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    der = certificate.public_bytes(serialization.Encoding.DER)
    write_private(folder / CERT_NAME, certificate.public_bytes(serialization.Encoding.PEM))
    return fingerprint(der)


def fingerprint(der: bytes) -> str:
    """The SHA-256 fingerprint of a certificate, as lowercase hex."""
    return hashlib.sha256(der).hexdigest()


def fingerprint_of_file(path: Path) -> str:
    return fingerprint(ssl.PEM_cert_to_DER_cert(path.read_text(encoding="ascii")))


def same_fingerprint(a: str, b: str) -> bool:
    def clean(value: str) -> str:
        return value.replace(":", "").strip().lower()

    return clean(a) == clean(b)


def server_certificate(host: str, port: int, timeout: float = 5) -> bytes:
    """The certificate (DER) the server at host:port shows, read with PostgreSQL's SSLRequest.

    Raises OSError when nothing answers, DatabaseError when the server does not speak TLS."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # read it to compare with the pin: trust comes after
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection((host, port), timeout=timeout) as raw:
        raw.sendall(SSL_REQUEST)
        answer = raw.recv(1)
        if answer != b"S":
            raise DatabaseError(
                _tr("The database server does not encrypt its connections: this desk refuses it.")
            )
        with context.wrap_socket(raw, server_hostname=None) as tls:
            der = tls.getpeercert(binary_form=True)
    if not der:
        raise DatabaseError(_tr("The database server showed no certificate: this desk refuses it."))
    return der


def changed_certificate_error() -> DatabaseError:
    return DatabaseError(
        _tr(
            "Warning: the main PC's certificate has changed, so this desk does not connect. "
            "Someone may be pretending to be the main PC. If the main PC was set up again, "
            "join this desk again with a new code; otherwise call the coordinator."
        )
    )


def check_pinned(host: str, port: int, pinned: str, folder: Path) -> Path:
    """Compare the server's certificate with the pinned fingerprint; a changed one is refused
    (DatabaseError). Returns the pinned certificate's file, for libpq's own check."""
    der = server_certificate(host, port)
    if not same_fingerprint(fingerprint(der), pinned):
        raise changed_certificate_error()
    path = folder / f"{fingerprint(der)[:32]}.crt"
    if not path.exists():
        write_private(path, ssl.DER_cert_to_PEM_cert(der))
    return path
