"""Each purge rule of core.cache_purging: an edit reaches every page that shows it, and no more."""

import datetime

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from core.models import ClinicSettings
from tests import factories

ALL_PAGES = [
    "/",
    "/services/",
    "/services/depression/",
    "/blog/",
    "/blog/feed/",
    "/locations/",
    "/locations/houston/",
    "/about/",
    "/sitemap.xml",
]


def warm(client, *paths):
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit", path


def hit(client, path):
    return client.get(path)["X-Page-Cache"] == "hit"


def body(client, path):
    return client.get(path).content.decode()


@pytest.fixture
def site(site_tree):
    category = factories.BlogCategoryFactory(name="Research", slug="research")
    post = site_tree.posts[1]
    post.categories.add(category)
    post.tags.add("infusions")
    post.related_services.add(site_tree.service)
    post.save_revision().publish()
    return site_tree


def new_post(site, title, **kwargs):
    post = factories.BlogPageFactory.build(title=title, date_published=datetime.date(2026, 11, 20), **kwargs)
    site.blog.add_child(instance=post)
    return post


LISTINGS = [
    "/blog/",
    "/blog/?page=1",
    "/blog/category/research/",
    "/blog/tag/infusions/",
    "/blog/feed/",
    "/",
    "/sitemap.xml",
]


@pytest.mark.django_db
def test_publishing_a_post_purges_every_listing_and_article_but_not_unrelated_pages(client, site):
    warm(client, *LISTINGS, site.posts[0].url, "/services/depression/", "/about/", "/locations/houston/")
    post = new_post(site, "Ketamine and sleep", live=False)
    post.categories.add(site.posts[1].categories.first())
    post.tags.add("infusions")
    post.save_revision().publish()

    for path in LISTINGS[:-1]:
        assert "Ketamine and sleep" in body(client, path), path
    assert post.url in body(client, "/sitemap.xml")
    assert "Ketamine and sleep" in body(client, site.posts[0].url)  # Recent Posts
    assert not hit(client, "/services/depression/")  # related posts
    assert hit(client, "/about/")
    assert hit(client, "/locations/houston/")


@pytest.mark.django_db
def test_publishing_a_post_purges_the_service_pages_that_list_related_posts(client, site):
    warm(client, "/services/depression/")
    post = new_post(site, "Depression and ketamine: the evidence", live=False)
    post.related_services.add(site.service)
    post.save_revision().publish()
    assert "Depression and ketamine: the evidence" in body(client, "/services/depression/")


@pytest.mark.django_db
def test_unpublishing_a_post_takes_it_off_every_listing_and_its_own_url(client, site):
    post = site.posts[1]
    warm(client, *LISTINGS, post.url)
    post.unpublish()
    assert client.get(post.url).status_code == 404
    for path in ["/blog/", "/blog/feed/", "/"]:
        assert post.title not in body(client, path), path
    assert post.title not in body(client, "/blog/category/research/")


@pytest.mark.django_db
def test_deleting_a_live_post_purges_its_listings(client, site):
    post = site.posts[1]
    warm(client, "/blog/", post.url)
    Page.objects.get(pk=post.pk).delete()
    assert client.get(post.url).status_code == 404
    assert post.title not in body(client, "/blog/")


@pytest.mark.django_db
def test_moving_a_page_purges_everything(client, site):
    child = factories.StandardPageFactory(parent=site.about, title="Our team", slug="team")
    warm(client, *ALL_PAGES, "/about/team/")
    target = factories.StandardPageFactory(parent=site.home, title="Careers", slug="careers")
    warm(client, "/careers/")
    Page.objects.get(pk=child.pk).move(target, pos="last-child")
    assert client.get("/about/team/").status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert client.get("/careers/team/").status_code == 200
    for path in ALL_PAGES:
        assert not hit(client, path), path


@pytest.mark.django_db
def test_renaming_a_service_changes_the_menu_on_every_page(client, site):
    warm(client, *ALL_PAGES)
    site.service.short_name = "Treatment-resistant depression"
    site.service.save_revision().publish()
    for path in ["/", "/services/", "/blog/", "/locations/", "/locations/houston/", "/about/"]:
        assert "Treatment-resistant depression" in body(client, path), path


@pytest.mark.django_db
def test_changing_hours_on_the_location_page_changes_the_header_everywhere(client, site):
    warm(client, *ALL_PAGES)
    friday = site.location.opening_hours.get(weekday=4)
    friday.closes = datetime.time(13)
    friday.save()
    site.location.save_revision().publish()
    expected = "Mon - Thu (8 A.M. - 5 P.M.) · Fri (8 A.M. - 1 P.M.) · Closed Sat &amp; Sun"
    for path in ALL_PAGES[:-1]:
        if path != "/blog/feed/":
            assert expected in body(client, path), path


@pytest.mark.django_db
def test_saving_clinic_settings_purges_every_page(client, site):
    warm(client, *ALL_PAGES)
    settings = ClinicSettings.objects.get(pk=site.settings.pk)
    settings.phone = "(713) 555-0199"
    settings.save()
    for path in ["/", "/services/depression/", "/blog/", site.posts[0].url, "/locations/houston/", "/about/"]:
        assert "(713) 555-0199" in body(client, path), path


@pytest.mark.django_db
def test_a_nested_page_purges_itself_and_its_parent_only(client, site):
    child = factories.StandardPageFactory(parent=site.about, title="Our team", slug="team")
    warm(client, "/about/", "/about/team/", "/blog/", "/")
    child.title = "Our clinical team"
    child.save_revision().publish()
    assert "Our clinical team" in body(client, "/about/team/")
    assert not hit(client, "/about/")
    assert hit(client, "/blog/")
    assert hit(client, "/")


@pytest.mark.django_db
def test_a_renamed_author_changes_the_byline(client, site):
    author = factories.PersonFactory(name="Dana Whitfield", credentials="MD")
    post = site.posts[1]
    post.author = author
    post.save_revision().publish()
    warm(client, post.url)
    author.name = "Dana Whitfield-Lee"
    author.save()
    assert "Dana Whitfield-Lee" in body(client, post.url)


@pytest.mark.django_db
def test_scheduled_publishing_purges_when_the_job_publishes(client, site, time_machine):
    time_machine.move_to(datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-6))))
    warm(client, "/blog/", "/")
    post = new_post(site, "Coming soon: evening hours", live=False)
    post.go_live_at = datetime.datetime(2026, 11, 23, 15, 10, tzinfo=datetime.UTC)
    post.save_revision().publish()  # approved: scheduled, not live
    assert "Coming soon: evening hours" not in body(client, "/blog/")
    time_machine.move_to(datetime.datetime(2026, 11, 23, 9, 11, tzinfo=datetime.timezone(datetime.timedelta(hours=-6))))
    call_command("publish_scheduled", verbosity=0)
    assert "Coming soon: evening hours" in body(client, "/blog/")
    assert "Coming soon: evening hours" in body(client, "/")


@pytest.mark.django_db
def test_making_a_page_private_takes_it_out_of_the_cache_at_once(client, site):
    warm(client, "/about/", "/")
    PageViewRestriction.objects.create(
        page=site.about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get("/about/")
    assert "X-Page-Cache" not in response
    assert "password" in response.content.decode().lower()
    assert not hit(client, "/")  # the footer no longer links it
