"""Real-browser tests: Playwright drives Debian's /usr/bin/chromium against pytest-django's live server.

The live server reads committed data, so these tests use ``transactional_db``; ``tests/conftest.py``
puts back the rows migrations made before each such test, and runs these tests last.
"""

import os

import pytest
from django.core.management import call_command

# Playwright runs an event loop in the test thread; the ORM calls the tests make are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


@pytest.fixture
def demo_site(transactional_db, live_server):
    """The demo content, loaded into the database the live server reads; returns the server's URL."""
    call_command("load_demo_content", verbosity=0)
    return live_server.url
