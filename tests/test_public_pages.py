"""Every public page of the demo site renders, and shows the facts it must show."""

import datetime
import re

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import RequestFactory
from django.views.defaults import server_error

from blog.models import BlogIndexPage, BlogPage
from locations.models import Closure, LocationPage
from services.models import ServicePage

HEADER_HOURS = "Mon - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun"
ADDRESS = "8200 Wednesbury Ln, Suite 225, Houston, TX 77074"
CONDITION_SLUGS = ["depression", "bipolar-disorder", "anxiety", "ptsd", "ocd", "chronic-pain"]
# A Wednesday morning in Houston: the clinic is open.
WEDNESDAY_10AM = datetime.datetime(2026, 11, 18, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-6)))


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text(node):
    return " ".join(node.get_text(" ").split())


def public_urls():
    pages = [page for page in BlogIndexPage.objects.first().get_site().root_page.get_descendants(inclusive=True).live()]
    return [page.url for page in pages]


def test_every_demo_page_renders_with_the_header_facts(demo, client):
    urls = public_urls()
    assert len(urls) >= 1 + 1 + 6 + 1 + 9 + 2 + 1 + 2
    for url in urls:
        html = soup(client.get(url))
        header = text(html.select_one("header.site-header"))
        assert "Evidence Based Treatments That Work!" in header, url
        assert HEADER_HOURS in header, url
        assert "8200 Wednesbury Ln, Suite 225" in header, url
        assert html.select_one('header a[href^="tel:+1"]'), url
        assert len(html.find_all("h1")) == 1, url
        footer = text(html.select_one("footer.site-footer"))
        assert "About KureIV" in footer and "988" in footer and "911" in footer, url
        assert html.select_one('footer a[href="/privacy-policy/"]') and html.select_one('footer a[href="/about/"]'), url


def test_navigation_links_every_condition_and_the_consultation_page(demo, client):
    nav = soup(client.get("/")).select_one("#site-nav")
    hrefs = {a["href"] for a in nav.find_all("a")}
    assert {f"/services/{slug}/" for slug in CONDITION_SLUGS} <= hrefs
    assert {"/", "/services/", "/blog/", "/locations/", "/consultation/"} <= hrefs


@time_machine.travel(WEDNESDAY_10AM, tick=False)
def test_home_shows_hero_conditions_latest_posts_and_todays_hours(demo, client):
    html = soup(client.get("/"))
    hero = html.select_one(".hero")
    assert [a["href"] for a in hero.select("a.button")] == ["/consultation/"]
    cards = [a["href"] for a in html.select(".service-card a")]
    assert cards == [f"/services/{slug}/" for slug in CONDITION_SLUGS]
    newest = [post.url for post in BlogPage.objects.live().order_by("-date_published")[:3]]
    assert [a["href"] for a in html.select(".post-card .card__title a")] == newest
    teaser = text(html.select_one(".location-teaser"))
    assert "Today: 8 A.M. - 5 P.M." in teaser
    assert "Open now · closes 5 P.M." in teaser


@time_machine.travel(WEDNESDAY_10AM + datetime.timedelta(days=3), tick=False)
def test_home_says_once_that_the_clinic_is_closed_today(demo, client):
    teaser = text(soup(client.get("/")).select_one(".location-teaser"))
    assert "Closed now · opens Mon 8 A.M." in teaser
    assert teaser.count("Closed") == 2  # the status and the week's summary ("Closed Sat & Sun"), no "Today: Closed"


@pytest.mark.parametrize("slug", CONDITION_SLUGS)
def test_service_page_has_sections_faq_related_posts_and_call_to_action(demo, client, slug):
    service = ServicePage.objects.get(slug=slug)
    html = soup(client.get(f"/services/{slug}/"))
    body = text(html.select_one("main"))
    assert html.h1.get_text() == service.title
    assert service.summary in body
    headings = [text(h) for h in html.select("main article h2")]
    assert any("ketamine" in h.lower() for h in headings)
    assert html.select(".faq details summary")
    assert html.select_one(f'main a[href="/consultation/?condition={slug}"]')
    in_page_notice = html.select_one("main .crisis-notice")
    assert (in_page_notice is not None) == service.mental_health
    related = [a["href"] for a in html.select("main .aside .link-list a")]
    assert related == [
        post.url for post in BlogPage.objects.live().filter(related_services=service).order_by("-date_published")[:3]
    ]


def test_only_chronic_pain_is_not_a_mental_health_page(demo):
    assert list(ServicePage.objects.filter(mental_health=False).values_list("slug", flat=True)) == ["chronic-pain"]


def test_blog_index_lists_newest_first_ten_a_page(demo, client):
    blog = BlogIndexPage.objects.get()
    original = list(BlogPage.objects.live())
    for index in range(12):  # older copies, so there is always a second page
        original[index % len(original)].copy(
            update_attrs={
                "slug": f"copy-{index}",
                "title": f"Copy {index}",
                "date_published": datetime.date(2020, 1, 1 + index),
            },
            keep_live=True,
        )
    posts = list(BlogPage.objects.live().order_by("-date_published", "-first_published_at", "-pk"))
    listed = [a["href"] for a in soup(client.get("/blog/")).select(".post-card .card__title a")]
    assert listed == [post.url for post in posts][:10]
    assert len(posts) == BlogPage.objects.live().child_of(blog).count() > 20
    second = [a["href"] for a in soup(client.get("/blog/?page=2")).select(".post-card .card__title a")]
    assert second == [post.url for post in posts][10:20]
    third = [a["href"] for a in soup(client.get("/blog/?page=3")).select(".post-card .card__title a")]
    assert third == [post.url for post in posts][20:30]
    assert client.get("/blog/?page=99").status_code == 404
    assert client.get("/blog/?page=abc").status_code == 404


def test_category_and_tag_pages_list_only_their_posts(demo, client):
    post = BlogPage.objects.get(slug="opioids-versus-ketamine-for-chronic-pain")
    category = post.categories.first()
    tag = post.tags.first()
    in_category = {
        a["href"] for a in soup(client.get(f"/blog/category/{category.slug}/")).select(".post-card .card__title a")
    }
    assert in_category == {p.url for p in BlogPage.objects.live().filter(categories=category)}
    tagged = {a["href"] for a in soup(client.get(f"/blog/tag/{tag.slug}/")).select(".post-card .card__title a")}
    assert tagged == {p.url for p in BlogPage.objects.live().filter(tags=tag)}
    assert post.url in in_category and post.url in tagged
    assert client.get("/blog/category/no-such-category/").status_code == 404
    assert client.get("/blog/tag/no-such-tag/").status_code == 404


def test_article_shows_byline_hero_alt_reading_time_recent_posts_and_conditions(demo, client):
    post = BlogPage.objects.get(slug="opioids-versus-ketamine-for-chronic-pain")
    html = soup(client.get(post.url))
    assert html.h1.get_text() == post.title
    meta = text(html.select_one(".article-meta"))
    assert post.author.display_name in meta
    assert re.search(r"\d+ min read", meta)
    hero = html.select_one(".article-hero img")
    assert hero["alt"] == post.hero_alt and "couch" in hero["alt"]
    assert html.select_one(".article-hero img")["fetchpriority"] == "high"
    recent = [a["href"] for a in html.select("#recent-heading + .link-list a")]
    others = BlogPage.objects.live().exclude(pk=post.pk).order_by("-date_published", "-first_published_at")[:5]
    assert recent == [p.url for p in others]
    assert html.select_one('.article-footer a[href="/services/chronic-pain/"]')
    assert html.select_one('.article-footer a[href^="/blog/category/"]')
    assert html.select_one("main .cta-band a[href='/consultation/']")


@pytest.mark.parametrize(
    "url, reviewer",
    [
        ("/services/depression/", "Dr. Anjali Mehta, MD"),
        # written by Dr. Mehta, so reviewed by a second person
        ("/blog/opioids-versus-ketamine-for-chronic-pain/", "Elena Vasquez, PMHNP-BC"),
    ],
)
def test_demo_medical_pages_carry_the_review_credit_from_an_approval(demo, client, url, reviewer):
    credit = text(soup(client.get(url)).select_one(".medical-review"))
    assert credit.startswith(f"Medically reviewed by {reviewer} on ")


def test_every_body_image_has_alt_text(demo, client):
    for url in public_urls():
        for img in soup(client.get(url)).select("main img"):
            assert img.has_attr("alt"), (url, img)
            assert img.has_attr("width") and img.has_attr("height"), (url, img)


@time_machine.travel(WEDNESDAY_10AM, tick=False)
def test_location_page_shows_address_map_hours_closures_and_status(demo, client):
    location = LocationPage.objects.get(slug="houston")
    Closure.objects.create(location=location, start_date=datetime.date(2026, 11, 26), reason="Thanksgiving break")
    html = soup(client.get("/locations/houston/"))
    main = text(html.select_one("main"))
    assert "8200 Wednesbury Ln, Suite 225" in main and "Houston, TX 77074" in main
    assert html.select_one('main a[href^="https://www.openstreetmap.org/search"]')
    assert html.select_one('main a[href^="tel:+1"]')
    rows = [(text(tr.th), text(tr.td)) for tr in html.select(".hours-table tr")]
    assert rows[0] == ("Monday", "8 A.M. - 5 P.M.") and rows[5] == ("Saturday", "Closed") and len(rows) == 7
    assert "Thanksgiving break" in text(html.select_one(".closure-list"))
    assert text(html.select_one(".status-pill")) == "Open now · closes 5 P.M."
    assert "Parking" in main and "Getting here" in main


@time_machine.travel(
    datetime.datetime(2026, 11, 20, 18, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-6))), tick=False
)
def test_location_status_on_friday_evening_says_when_it_opens(demo, client):
    html = soup(client.get("/locations/houston/"))
    assert text(html.select_one(".status-pill")) == "Closed now · opens Mon 8 A.M."


def test_header_hours_follow_location_rows(demo, client):
    location = LocationPage.objects.get(slug="houston")
    rows = list(location.opening_hours.all())
    next(row for row in rows if row.weekday == 4).closes = datetime.time(12, 0)
    saturday = next(row for row in rows if row.weekday == 5)
    saturday.closed, saturday.opens, saturday.closes = False, datetime.time(9), datetime.time(12)
    location.opening_hours = rows
    location.save_revision().publish()
    post = BlogPage.objects.live().first()
    for url in ["/", post.url, "/services/ptsd/"]:
        header = text(soup(client.get(url)).select_one("header.site-header"))
        assert "Mon - Thu (8 A.M. - 5 P.M.) · Fri (8 A.M. - 12 P.M.) · Sat (9 A.M. - 12 P.M.) · Closed Sun" in header


def test_standard_pages_about_and_privacy(demo, client):
    about = text(soup(client.get("/about/")).select_one("main"))
    privacy = text(soup(client.get("/privacy-policy/")).select_one("main"))
    assert "About KureIV" in about
    assert "Privacy policy" in privacy


def test_404_page_is_in_the_site_style(demo, client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("header.site-header") and html.select_one("footer.site-footer")
    assert "can’t find that page" in html.h1.get_text()


def test_500_page_renders_without_the_database():
    # No django_db mark: any query here raises, so this proves the 500 page reads nothing from the database.
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert "Something went wrong" in html.h1.get_text()
    assert html.select_one('a[href="tel:988"]') and html.select_one('a[href="tel:911"]')
    assert html.select_one('link[rel="stylesheet"][href*="site"]')


def test_demo_loader_is_idempotent(demo):
    from django.apps import apps

    models = [
        m
        for m in apps.get_models()
        if m._meta.app_label
        in {"wagtailcore", "wagtailimages", "core", "blog", "locations", "services", "home", "consultations", "taggit"}
    ]
    before = {m._meta.label: m.objects.count() for m in models}
    call_command("load_demo_content", verbosity=0)
    after = {m._meta.label: m.objects.count() for m in models}
    assert after == before


def test_faq_and_cost_pages_are_in_every_footer_and_linked_where_patients_decide(demo, client):
    for url in public_urls():
        footer = soup(client.get(url)).select_one("footer.site-footer")
        assert footer.select_one('a[href="/faq/"]') and footer.select_one('a[href="/cost-and-insurance/"]'), url
    for url in [*(f"/services/{slug}/" for slug in CONDITION_SLUGS), "/consultation/", "/faq/"]:
        assert [a["href"] for a in soup(client.get(url)).select(".cost-link a")] == ["/cost-and-insurance/"], url
    sections = [text(h2) for h2 in soup(client.get("/faq/")).select("main section.faq h2")]
    names = [ServicePage.objects.get(slug=slug).short_name for slug in CONDITION_SLUGS]
    assert sections == ["General questions", *names]
    cost = text(soup(client.get("/cost-and-insurance/")).select_one("main"))
    assert "[price]" in cost and "[clinic to confirm:" in cost  # what the clinic must fill in before launch
