"""Clinic settings' cost page: chosen once, linked from every condition page, the consultation page and the FAQ."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from core.models import ClinicSettings
from services.models import FaqPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site_tree):
    site_tree.cost = factories.StandardPageFactory(
        parent=site_tree.home, title="Cost, insurance and payment", slug="cost-and-insurance"
    )
    site_tree.home.add_child(instance=FaqPage(title="Frequently asked questions", slug="faq"))
    site_tree.settings.cost_page = site_tree.cost
    site_tree.settings.save()
    return site_tree


def cost_links(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return [link["href"] for link in BeautifulSoup(response.content, "html.parser").select(".cost-link a")]


def test_condition_consultation_and_faq_pages_link_to_the_chosen_cost_page(site, client):
    for url in [site.service.url, site.consultation.url, "/faq/"]:
        assert cost_links(client, url) == ["/cost-and-insurance/"], url


def test_no_link_when_none_is_chosen_or_the_page_is_not_live(site, client):
    site.cost.unpublish()
    assert cost_links(client, site.service.url) == []
    site.settings.cost_page = None
    site.settings.save()
    assert cost_links(client, site.consultation.url) == []


def test_retitling_the_cost_page_changes_every_link(site, client):
    client.get(site.service.url)
    site.cost.title = "What treatment costs"
    site.cost.save_revision().publish()
    html = BeautifulSoup(client.get(site.service.url).content, "html.parser")
    assert html.select_one(".cost-link a").get_text() == "What treatment costs"


def test_clinic_settings_refuse_a_cost_page_of_another_type(site):
    settings = ClinicSettings.for_site(site.site)
    settings.cost_page = site.location
    with pytest.raises(ValidationError) as refused:
        settings.full_clean()
    assert refused.value.message_dict["cost_page"] == ["Choose a standard page."]
