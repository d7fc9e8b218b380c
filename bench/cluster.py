"""Two app servers sharing one database, one cache and one media store, as behind a load balancer.

``with TwoServers(run_dir) as cluster:`` builds the demo site in a PostgreSQL database made for the
run (on the server of ``BENCH_DATABASE_URL``), starts a Redis of its own (``bench/private_redis.py``,
so it can be stopped without touching the machine's), an S3 endpoint (moto's server) holding the
media, and two gunicorn servers, A and B, with the production settings and the same environment, as
two machines of one deployment would have. Everything is removed at the end, even after a failure:
the servers and Redis are stopped, the database dropped, the S3 server stopped. ``run_dir`` (the
servers' logs, the media folder) is the caller's to keep or delete.
"""

import contextlib
import logging
import os
import secrets
import subprocess

import boto3
import psycopg
from moto.server import ThreadedMotoServer

from . import environment
from .private_redis import PrivateRedis
from .server import Gunicorn

BUCKET = "kureiv-two-servers"
#: Two workers each: the two servers fit a 2-core machine next to the clients measuring them.
WORKERS = 2
#: Every request of a run comes from 127.0.0.1: the hourly limit of a real deployment would refuse most.
CONSULTATIONS_PER_HOUR = 100_000
EDITOR, REVIEWER = "two-servers-editor", "two-servers-reviewer"

#: The steps of bench/site.py's build_demo_site, then an editor and a medical reviewer, in one process:
#: each `manage.py` command would spend seconds starting Django and Wagtail again. It runs with the
#: production settings plus the demo app (bench/demo_settings.py), which load_demo_content needs.
BUILD_SITE = """
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
call_command("load_demo_content", verbosity=0)

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
for username, first, last, group in [
    ("{editor}", "Erin", "Editor", "Editors"),
    ("{reviewer}", "Rosa", "Reviewer", "Medical reviewers"),
]:
    user = get_user_model().objects.create_user(username, username + "@kureiv.test", "{password}",
                                                first_name=first, last_name=last)
    user.groups.add(Group.objects.get(name=group))
"""


def database_url():
    """A database of the run's own on the benchmark's PostgreSQL server."""
    return environment.DATABASE_URL.rsplit("/", 1)[0] + f"/kureiv_twoservers_{os.getpid()}"


def postgres_answers():
    try:
        psycopg.connect(environment.DATABASE_URL.rsplit("/", 1)[0] + "/postgres", connect_timeout=3).close()
        return True
    except psycopg.OperationalError:
        return False


class TwoServers:
    def __init__(self, run_dir, workers=WORKERS):
        self.run_dir = run_dir
        self.workers = workers
        self.database_url = database_url()
        self.password = secrets.token_urlsafe(16)
        self.redis = None
        self.a = self.b = None
        self.s3_endpoint = None
        self._stack = contextlib.ExitStack()

    def __enter__(self):
        try:
            self._start()
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, *exc):
        self._stack.close()

    def _start(self):
        stack = self._stack
        environment.create_database(self.database_url)
        stack.callback(environment.drop_database, self.database_url)
        self.redis = stack.enter_context(PrivateRedis(environment.free_port()))
        self.s3_endpoint = self._start_s3(stack)
        self.env = {
            **os.environ,
            **environment.production_env(self.database_url, self.run_dir / "media", "kureiv"),
            "REDIS_URL": self.redis.url,
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",  # the one address staff are sent to, whichever server mails
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": self.s3_endpoint,
            "AWS_ACCESS_KEY_ID": "two-servers",
            "AWS_SECRET_ACCESS_KEY": "two-servers",
            "CONSULTATION_RATE_LIMIT_PER_HOUR": str(CONSULTATIONS_PER_HOUR),
            "GUNICORN_WORKERS": str(self.workers),
        }
        build_site = BUILD_SITE.format(editor=EDITOR, reviewer=REVIEWER, password=self.password)
        self._manage("shell", "-c", build_site, env=environment.with_demo_app(self.env))
        self.a = stack.enter_context(Gunicorn(self.env, environment.free_port(), self.run_dir / "a.log"))
        self.b = stack.enter_context(Gunicorn(self.env, environment.free_port(), self.run_dir / "b.log"))
        stack.callback(self.a.terminate)  # both told before either is waited for

    def _start_s3(self, stack):
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server logs every request otherwise
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        stack.callback(server.stop)
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="two-servers",
            aws_secret_access_key="two-servers",
        ).create_bucket(Bucket=BUCKET)
        return endpoint

    def _manage(self, *args, env=None):
        subprocess.run(
            [environment.PYTHON, environment.MANAGE, *args],
            env=env or self.env,
            cwd=environment.REPO,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def query(self, sql, *params):
        """The first column of the first row ``sql`` returns, read from the shared database."""
        with psycopg.connect(self.database_url) as conn:
            row = conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def logs(self):
        return "\n".join(f"--- {path.name}\n{path.read_text()[-3000:]}" for path in sorted(self.run_dir.glob("*.log")))
