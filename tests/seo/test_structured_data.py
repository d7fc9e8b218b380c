"""JSON-LD is built from the content: change the hours, a review or a post, and it follows."""

import datetime

import pytest
from django.utils import timezone
from wagtail_factories import ImageFactory

from tests import factories

from .conftest import ROOT, json_ld

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()


class TestMedicalClinic:
    def test_every_page_describes_the_clinic(self, site, client):
        for url in ["/", site.service.url, site.posts[0].url, site.location.url, site.about.url]:
            clinic = json_ld(client.get(url))["MedicalClinic"]
            assert clinic["name"] == "KureIV", url
            assert clinic["url"] == f"{ROOT}/"
            assert clinic["telephone"] == "(713) 555-0142"
            assert clinic["address"] == {
                "@type": "PostalAddress",
                "streetAddress": "8200 Wednesbury Ln, Suite 225",
                "addressLocality": "Houston",
                "addressRegion": "TX",
                "postalCode": "77074",
                "addressCountry": "US",
            }

    def test_geo_comes_from_the_location(self, site, client):
        site.location.latitude, site.location.longitude = "29.687100", "-95.524400"
        publish(site.location)
        geo = json_ld(client.get("/"))["MedicalClinic"]["geo"]
        assert geo == {"@type": "GeoCoordinates", "latitude": 29.6871, "longitude": -95.5244}

    def test_opening_hours_are_the_location_rows(self, site, client):
        hours = json_ld(client.get("/"))["MedicalClinic"]["openingHoursSpecification"]
        assert hours == [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                "opens": "08:00",
                "closes": "17:00",
            }
        ]

    def test_changing_the_hours_changes_the_json_ld(self, site, client):
        friday = site.location.opening_hours.get(weekday=4)
        friday.closes = datetime.time(12)
        friday.save()
        factories.OpeningHoursFactory(
            location=site.location, weekday=5, opens=datetime.time(9), closes=datetime.time(13)
        )
        hours = json_ld(client.get("/"))["MedicalClinic"]["openingHoursSpecification"]
        assert [(h["dayOfWeek"], h["opens"], h["closes"]) for h in hours] == [
            (["Monday", "Tuesday", "Wednesday", "Thursday"], "08:00", "17:00"),
            (["Friday"], "08:00", "12:00"),
            (["Saturday"], "09:00", "13:00"),
        ]

    def test_closures_are_special_opening_hours(self, site, client):
        factories.ClosureFactory(
            location=site.location,
            start_date=datetime.date(2026, 12, 24),
            end_date=datetime.date(2026, 12, 26),
            reason="Christmas",
        )
        factories.ClosureFactory(location=site.location, start_date=datetime.date(2026, 11, 26), reason="Thanksgiving")
        special = json_ld(client.get("/"))["MedicalClinic"]["specialOpeningHoursSpecification"]
        assert special == [
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": "2026-11-26",
                "validThrough": "2026-11-26",
                "opens": "00:00",
                "closes": "00:00",
                "description": "Thanksgiving",
            },
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": "2026-12-24",
                "validThrough": "2026-12-26",
                "opens": "00:00",
                "closes": "00:00",
                "description": "Christmas",
            },
        ]

    def test_no_closures_no_special_hours(self, site, client):
        assert "specialOpeningHoursSpecification" not in json_ld(client.get("/"))["MedicalClinic"]


class TestBreadcrumbs:
    def test_home_has_none(self, site, client):
        assert "BreadcrumbList" not in json_ld(client.get("/"))

    def test_a_page_below_home_lists_its_ancestors(self, site, client):
        crumbs = json_ld(client.get(site.service.url))["BreadcrumbList"]["itemListElement"]
        assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
            (1, "Home", f"{ROOT}/"),
            (2, "Conditions we treat", f"{ROOT}/services/"),
            (3, "Depression", f"{ROOT}/services/depression/"),
        ]

    def test_a_section_page_has_two_crumbs(self, site, client):
        crumbs = json_ld(client.get("/about/"))["BreadcrumbList"]["itemListElement"]
        assert [c["name"] for c in crumbs] == ["Home", "About KureIV"]


class TestBlogPosting:
    def test_article_fields_come_from_the_post(self, site, client):
        author = factories.PersonFactory(name="Maya Okafor")
        post = site.posts[1]
        post.author = author
        post.hero_image = ImageFactory(description="A calm treatment room")
        publish(post)
        post.refresh_from_db()
        data = json_ld(client.get(post.url))["BlogPosting"]
        assert data["headline"] == "Ketamine and PTSD"
        assert data["description"] == post.intro
        assert data["url"] == f"{ROOT}{post.url}"
        assert data["datePublished"] == "2026-11-02"
        assert data["dateModified"] == post.last_published_at.isoformat()
        assert data["author"] == {"@type": "Person", "name": "Dr. Maya Okafor, MD", "jobTitle": "Medical Director"}
        assert data["image"].startswith(f"{ROOT}/media/images/") and "fill-1200x630" in data["image"]
        assert data["publisher"] == {"@id": f"{ROOT}/#clinic"}
        assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": f"{ROOT}{post.url}"}

    def test_a_reviewed_post_names_its_reviewer_on_the_web_page(self, site, client, reviewed):
        post = reviewed(site.posts[0])
        page = json_ld(client.get(post.url))["BlogPosting"]["mainEntityOfPage"]
        assert page["lastReviewed"] == "2026-11-20"
        assert page["reviewedBy"] == {"@type": "Person", "name": "Dr. Anjali Mehta, MD"}

    def test_only_articles_have_it(self, site, client):
        assert "BlogPosting" not in json_ld(client.get(site.service.url))
        assert "BlogPosting" not in json_ld(client.get("/blog/"))


class TestMedicalWebPage:
    def test_service_page_is_about_its_condition(self, site, client):
        data = json_ld(client.get(site.service.url))["MedicalWebPage"]
        assert data["name"] == "Depression"
        assert data["url"] == f"{ROOT}/services/depression/"
        assert data["description"] == site.service.summary
        assert data["about"] == {
            "@type": "MedicalCondition",
            "name": "Major depressive disorder",
            "alternateName": "Depression",
        }
        assert "lastReviewed" not in data and "reviewedBy" not in data

    def test_a_reviewed_service_page_says_who_reviewed_it_and_when(self, site, client, reviewed):
        reviewed(site.service)
        data = json_ld(client.get(site.service.url))["MedicalWebPage"]
        assert data["lastReviewed"] == "2026-11-20"
        assert data["reviewedBy"] == {"@type": "Person", "name": "Dr. Anjali Mehta, MD"}


def test_faq_blocks_become_an_faq_page(site, client):
    faq = {
        "type": "faq",
        "value": {
            "heading": "Questions",
            "items": [
                {"question": "Does it hurt?", "answer": "<p>Most patients feel <b>relaxed</b>.</p>"},
                {"question": "How long is an infusion?", "answer": "<p>About 40 minutes.</p>"},
            ],
        },
    }
    site.service.body = [faq]
    publish(site.service)
    data = json_ld(client.get(site.service.url))["FAQPage"]
    assert data["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Does it hurt?",
            "acceptedAnswer": {"@type": "Answer", "text": "Most patients feel relaxed."},
        },
        {
            "@type": "Question",
            "name": "How long is an infusion?",
            "acceptedAnswer": {"@type": "Answer", "text": "About 40 minutes."},
        },
    ]
    assert "FAQPage" not in json_ld(client.get(site.posts[0].url))


def test_text_that_looks_like_html_cannot_close_the_script(site, client):
    site.posts[0].intro = "Ketamine </script><script>alert(1)</script> & more"
    publish(site.posts[0])
    response = client.get(site.posts[0].url)
    assert b"</script><script>alert(1)" not in response.content
    assert json_ld(response)["BlogPosting"]["description"] == "Ketamine </script><script>alert(1)</script> & more"


@pytest.fixture
def reviewed(django_user_model):
    """Stamp a page as the Medical review workflow does when a reviewer approves it."""
    reviewer = django_user_model.objects.create_user("amehta", first_name="Anjali", last_name="Mehta")
    factories.PersonFactory(name="Anjali Mehta", user=reviewer)

    def stamp(page):
        page.medically_reviewed_by = reviewer
        page.medically_reviewed_at = timezone.make_aware(datetime.datetime(2026, 11, 20, 22, 30))  # Chicago time
        publish(page)
        return page

    return stamp
