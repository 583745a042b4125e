"""A small TCP proxy that holds every chunk of data for a fixed delay in each direction, as a busy
Wi-Fi network between a desk and the server does: the PostgreSQL figures are measured through it.

    python -m bench.delay_proxy TARGET_PORT [--delay-ms 1]

It listens on 127.0.0.1 only (a free port, printed as `PORT n` on its first line), forwards each
connection to 127.0.0.1:TARGET_PORT, and delays each chunk by `delay` after it was read, keeping
the order: latency is added, not a bandwidth limit. It is bounded (at most MAX_CONNECTIONS at
once, at most QUEUED_CHUNKS chunks waiting per direction) and stops by itself: when its standard
input closes (the bench that started it ended, whatever the way) or after LIFETIME_S at most.

It runs in its own process so that its threads never wait for the bench's interpreter lock: a
chunk leaves on time even while the bench is busy in Python.
"""

from __future__ import annotations

import argparse
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOST = "127.0.0.1"
MAX_CONNECTIONS = 32
QUEUED_CHUNKS = 64
CHUNK = 65536
LIFETIME_S = 3 * 3600
_END = None


class DelayProxy:
    """Listens on 127.0.0.1 and forwards to 127.0.0.1:target_port with `delay_s` each way."""

    def __init__(self, target_port: int, delay_s: float = 0.001) -> None:
        self.target_port = target_port
        self.delay_s = delay_s
        self.stopping = threading.Event()
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((HOST, 0))
        self.listener.listen(MAX_CONNECTIONS)
        self.listener.settimeout(0.2)
        self.port: int = self.listener.getsockname()[1]

    def serve(self, lifetime_s: float = LIFETIME_S) -> None:
        """Accept connections until stop() or the end of the lifetime."""
        deadline = time.monotonic() + lifetime_s
        try:
            while not self.stopping.is_set() and time.monotonic() < deadline:
                try:
                    client, _ = self.listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not self.slots.acquire(blocking=False):
                    client.close()  # over the bound: refused, as a full server would
                    continue
                threading.Thread(target=self._connection, args=(client,), daemon=True).start()
        finally:
            self.stopping.set()
            self.listener.close()

    def stop(self) -> None:
        self.stopping.set()

    def _connection(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection((HOST, self.target_port), timeout=10)
        except OSError:
            client.close()
            self.slots.release()
            return
        for sock in (client, server):
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        pumps = [
            threading.Thread(target=self._pump, args=(client, server), daemon=True),
            threading.Thread(target=self._pump, args=(server, client), daemon=True),
        ]
        for pump in pumps:
            pump.start()
        for pump in pumps:
            pump.join()
        for sock in (client, server):
            sock.close()
        self.slots.release()

    def _pump(self, source: socket.socket, destination: socket.socket) -> None:
        """Read from `source`; a second thread writes each chunk `delay_s` after it came."""
        waiting: queue.Queue = queue.Queue(maxsize=QUEUED_CHUNKS)
        writer = threading.Thread(target=self._deliver, args=(waiting, destination), daemon=True)
        writer.start()
        try:
            while not self.stopping.is_set():
                data = source.recv(CHUNK)
                if not data:
                    break
                waiting.put((time.perf_counter() + self.delay_s, data))
        except OSError:
            pass
        finally:
            waiting.put(_END)
            writer.join()

    def _deliver(self, waiting: queue.Queue, destination: socket.socket) -> None:
        _precise_sleep()
        try:
            while True:
                item = waiting.get()
                if item is _END:
                    destination.shutdown(socket.SHUT_WR)
                    return
                due, data = item
                pause = due - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)
                destination.sendall(data)
        except OSError:
            # the other side is gone: close both ways so that the reader stops too
            try:
                destination.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            while waiting.get() is not _END:
                pass


def _precise_sleep() -> None:
    """Linux wakes a sleeping thread up to 50 µs late by default (its timer slack): this
    thread asks for 1 µs, so that 1 ms stays 1 ms."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(29, 1000, 0, 0, 0)  # PR_SET_TIMERSLACK, in ns
    except (OSError, AttributeError):
        pass


@contextmanager
def delay_proxy(target_port: int, delay_ms: float = 1.0) -> Iterator[int]:
    """`with delay_proxy(port) as proxy_port:` a proxy process, ended when the block ends."""
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.delay_proxy", str(target_port), "--delay-ms", str(delay_ms)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the delay proxy did not start: {line!r}")
        yield int(line.split()[1])
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the proxy stops when its input closes
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("target_port", type=int)
    parser.add_argument("--delay-ms", type=float, default=1.0)
    parser.add_argument("--lifetime-s", type=float, default=LIFETIME_S)
    args = parser.parse_args()
    proxy = DelayProxy(args.target_port, args.delay_ms / 1000)

    def watch_parent() -> None:
        sys.stdin.read()  # returns when the bench closes our input or ends
        proxy.stop()

    threading.Thread(target=watch_parent, daemon=True).start()
    print(f"PORT {proxy.port}", flush=True)
    proxy.serve(args.lifetime_s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
