"""Build the demo site in an empty database, the way a deployment would: migrate, collectstatic, demo content.

The demo content is loaded with bench/demo_settings.py (production plus the demo app), the rest with ``env``.
"""

import subprocess

from .environment import MANAGE, PYTHON, REPO, with_demo_app


def manage(env, *args):
    """Run ``manage.py *args`` with ``env`` (production settings); raise if it fails."""
    subprocess.run([PYTHON, MANAGE, *args], env=env, cwd=REPO, check=True)


def build_demo_site(env):
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manage(with_demo_app(env), "load_demo_content", "--verbosity", "0")
