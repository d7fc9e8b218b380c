"""A throwaway PostgreSQL cluster of our own, to stop and start without touching the machine's shared server.

initdb refuses to run as root, so the cluster's commands run as the ``postgres`` OS user (through
``runuser`` when we are root). It listens on 127.0.0.1 at its own port, keeps its socket in its own
folder, trusts local connections, and runs with fsync off: it exists only for one test.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
OS_USER = "postgres"


class PrivatePostgres:
    def __init__(self, port):
        self.port = port
        self.root = Path(tempfile.mkdtemp(prefix="kureiv-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"

    def url(self, dbname):
        return f"postgres://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *command):
        if os.geteuid() == 0:
            command = ("runuser", "-u", OS_USER, "--", *command)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def init(self):
        if os.geteuid() == 0:
            shutil.chown(self.root, OS_USER, OS_USER)
        self._run(str(BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync")

    def start(self):
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self):
        """A fast shutdown: open connections are cut, as when a database server is restarted."""
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def is_running(self):
        return (self.data / "postmaster.pid").exists()

    def create_database(self, name):
        self._run(str(BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)

    def __enter__(self):
        self.init()
        self.start()
        return self

    def __exit__(self, *exc):
        if self.is_running():
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
