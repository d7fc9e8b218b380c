"""core.site_cache: the header, footer and menu are kept across requests, and every edit that
changes them shows on the next request."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from core.models import ClinicSettings
from locations.models import OpeningHours
from tests import factories

pytestmark = pytest.mark.django_db


def header(client):
    return " ".join(
        BeautifulSoup(client.get("/about/").content, "html.parser").select_one("header").get_text(" ").split()
    )


def menu_links(client):
    """The links of the menu and the footer."""
    html = BeautifulSoup(client.get("/about/").content, "html.parser")
    return [a["href"] for a in html.select("#site-nav a, footer a")]


def test_a_second_request_builds_nothing_again(site_tree, client, django_assert_max_num_queries):
    client.get("/about/")
    with django_assert_max_num_queries(6):
        client.get("/about/")


def test_a_new_page_in_the_menu_shows_at_once(site_tree, client):
    assert "/careers/" not in menu_links(client)
    page = factories.StandardPageFactory(parent=site_tree.home, title="Careers", slug="careers", live=False)
    page.save_revision().publish()
    assert "/careers/" in menu_links(client)


def test_an_unpublished_condition_leaves_the_menu_at_once(site_tree, client):
    assert site_tree.service.url in menu_links(client)
    site_tree.service.unpublish()
    assert site_tree.service.url not in menu_links(client)


def test_a_changed_phone_number_shows_at_once(site_tree, client):
    assert "(713) 555-0142" in header(client)
    settings = ClinicSettings.objects.get()
    settings.phone = "(713) 555-0199"
    settings.save()
    assert "(713) 555-0199" in header(client)


def test_changed_opening_hours_show_once_the_location_is_published(site_tree, client):
    assert "Mon - Fri (8 A.M. - 5 P.M.)" in header(client)
    location = site_tree.location
    location.opening_hours = [
        OpeningHours(weekday=day, opens=datetime.time(9), closes=datetime.time(17)) for day in range(5)
    ]
    location.save_revision().publish()
    assert "Mon - Fri (9 A.M. - 5 P.M.)" in header(client)


def test_a_section_made_private_leaves_the_menu_at_once(site_tree, client):
    site_tree.locations.show_in_menus = True
    site_tree.locations.save_revision().publish()
    assert "/locations/" in menu_links(client)
    PageViewRestriction.objects.create(page=site_tree.locations, restriction_type=PageViewRestriction.LOGIN)
    assert "/locations/" not in menu_links(client)
