"""Fixtures shared by every test module."""

import datetime
from dataclasses import dataclass

import pytest
import time_machine
from django.core.cache import caches
from wagtail.models import Site

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
    settings: ClinicSettings


@pytest.fixture
def site_tree(db):
    """A minimal site: Wagtail's welcome page replaced by a HomePage (the default site's root) with

    /services/ (one service), /blog/ (two posts), /locations/houston/ (open Mon - Fri, 8 A.M. - 5 P.M.),
    /consultation/, an About page, and ClinicSettings pointing at the location and the consultation page.
    """
    home = factories.install_home_page()
    services = factories.ServiceIndexPageFactory(parent=home)
    service = factories.ServicePageFactory(
        parent=services, title="Depression", short_name="Depression", condition_name="Major depressive disorder",
    )
    blog = factories.BlogIndexPageFactory(parent=home)
    posts = [
        factories.BlogPageFactory(parent=blog, title="What is ketamine infusion therapy?", date_published=datetime.date(2026, 10, 1)),
        factories.BlogPageFactory(parent=blog, title="Ketamine and PTSD", date_published=datetime.date(2026, 11, 2)),
    ]
    locations = factories.LocationIndexPageFactory(parent=home)
    location = factories.LocationPageFactory(parent=locations, title="Houston", slug="houston", hours=factories.WEEKDAYS_8_TO_5)
    consultation = factories.ConsultationPageFactory(parent=home)
    about = factories.StandardPageFactory(parent=home, title="About KureIV", slug="about")
    site = Site.objects.get(is_default_site=True)
    settings = factories.ClinicSettingsFactory(site=site, primary_location=location, consultation_page=consultation)
    return SiteTree(
        site=site, home=home, services=services, service=service, blog=blog, posts=posts,
        locations=locations, location=location, consultation=consultation, about=about, settings=settings,
    )


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: a page cached by one test must never answer another."""
    for cache in caches.all():
        cache.clear()


def pytest_collection_modifyitems(items):
    """Browser tests last: their transactional database is emptied after each (see tests/e2e/conftest.py)."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture
def clock():
    """Time stands still at 09:00 on a Wednesday in Houston until a test moves it (TOTP codes change every 30 s)."""
    with time_machine.travel(datetime.datetime(2026, 11, 25, 15, 0, tzinfo=datetime.UTC), tick=False) as traveller:
        yield traveller
