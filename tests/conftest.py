"""Fixtures shared by every test module."""

import datetime
from dataclasses import dataclass

import pytest
import time_machine
from django.apps import apps
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from wagtail.models import Page, Site

from core.models import ClinicSettings

from . import factories


@dataclass
class SiteTree:
    """The pages of a minimal but complete KureIV site, as ``site_tree`` builds them."""

    site: Site
    home: object
    services: object
    service: object
    blog: object
    posts: list
    locations: object
    location: object
    consultation: object
    about: object
    team: object
    settings: ClinicSettings


@pytest.fixture
def site_tree(db):
    """A minimal site: Wagtail's welcome page replaced by a HomePage (the default site's root) with

    /services/ (one service), /blog/ (two posts), /locations/houston/ (open Mon - Fri, 8 A.M. - 5 P.M.),
    /consultation/, an About page, /team/ (the people shown on the site), and ClinicSettings pointing at the location and the consultation page.
    """
    home = factories.install_home_page()
    services = factories.ServiceIndexPageFactory(parent=home)
    service = factories.ServicePageFactory(
        parent=services,
        title="Depression",
        short_name="Depression",
        condition_name="Major depressive disorder",
    )
    blog = factories.BlogIndexPageFactory(parent=home)
    posts = [
        factories.BlogPageFactory(
            parent=blog, title="What is ketamine infusion therapy?", date_published=datetime.date(2026, 10, 1)
        ),
        factories.BlogPageFactory(parent=blog, title="Ketamine and PTSD", date_published=datetime.date(2026, 11, 2)),
    ]
    locations = factories.LocationIndexPageFactory(parent=home)
    location = factories.LocationPageFactory(
        parent=locations, title="Houston", slug="houston", hours=factories.WEEKDAYS_8_TO_5
    )
    consultation = factories.ConsultationPageFactory(parent=home)
    about = factories.StandardPageFactory(parent=home, title="About KureIV", slug="about")
    team = factories.TeamPageFactory(parent=home)
    site = Site.objects.get(is_default_site=True)
    settings = factories.ClinicSettingsFactory(site=site, primary_location=location, consultation_page=consultation)
    return SiteTree(
        site=site,
        home=home,
        services=services,
        service=service,
        blog=blog,
        posts=posts,
        locations=locations,
        location=location,
        consultation=consultation,
        about=about,
        team=team,
        settings=settings,
    )


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: a page cached by one test must never answer another."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def migrated_data(django_db_setup, django_db_blocker):
    """Everything the migrations put in the test database, serialised before any transactional test empties it.

    A test with ``transactional_db`` (the browser tests, a race between two requests) empties every table
    afterwards, including the rows migrations made (Wagtail's root page, locale and collection, the groups
    and workflow). Django's ``serialized_rollback`` would restore them, but it looks for its snapshot on the
    connection object, and under Playwright the test runs with a different one. So the snapshot is taken
    here, once, and restored on whichever connection the test uses.
    """
    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def restore_migrated_data(request):
    """Put back what an earlier transactional test's flush removed, as Django's serialized rollback would.

    Only transactional tests ask for the snapshot, so a test that needs no database never sets one up.
    """
    marker = request.node.get_closest_marker("django_db")
    by_marker = marker is not None and marker.kwargs.get("transaction", False)
    if not by_marker and "transactional_db" not in request.fixturenames and "live_server" not in request.fixturenames:
        return
    migrated_data = request.getfixturevalue("migrated_data")
    request.getfixturevalue("transactional_db")
    if Page.get_first_root_node() is None:
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(migrated_data)
        # The rows came back with their own ids; move PostgreSQL's sequences past them.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)


def pytest_collection_modifyitems(items):
    """Browser tests last: their transactional database is emptied after each (see ``migrated_data``)."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture
def clock():
    """Time stands still at 09:00 on a Wednesday in Houston until a test moves it (TOTP codes change every 30 s)."""
    with time_machine.travel(datetime.datetime(2026, 11, 25, 15, 0, tzinfo=datetime.UTC), tick=False) as traveller:
        yield traveller
