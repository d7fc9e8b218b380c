"""The site-wide FAQ page: its own questions, then every live, public condition page's, read at serve time."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from editorial.roles import EDITORS
from services.models import FaqPage
from tests import factories
from tests.seo.conftest import html_of, json_ld
from tests.workflow.conftest import make_user

pytestmark = pytest.mark.django_db


def faq(heading, *pairs):
    """An FAQ block in raw StreamField form; ``pairs`` are (question, answer HTML)."""
    items = [{"question": question, "answer": answer} for question, answer in pairs]
    return {"type": "faq", "value": {"heading": heading, "items": items}}


def publish(page):
    page.save_revision().publish()


def questions(response):
    """The questions shown, grouped by each FAQ section's heading."""
    return {
        section.h2.get_text(strip=True): [summary.get_text(strip=True) for summary in section.select("summary")]
        for section in html_of(response).select("section.faq")
    }


@pytest.fixture
def site(site_tree):
    """The test site with two condition pages carrying FAQs, one without, and the FAQ page."""
    site = site_tree
    site.service.body = [faq("Questions", ("Does it hurt?", "<p>Most patients feel <b>relaxed</b>.</p>"))]
    publish(site.service)
    site.pain = factories.ServicePageFactory(
        parent=site.services,
        title="Ketamine for chronic pain",
        short_name="Chronic pain",
        body=[
            faq("About pain", ("How long does relief last?", "<p>It varies.</p>")),
            faq("More", ("Is it safe with opioids?", "<p>We review every medicine.</p>")),
        ],
    )
    factories.ServicePageFactory(parent=site.services, title="OCD", short_name="OCD")  # no FAQ block
    site.faq = FaqPage(
        title="Frequently asked questions",
        slug="faq",
        intro="What patients ask us.",
        body=[faq("General questions", ("How do I start?", "<p>Call us.</p>"))],
    )
    site.home.add_child(instance=site.faq)
    return site


def test_gathers_each_condition_pages_questions_under_its_name_after_its_own(site, client):
    response = client.get("/faq/")
    assert list(questions(response).items()) == [
        ("General questions", ["How do I start?"]),
        ("Depression", ["Does it hurt?"]),
        ("Chronic pain", ["How long does relief last?", "Is it safe with opioids?"]),
    ]
    more = html_of(response).select("section.faq .faq__more a")
    assert [link["href"] for link in more] == [site.service.url, site.pain.url]


def test_leaves_out_draft_and_private_condition_pages(site, client):
    site.pain.unpublish()
    PageViewRestriction.objects.create(page=site.service, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert list(questions(client.get("/faq/"))) == ["General questions"]
    assert [item["name"] for item in json_ld(client.get("/faq/"))["FAQPage"]["mainEntity"]] == ["How do I start?"]


def test_one_faq_page_object_holds_every_question(site, client):
    data = json_ld(client.get("/faq/"))  # json_ld refuses two objects of one type
    entities = data["FAQPage"]["mainEntity"]
    assert [item["name"] for item in entities] == [
        "How do I start?",
        "Does it hurt?",
        "How long does relief last?",
        "Is it safe with opioids?",
    ]
    assert entities[1]["acceptedAnswer"] == {"@type": "Answer", "text": "Most patients feel relaxed."}


def test_without_any_question_there_is_no_faq_page_object(site, client):
    site.faq.body = []
    publish(site.faq)
    for page in (site.service, site.pain):
        page.unpublish()
    assert "FAQPage" not in json_ld(client.get("/faq/"))


def test_editing_a_condition_page_purges_the_cached_faq_page(site, client):
    client.get("/faq/")
    assert client.get("/faq/")["X-Page-Cache"] == "hit"
    site.service.body = [faq("Questions", ("Will I be awake?", "<p>Yes, and relaxed.</p>"))]
    publish(site.service)
    response = client.get("/faq/")
    assert response["X-Page-Cache"] != "hit"
    assert questions(response)["Depression"] == ["Will I be awake?"]


def test_every_page_links_to_it_in_the_footer(site, client):
    for url in ["/", site.service.url, site.posts[0].url, site.location.url, site.about.url, "/faq/"]:
        assert html_of(client.get(url)).select_one('footer a[href="/faq/"]'), url


def test_only_one_faq_page_under_the_home_page(site):
    assert not FaqPage.can_create_at(site.home)


def test_editors_edit_the_general_questions_and_are_told_where_the_others_come_from(site, client):
    editor = make_user("erin", EDITORS)
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[site.faq.pk]))
    assert response.status_code == 200
    assert "edit that condition&#x27;s page" in response.content.decode()
