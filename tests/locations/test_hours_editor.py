"""The hours editor as a site manager meets it: times offered as the site shows them ("8 A.M."), each
interval's weekday heading it (admin/opening_hours.js), the closure's reason on a row of its own, and past
closures left out of the editor but kept in the page and its history."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from locations.models import Closure, LocationPage
from locations.panels import TimeOfDaySelect
from tests.factories import ClosureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(get_user_model().objects.create_superuser("ada", "ada@kureiv.test", "a-long-enough-password"))
    return client


def edit_page(client, location):
    return client.get(reverse("wagtailadmin_pages:edit", args=[location.pk])).content.decode()


def test_times_are_offered_as_the_site_shows_them():
    html = TimeOfDaySelect().render("opens", datetime.time(8))
    assert '<option value="08:00:00" selected>8 A.M.</option>' in html
    assert '<option value="12:30:00">12:30 P.M.</option>' in html
    assert '<option value="17:00:00">5 P.M.</option>' in html
    # A time stored before the list existed is still offered, and selected.
    assert '<option value="08:10:00" selected>8:10 A.M.</option>' in TimeOfDaySelect().render("opens", "08:10:00")


def test_the_editor_shows_times_weekdays_and_a_full_width_reason(admin, site_tree, clock):
    ClosureFactory(location=site_tree.location, start_date=datetime.date(2026, 12, 25), reason="Christmas Day")
    page = edit_page(admin, site_tree.location)
    monday = re.search(r'<select name="opening_hours-0-opens"[^>]*>.*?</select>', page, re.S).group(0)
    assert '<option value="08:00:00" selected>8 A.M.</option>' in monday
    assert "data-weekday-select" in page and "js/admin/opening_hours.js" in page
    # The dates share a row; the reason is a field of its own under them, as wide as the panel.
    closure = "panel-child-content-child-closures-0-child"
    assert f'id="{closure}-panel-child-start_date-wrapper"' in page  # inside the row ("panel" = the row)
    assert f'id="{closure}-reason-wrapper"' in page  # directly in the closure's panel


def test_past_closures_are_hidden_from_the_editor_and_kept_when_it_saves(admin, site_tree, clock):
    location = site_tree.location
    past = ClosureFactory(location=location, start_date=datetime.date(2026, 7, 3), reason="Independence Day")
    ongoing = ClosureFactory(
        location=location, start_date=datetime.date(2026, 11, 24), end_date=datetime.date(2026, 11, 27)
    )
    page = edit_page(admin, location)
    assert "Independence Day" not in page
    assert f'name="closures-0-id" value="{ongoing.pk}"' in page  # today (Nov 25) is inside it: still shown
    assert "Past closures are not listed here" in page

    data = nested_form_data(
        {
            "title": location.title,
            "slug": location.slug,
            "street_address": location.street_address,
            "locality": "Houston",
            "region": "TX",
            "postal_code": "77074",
            "latitude": "",
            "longitude": "",
            "intro": "",
            "directions": rich_text(""),
            "parking": rich_text(""),
            "opening_hours": inline_formset(
                [
                    {"id": row.pk, "weekday": row.weekday, "opens": "09:00:00", "closes": "17:00:00"}
                    for row in location.opening_hours.all()
                ],
                initial=location.opening_hours.count(),
            ),
            "closures": inline_formset(
                [
                    {"id": ongoing.pk, "start_date": "2026-11-24", "end_date": "2026-11-27", "reason": "Thanksgiving"},
                    {"start_date": "2026-12-25", "end_date": "", "reason": "Christmas Day"},
                ],
                initial=1,  # the one closure the editor showed
            ),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "1",
        }
    )
    response = admin.post(reverse("wagtailadmin_pages:edit", args=[location.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    location = LocationPage.objects.get(pk=location.pk)
    assert sorted(Closure.objects.filter(location=location).values_list("reason", flat=True)) == [
        "Christmas Day",
        "Independence Day",
        "Thanksgiving",
    ]
    assert Closure.objects.filter(pk=past.pk).exists()
    assert any(c["reason"] == "Independence Day" for c in location.latest_revision.content["closures"])
    assert location.hours_summary == "Mon - Fri (9 A.M. - 5 P.M.) · Closed Sat & Sun"
    # Opened again, the editor reads the page's latest revision: still only the closures to come.
    page = edit_page(admin, location)
    assert "Independence Day" not in page and "Christmas Day" in page and "Thanksgiving" in page
