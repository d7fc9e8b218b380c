"""Build the demo site in an empty database, the way a deployment would: migrate, collectstatic, demo content."""

import subprocess

from .environment import MANAGE, PYTHON, REPO


def manage(env, *args):
    """Run ``manage.py *args`` with ``env`` (production settings); raise if it fails."""
    subprocess.run([PYTHON, MANAGE, *args], env=env, cwd=REPO, check=True)


def build_demo_site(env):
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manage(env, "load_demo_content", "--verbosity", "0")
