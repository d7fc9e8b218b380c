"""What a patient looks for around every page: the clinic's email, About in the menu by a short name, and
a way to search when a page is not found."""

import pytest
from bs4 import BeautifulSoup

from tests.seo.conftest import json_ld

pytestmark = pytest.mark.django_db


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_email_is_a_mailto_link_in_the_footer_and_on_the_location_page_and_in_the_clinic_json_ld(client, site_tree):
    site_tree.settings.email = "hello@clinic.example"
    site_tree.settings.save()
    for url in ["/", site_tree.about.url]:
        assert html(client.get(url)).select_one('footer a[href="mailto:hello@clinic.example"]'), url
    assert html(client.get(site_tree.location.url)).select_one('main a[href="mailto:hello@clinic.example"]')
    assert json_ld(client.get("/"))["MedicalClinic"]["email"] == "hello@clinic.example"


def test_no_email_no_mailto_and_no_json_ld_email(client, site_tree):
    response = client.get("/")
    assert not html(response).select('a[href^="mailto:"]')
    assert "email" not in json_ld(response)["MedicalClinic"]


def test_a_standard_page_in_the_menu_shows_its_short_menu_title(client, site_tree):
    about = site_tree.about
    about.show_in_menus, about.menu_title = True, "About"
    about.save_revision().publish()
    page = html(client.get("/"))
    assert [a.get_text() for a in page.select(f'#site-nav a[href="{about.url}"]')] == ["About"]
    assert [a.get_text() for a in page.select(f'footer a[href="{about.url}"]')] == ["About"]
    about.menu_title = ""
    about.save_revision().publish()
    assert html(client.get("/")).select_one(f'#site-nav a[href="{about.url}"]').get_text() == "About KureIV"


def test_the_not_found_page_offers_a_search(client, site_tree):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    form = html(response).select_one('form[role="search"]')
    assert form["action"] == "/search/" and form["method"] == "get"
    assert form.select_one('input[name="q"]')["id"] == form.label["for"]
