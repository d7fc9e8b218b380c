"""A load run with wrk against the site under gunicorn."""

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

SCRIPT = Path(__file__).with_name("wrk_report.lua")
CONNECTIONS = 8
THREADS = 2
SECONDS = 20


@dataclass
class LoadResult:
    requests: int
    seconds: float
    non2xx: int
    connect: int
    read: int
    write: int
    timeout: int
    mean_ms: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float

    @property
    def errors(self):
        """Socket errors: connections refused or dropped, and requests that timed out."""
        return self.connect + self.read + self.write + self.timeout

    @property
    def per_second(self):
        return self.requests / self.seconds


def parse_report(output):
    """The ``LoadResult`` in the line ``wrk_report.lua`` prints."""
    line = next(line for line in output.splitlines() if line.startswith("wrk-report "))
    values = dict(re.findall(r"(\w+)=([\d.]+)", line))
    return LoadResult(**{name: type_(values[name]) for name, type_ in LoadResult.__annotations__.items()})


def run_wrk(url, seconds=SECONDS, connections=CONNECTIONS, threads=THREADS, accept_gzip=False):
    """wrk against ``url``; ``accept_gzip``: each request says ``Accept-Encoding: gzip``, as browsers do."""
    headers = ["-H", "Accept-Encoding: gzip"] if accept_gzip else []
    completed = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            *headers,
            "-s",
            str(SCRIPT),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_report(completed.stdout)
