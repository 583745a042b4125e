"""Finding the main PC on the local network without typing its address (DNS-SD / zeroconf).

The main PC advertises `_aiguillage._tcp.local.` while its server's front runs: the port desks
connect to, and in the TXT record the place's name, the database and the certificate's
fingerprint (a desk still checks that fingerprint when it connects, and the join code is bound
to it, so an impostor advertising itself gains nothing). A new desk browses for a few seconds
and lists what answered.
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass

SERVICE_TYPE = "_aiguillage._tcp.local."


@dataclass(frozen=True)
class MainPC:
    place: str
    host: str
    port: int
    fingerprint: str
    database: str


def _service_name(place: str, port: int) -> str:
    label = "".join(ch for ch in place if ch.isprintable() and ch != ".")[:40].strip()
    return f"{label or 'Aiguillage'} ({port}).{SERVICE_TYPE}"


class Advertiser:
    """Announce the main PC on `addresses` until `close()`."""

    def __init__(self, place: str, addresses: list[str], port: int, fingerprint: str,
                 database: str, interfaces: list[str] | None = None) -> None:
        from zeroconf import ServiceInfo, Zeroconf

        self.zeroconf = Zeroconf(interfaces=interfaces or addresses)
        self.info = ServiceInfo(
            SERVICE_TYPE,
            _service_name(place, port),
            port=port,
            addresses=[socket.inet_aton(a) for a in addresses],
            properties={"place": place, "fingerprint": fingerprint, "database": database},
            server=f"aiguillage-{port}.local.",
        )
        self.zeroconf.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        try:
            self.zeroconf.unregister_service(self.info)
        finally:
            self.zeroconf.close()


def _text(properties: dict, key: str) -> str:
    value = properties.get(key.encode())
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def browse(seconds: float = 3.0, interfaces: list[str] | None = None) -> list[MainPC]:
    """The main PCs that answer on the local network within `seconds`, by place name."""
    from zeroconf import ServiceBrowser, ServiceStateChange, Zeroconf

    zeroconf = Zeroconf(interfaces=interfaces) if interfaces else Zeroconf()
    names: set[str] = set()

    def changed(zeroconf, service_type, name, state_change):  # type: ignore[no-untyped-def]
        if state_change is not ServiceStateChange.Removed:
            names.add(name)

    found: dict[tuple[str, int], MainPC] = {}
    try:
        browser = ServiceBrowser(zeroconf, SERVICE_TYPE, handlers=[changed])
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for name in list(names):
                info = zeroconf.get_service_info(SERVICE_TYPE, name, timeout=500)
                if info is None or not info.parsed_addresses():
                    continue
                names.discard(name)
                properties = info.properties or {}
                main = MainPC(
                    place=_text(properties, "place") or name.split(".")[0],
                    host=info.parsed_addresses()[0],
                    port=int(info.port or 0),
                    fingerprint=_text(properties, "fingerprint"),
                    database=_text(properties, "database") or "aiguillage",
                )
                if main.fingerprint:
                    found[(main.host, main.port)] = main
            time.sleep(0.1)
        browser.cancel()
    finally:
        zeroconf.close()
    return sorted(found.values(), key=lambda m: (m.place.lower(), m.host))


def ask_fingerprint(host: str, port: int, timeout: float = 5.0) -> str:
    """The certificate's fingerprint of a server at a typed address (trust on first use: the
    join code, bound to that fingerprint, proves it is the place's own main PC)."""
    from app.db import pg_tls
    from app.errors import UserError
    from app.i18n import translate

    try:
        return pg_tls.fingerprint(pg_tls.server_certificate(host, port, timeout))
    except OSError as error:
        raise UserError(
            translate("Sharing", "The main PC does not answer at %1. Check the address, and "
                      "that the main PC is on and on the same network.").replace(
                          "%1", f"{host}:{port}")
        ) from error
