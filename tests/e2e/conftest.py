"""Real-browser tests: Playwright drives Debian's /usr/bin/chromium against pytest-django's live server.

The live server reads committed data, so these tests use ``transactional_db``, which empties
every table afterwards — including the rows migrations made (Wagtail's root page, locale and
collection, the groups and workflow). Django's ``serialized_rollback`` would restore them, but it
looks for its snapshot on the connection object, and under Playwright the test runs with a
different one. So the snapshot is taken here, once, and restored on whichever connection the test
uses. ``tests/conftest.py`` runs these tests last, so no other test sees an emptied database.
"""

import os

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from wagtail.models import Page

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


@pytest.fixture(scope="session")
def migrated_data(django_db_setup, django_db_blocker):
    """Everything the migrations put in the test database, serialised before any browser test runs."""
    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def restore_migrated_data(request, migrated_data):
    """Put back what an earlier browser test's flush removed, as Django's serialized rollback would."""
    if "transactional_db" not in request.fixturenames and "live_server" not in request.fixturenames:
        return
    request.getfixturevalue("transactional_db")
    if Page.get_first_root_node() is None:
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(migrated_data)
        # The rows came back with their own ids; move PostgreSQL's sequences past them.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)


@pytest.fixture
def demo_site(transactional_db, live_server):
    """The demo content, loaded into the database the live server reads; returns the server's URL."""
    call_command("load_demo_content", verbosity=0)
    return live_server.url
