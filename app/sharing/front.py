"""The TLS front of the main PC's server: desks on the local network connect here.

The server itself listens on the loopback only; this front listens on the PC's local network
addresses (and the loopback), accepts only clients from the local network, insists on TLS
(PostgreSQL's SSLRequest), shows the certificate made at set-up, then relays the bytes to the
server. The login (scram-sha-256) is checked by the server itself, end to end.

The owner login (the server's superuser) is refused here: it is read in the client's first
message (PostgreSQL's StartupMessage, inside TLS) and answered with a PostgreSQL error in
French. Only the main PC itself uses it, on the loopback, without the front. A refused client
or an address the front cannot listen on is one line of its log, without a traceback.

A session of the join login is named after the client's address (`with_source`), so that the
join function counts wrong codes per source (app.db.pg_roles).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import signal
import ssl
import struct
from pathlib import Path

SSL_REQUEST_CODE = 80877103
GSSENC_REQUEST_CODE = 80877104
PROTOCOL_3 = 3  # major version of the StartupMessage's protocol (3.0, 3.2)
MAX_STARTUP_LENGTH = 10_000  # PostgreSQL's own limit for a StartupMessage
CHUNK = 65536

log = logging.getLogger("aiguillage.front")


def _tr(text: str) -> str:
    from app.i18n import translate

    return translate("Sharing", text)


def is_local_network(address: str) -> bool:
    """Loopback, private and link-local addresses: the place's own network."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_unspecified:
        return False
    return ip.is_loopback or ip.is_private or ip.is_link_local


def is_listen_address(address: str) -> bool:
    """An address the front may listen on: the loopback or one of the local network, never
    the wildcard (0.0.0.0, ::), which would listen on every network the PC is on."""
    return is_local_network(address)


def startup_user(body: bytes) -> str | None:
    """The `user` of a StartupMessage's body (after its length), or None for another message
    (a cancel request)."""
    (version,) = struct.unpack("!i", body[:4])
    if version >> 16 != PROTOCOL_3:
        return None
    parts = body[4:].split(b"\0")
    values = dict(zip(parts[0::2], parts[1::2], strict=False))
    user = values.get(b"user")
    return user.decode("utf-8", "replace") if user is not None else None


def join_source(address: str) -> str:
    """Where a join try comes from, as its wrong tries are counted: an IPv4 address, or the
    /64 network of an IPv6 one (a single PC may take any address of its network)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv6Address):
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def with_source(body: bytes, source: str) -> bytes:
    """A StartupMessage's body naming the session after its source: `application_name` set
    last (PostgreSQL keeps the last value given at start-up as the session's reset value,
    which the join function reads and which a SET in the session does not change)."""
    from app.db.pg_roles import JOIN_FRONT_PREFIX

    parts = body[4:].split(b"\0")
    pairs = [(k, v) for k, v in zip(parts[0::2], parts[1::2], strict=False) if k]
    pairs = [(k, v) for k, v in pairs if k.lower() != b"application_name"]
    pairs.append((b"application_name", (JOIN_FRONT_PREFIX + source).encode("ascii")))
    return body[:4] + b"".join(k + b"\0" + v + b"\0" for k, v in pairs) + b"\0"


def _refusal(message: str) -> bytes:
    """A PostgreSQL ErrorResponse, so that psql and the desks show why."""
    fields = b"SFATAL\0VFATAL\0C28000\0M" + message.encode("utf-8") + b"\0\0"
    return b"E" + struct.pack("!i", len(fields) + 4) + fields


def tls_context(certificate: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(certificate, key)
    return context


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError, ssl.SSLError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


def owner_refusal() -> str:
    return _tr(
        "This login is accepted on the main PC itself only, not over the network. A desk "
        "connects with its own login: add it on the main PC (Settings › Desks)."
    )


class Front:
    def __init__(
        self, context: ssl.SSLContext, server_port: int, owner: str, join_login: str = ""
    ) -> None:
        self.context, self.server_port, self.owner = context, server_port, owner
        self.join_login = join_login
        self.open: set[asyncio.StreamWriter] = set()  # both ends of every relayed connection

    def cut_all(self) -> None:
        """Stopping: every connection ends at once (a TLS goodbye waits for the other side,
        and a front that lingers keeps its port from the next start)."""
        for writer in list(self.open):
            with contextlib.suppress(Exception):
                writer.transport.abort()
        self.open.clear()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            peer = writer.get_extra_info("peername") or ("",)
            if not is_local_network(str(peer[0])):
                log.warning("refused a client from outside the local network: %s", peer[0])
                writer.close()
                return
            request = await asyncio.wait_for(reader.readexactly(8), 10)
            length, code = struct.unpack("!ii", request)
            if code == GSSENC_REQUEST_CODE:  # no Kerberos here: the client then asks for TLS
                writer.write(b"N")
                await writer.drain()
                length, code = struct.unpack("!ii", await reader.readexactly(8))
            if length != 8 or code != SSL_REQUEST_CODE:
                writer.write(_refusal("this server accepts encrypted connections only (TLS)"))
                await writer.drain()
                return
            writer.write(b"S")
            await writer.drain()
            await asyncio.wait_for(writer.start_tls(self.context), 10)
            header = await asyncio.wait_for(reader.readexactly(4), 30)
            (length,) = struct.unpack("!i", header)
            if not 8 <= length <= MAX_STARTUP_LENGTH:
                writer.close()
                return
            body = await asyncio.wait_for(reader.readexactly(length - 4), 30)
            if startup_user(body) == self.owner:
                log.warning("refused the owner login from %s: it is for the main PC only",
                            peer[0])
                writer.write(_refusal(owner_refusal()))
                await writer.drain()
                writer.close()
                return
            if self.join_login and startup_user(body) == self.join_login:
                body = with_source(body, join_source(str(peer[0])))
                header = struct.pack("!i", len(body) + 4)
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.server_port)
            up_writer.write(header + body)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError, ssl.SSLError,
                struct.error):
            with contextlib.suppress(Exception):
                writer.close()
            return
        self.open.update((writer, up_writer))
        try:
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        finally:
            self.open.difference_update((writer, up_writer))


async def serve(
    addresses: list[str], port: int, context: ssl.SSLContext, server_port: int, owner: str,
    join_login: str = "",
) -> None:
    """Listen on `addresses` (each one that can be had) until SIGTERM or SIGINT."""
    front = Front(context, server_port, owner, join_login)
    servers = []
    for host in addresses:
        if not is_listen_address(host):
            log.warning("not listening on %s: not an address of the local network", host)
            continue
        try:
            servers.append(await asyncio.start_server(front.handle, host, port))
        except OSError as error:
            log.warning("cannot listen on %s port %s: %s", host, port, error.strerror or error)
    if not servers:
        raise SystemExit(2)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for name in ("SIGTERM", "SIGINT"):
        with contextlib.suppress(NotImplementedError, AttributeError):
            loop.add_signal_handler(getattr(signal, name), stop.set)
    await stop.wait()
    for server in servers:
        server.close()
    front.cut_all()
