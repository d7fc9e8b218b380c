"""A throwaway Redis server of our own, to stop and start without touching the machine's shared one.

It listens on 127.0.0.1 at its own port and keeps nothing on disk (no snapshots, no append-only
file): stopped and started again, it is empty, as a replaced cache server would be.
"""

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


class PrivateRedis:
    """``with PrivateRedis(port) as redis:`` runs redis-server on 127.0.0.1:port; ``stop()`` and ``start()`` it."""

    def __init__(self, port):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.root = Path(tempfile.mkdtemp(prefix="kureiv-redis-"))
        self.process = None

    def start(self, timeout=10):
        command = [
            REDIS_SERVER,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.root),
            "--logfile",
            str(self.root / "redis.log"),
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}; see {self.root / 'redis.log'}")
            time.sleep(0.05)

    def stop(self):
        """Stop the server at once (SIGKILL, as when the machine running it goes away)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait()
        self.process = None

    def is_running(self):
        return self.process is not None and self.process.poll() is None

    def _answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
