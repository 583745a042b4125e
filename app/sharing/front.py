"""The TLS front of the main PC's server: desks on the local network connect here.

The server itself listens on the loopback only; this front listens on the PC's local network
addresses (and the loopback), accepts only clients from the local network, insists on TLS
(PostgreSQL's SSLRequest), shows the certificate made at set-up, then relays the bytes to the
server. The login (scram-sha-256) is checked by the server itself, end to end.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import signal
import ssl
import struct
from pathlib import Path

SSL_REQUEST_CODE = 80877103
GSSENC_REQUEST_CODE = 80877104
CHUNK = 65536


def is_local_network(address: str) -> bool:
    """Loopback, private and link-local addresses: the place's own network."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local


def _refusal(message: str) -> bytes:
    """A PostgreSQL ErrorResponse, so that psql and the desks show why."""
    fields = b"SFATAL\0VFATAL\0C28000\0M" + message.encode() + b"\0\0"
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


class Front:
    def __init__(self, context: ssl.SSLContext, server_port: int) -> None:
        self.context, self.server_port = context, server_port

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            peer = writer.get_extra_info("peername") or ("",)
            if not is_local_network(str(peer[0])):
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
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.server_port)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError, ssl.SSLError):
            with contextlib.suppress(Exception):
                writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


async def serve(
    addresses: list[str], port: int, context: ssl.SSLContext, server_port: int
) -> None:
    front = Front(context, server_port)
    servers = [await asyncio.start_server(front.handle, host, port) for host in addresses]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for name in ("SIGTERM", "SIGINT"):
        with contextlib.suppress(NotImplementedError, AttributeError):
            loop.add_signal_handler(getattr(signal, name), stop.set)
    await stop.wait()
    for server in servers:
        server.close()
