"""Our team: a page per clinician from the Person records, linked from bylines and review credits."""

import datetime

import pytest
from django.utils import timezone

from core.models import Person, unique_person_slug
from tests import factories
from tests.seo.conftest import ROOT, html_of, json_ld


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def people(db):
    shown = factories.PersonFactory(name="Anjali Mehta", role="Medical Director", show_on_site=True, bio="Leads us.")
    hidden = factories.PersonFactory(name="Guest Writer", honorific="", credentials="", show_on_site=False)
    return shown, hidden


def test_a_slug_is_made_from_the_name_and_kept_unique(db):
    first = factories.PersonFactory(name="Ann Lee")
    second = factories.PersonFactory(name="Ann Lee")
    assert (first.slug, second.slug) == ("ann-lee", "ann-lee-2")
    second.name = "Ann Lee-Park"
    second.save()
    assert second.slug == "ann-lee-2"  # an address once given is kept
    assert unique_person_slug("Ann Lee", Person.objects.all()) == "ann-lee-3"


def test_the_team_page_lists_only_the_people_shown_on_the_site(site, people, client):
    shown, hidden = people
    html = html_of(client.get("/team/"))
    names = [link.get_text(strip=True) for link in html.select(".team-card .card__title a")]
    assert names == [shown.display_name]
    assert html.select_one(".team-card a")["href"] == "/team/anjali-mehta/"


def test_a_person_shown_on_the_site_has_a_page_with_person_json_ld(site, people, client):
    shown, _ = people
    response = client.get("/team/anjali-mehta/")
    html = html_of(response)
    assert html.h1.get_text(strip=True) == "Dr. Anjali Mehta, MD"
    assert "Leads us." in html.select_one(".team-member").get_text()
    assert html.select_one('meta[name="description"]')["content"] == "Leads us."
    person = json_ld(response)["Person"]
    assert person["name"] == "Dr. Anjali Mehta, MD"
    assert person["jobTitle"] == "Medical Director"
    assert person["url"] == f"{ROOT}/team/anjali-mehta/"
    assert person["worksFor"] == {"@id": f"{ROOT}/#clinic"}
    assert (person["honorificPrefix"], person["honorificSuffix"]) == ("Dr.", "MD")


def test_people_not_shown_and_unknown_slugs_are_not_found(site, people, client):
    _, hidden = people
    assert client.get(f"/team/{hidden.slug}/").status_code == 404
    assert client.get("/team/nobody/").status_code == 404


def test_the_team_page_is_in_the_footer_of_every_page(site, client):
    for url in ["/", site.about.url, site.posts[0].url]:
        assert html_of(client.get(url)).select_one('footer a[href="/team/"]'), url


def test_the_byline_and_the_review_credit_link_to_the_team_page(site, people, client, django_user_model):
    shown, hidden = people
    reviewer = django_user_model.objects.create_user("amehta")
    shown.user = reviewer
    shown.save()
    post = site.posts[0]
    post.author = shown
    post.medically_reviewed_by = reviewer
    post.medically_reviewed_at = timezone.make_aware(datetime.datetime(2026, 11, 20, 10, 0))
    publish(post)
    html = html_of(client.get(post.url))
    assert html.select_one(".page-head .article-meta a")["href"] == "/team/anjali-mehta/"
    assert html.select_one(".medical-review a")["href"] == "/team/anjali-mehta/"
    assert html.select_one(".author-box a")["href"] == "/team/anjali-mehta/"

    post.author = hidden
    publish(post)
    meta = html_of(client.get(post.url)).select_one(".page-head .article-meta")
    assert "By Guest Writer" in meta.get_text(" ") and meta.a is None


def test_no_links_when_the_team_page_is_not_live(site, people, client):
    shown, _ = people
    site.team.unpublish()
    post = site.posts[0]
    post.author = shown
    publish(post)
    assert html_of(client.get(post.url)).select_one(".page-head .article-meta a") is None
