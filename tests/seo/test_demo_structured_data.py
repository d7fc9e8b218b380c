"""On the demo site every page type carries the structured data it should, and all of it parses."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from blog.models import BlogPage
from services.models import ServicePage

from .conftest import json_ld


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def test_each_page_type_carries_its_schema_types(demo, client):
    post = BlogPage.objects.live().first()
    expected = {
        "/": {"MedicalClinic"},
        "/services/": {"MedicalClinic", "BreadcrumbList"},
        "/services/depression/": {"MedicalClinic", "BreadcrumbList", "MedicalWebPage", "FAQPage"},
        "/blog/": {"MedicalClinic", "BreadcrumbList"},
        post.url: {"MedicalClinic", "BreadcrumbList", "BlogPosting"},
        "/locations/houston/": {"MedicalClinic", "BreadcrumbList"},
        "/consultation/": {"MedicalClinic", "BreadcrumbList"},
        "/about/": {"MedicalClinic", "BreadcrumbList"},
    }
    for url, types in expected.items():
        assert set(json_ld(client.get(url))) == types, url


def test_demo_facts_come_from_the_location_rows_and_the_review_stamp(demo, client):
    clinic = json_ld(client.get("/"))["MedicalClinic"]
    assert clinic["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "opens": "08:00",
            "closes": "17:00",
        }
    ]
    assert clinic["address"]["streetAddress"] == "8200 Wednesbury Ln, Suite 225"
    assert clinic["geo"]["@type"] == "GeoCoordinates"
    service = ServicePage.objects.get(slug="depression")
    page = json_ld(client.get(service.url))["MedicalWebPage"]
    assert page["reviewedBy"] == {"@type": "Person", "name": "Dr. Anjali Mehta, MD"}
    assert page["lastReviewed"] == timezone.localdate(service.medically_reviewed_at).isoformat()
