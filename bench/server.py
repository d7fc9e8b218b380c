"""The site under gunicorn with production settings, as `make serve` and a deployment run it."""

import http.client
import os
import signal
import subprocess
import time

from .environment import PYTHON, REPO

GUNICORN = [PYTHON, "-m", "gunicorn", "-c", "kureiv/gunicorn.conf.py", "kureiv.wsgi"]


class Gunicorn:
    """``with Gunicorn(env, port, log_path) as server:`` serves the site on 127.0.0.1:port until the block ends.

    gunicorn's access and error logs go to ``log_path``. The config file already turns the control
    socket off, so two servers on one machine do not collide.
    """

    def __init__(self, env, port, log_path):
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
        self.port = port
        self.log_path = log_path
        self.process = None
        self._terminated = False

    def __enter__(self):
        self._log = open(self.log_path, "ab")
        self.process = subprocess.Popen(GUNICORN, env=self.env, cwd=REPO, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self.wait_until_ready()
        except BaseException:
            self.__exit__()  # a server that never came up is not left running
            raise
        return self

    def __exit__(self, *exc):
        self.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()

    def terminate(self):
        """Ask gunicorn to stop, without waiting: it finishes the requests under way (up to 5 s), so two
        servers told at once stop in the time of one."""
        if not self._terminated:
            self.process.send_signal(signal.SIGTERM)
            self._terminated = True

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path, timeout=10):
        """(status, body) of a GET; raises OSError when nothing answers."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def wait_until_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                if self.get("/healthz", timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer /healthz within {timeout} s; see {self.log_path}")

    def worker_cpu_seconds(self):
        """{worker pid: CPU seconds it has used (user and system)}, read from /proc."""
        ticks_per_second = os.sysconf("SC_CLK_TCK")
        seconds = {}
        for pid in self.worker_pids():
            with open(f"/proc/{pid}/stat") as file:
                fields = file.read().rsplit(")", 1)[1].split()
            seconds[pid] = (int(fields[11]) + int(fields[12])) / ticks_per_second
        return seconds

    def worker_pids(self):
        """The worker processes' ids (children of the master), to tell whether any was restarted."""
        children = f"/proc/{self.process.pid}/task/{self.process.pid}/children"
        with open(children) as file:
            return sorted(int(pid) for pid in file.read().split())
