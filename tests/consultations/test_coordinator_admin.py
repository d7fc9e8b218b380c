"""What a patient coordinator reads in the admin: Houston times, labels not codes, "Not yet", full names,
the phone in the list, and "Mark as contacted" right from the list."""

import csv
import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from .factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

#: 6:30 P.M. UTC on November 28 (standard time) is 12:30 P.M. in Houston; 5:05 P.M. UTC on July 1 (daylight
#: saving time) is 12:05 P.M. there.
WINTER = datetime.datetime(2026, 11, 28, 18, 30, tzinfo=datetime.UTC)
SUMMER = datetime.datetime(2026, 7, 1, 17, 5, tzinfo=datetime.UTC)

INDEX = reverse("consultation_requests:index")


def detail_url(consultation):
    return reverse("consultation_requests:inspect", args=[consultation.pk])


def mark_url(consultation):
    return reverse("consultation_requests:mark_contacted", args=[consultation.pk])


@pytest.fixture
def london_coordinator(coordinator):
    """A coordinator with a full name, whose own admin is set to London time: the requests stay in Houston time."""
    coordinator.first_name, coordinator.last_name = "Rosa", "Díaz"
    coordinator.save()
    profile = UserProfile.get_for_user(coordinator)
    profile.current_time_zone = "Europe/London"
    profile.save()
    return coordinator


@pytest.fixture
def signed_in(client, london_coordinator):
    client.force_login(london_coordinator)
    return client


@pytest.fixture
def waiting(consultation_site):
    """A request nobody has called back yet."""
    return ConsultationRequestFactory(
        name="Ana Torres",
        phone="(713) 555-0142",
        contact_method="text",
        best_time="afternoon",
        created_at=WINTER,
    )


@pytest.fixture
def called_back(consultation_site, london_coordinator):
    consultation = ConsultationRequestFactory(name="Ben Ortiz", phone="(832) 555-0199", created_at=SUMMER)
    consultation.mark_contacted(london_coordinator)
    type(consultation).objects.filter(pk=consultation.pk).update(contacted_at=SUMMER + datetime.timedelta(hours=1))
    consultation.refresh_from_db()
    return consultation


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text(response):
    return " ".join(soup(response).get_text(" ").split())


def rows(client):
    """The list's rows, each as {column heading: cell text}, by the patient's name."""
    table = soup(client.get(INDEX)).select_one("#listing-results table")
    headings = [" ".join(th.get_text(" ").split()) for th in table.find("thead").find_all("th")]
    listed = [
        dict(zip(headings, (" ".join(td.get_text(" ").split()) for td in tr.find_all("td")), strict=True))
        for tr in table.find("tbody").find_all("tr")
    ]
    return {name: row for row in listed for name in ["Ana Torres", "Ben Ortiz"] if row["Name"].startswith(name)}


def export(client, export_format):
    response = client.get(INDEX + f"?export={export_format}")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def csv_rows(client):
    return {row["Name"]: row for row in csv.DictReader(io.StringIO(export(client, "csv").decode()))}


class TestHoustonTime:
    def test_the_list_shows_when_requests_arrived_and_were_contacted_in_houston_time(
        self, signed_in, waiting, called_back
    ):
        listed = rows(signed_in)
        assert listed["Ana Torres"]["Received (Houston time)"] == "Nov. 28, 2026, 12:30 p.m."
        assert listed["Ben Ortiz"]["Received (Houston time)"] == "July 1, 2026, 12:05 p.m."
        assert listed["Ben Ortiz"]["Contacted (Houston time)"] == "July 1, 2026, 1:05 p.m. by Rosa Díaz"

    def test_the_detail_page_shows_them_in_houston_time(self, signed_in, waiting, called_back):
        assert "Received (Houston time) Nov. 28, 2026, 12:30 p.m." in text(signed_in.get(detail_url(waiting)))
        page = text(signed_in.get(detail_url(called_back)))
        assert "Received (Houston time) July 1, 2026, 12:05 p.m." in page
        assert "Contacted (Houston time) July 1, 2026, 1:05 p.m. by Rosa Díaz" in page

    def test_the_csv_gives_houston_times_a_spreadsheet_reads_as_times(self, signed_in, waiting, called_back):
        exported = csv_rows(signed_in)
        assert exported["Ana Torres"]["Received (Houston time)"] == "2026-11-28 12:30"
        assert exported["Ben Ortiz"]["Received (Houston time)"] == "2026-07-01 12:05"
        assert exported["Ben Ortiz"]["Contacted (Houston time)"] == "2026-07-01 13:05"

    def test_the_xlsx_holds_houston_wall_clock_times(self, signed_in, waiting):
        sheet = openpyxl.load_workbook(io.BytesIO(export(signed_in, "xlsx"))).active
        headings, row = [cell.value for cell in sheet[1]], [cell.value for cell in sheet[2]]
        assert row[headings.index("Received (Houston time)")] == datetime.datetime(2026, 11, 28, 12, 30)


class TestReadableValues:
    def test_the_csv_has_labels_not_codes_and_not_yet_and_full_names(self, signed_in, waiting, called_back):
        exported = csv_rows(signed_in)
        ana, ben = exported["Ana Torres"], exported["Ben Ortiz"]
        assert (ana["Preferred contact method"], ana["Best time to reach them"]) == (
            "Text message",
            "Afternoon (noon – 5 P.M.)",
        )
        assert (ben["Preferred contact method"], ben["Best time to reach them"]) == ("Phone call", "Any time")
        assert (ana["Contacted (Houston time)"], ana["Contacted by"]) == ("Not yet", "")
        assert ben["Contacted by"] == "Rosa Díaz"
        assert "None" not in export(signed_in, "csv").decode()

    def test_the_detail_page_says_not_yet_rather_than_none(self, signed_in, waiting):
        page = text(signed_in.get(detail_url(waiting)))
        assert "Contacted (Houston time) Not yet" in page
        assert "Conditions None chosen" in page
        assert "None" not in page.replace("None chosen", "")
        assert "Preferred contact method Text message" in page

    def test_the_detail_page_names_the_coordinator_by_full_name_not_username(self, signed_in, called_back):
        page = text(signed_in.get(detail_url(called_back)))
        assert "by Rosa Díaz" in page
        assert "coordinator" not in page.replace("Patient coordinator", "")

    def test_a_coordinator_without_a_full_name_is_named_by_username(self, client, coordinator, consultation_site):
        consultation = ConsultationRequestFactory(created_at=WINTER)
        consultation.mark_contacted(coordinator)
        client.force_login(coordinator)
        assert "by coordinator" in text(client.get(detail_url(consultation)))


class TestList:
    def test_shows_each_patients_phone(self, signed_in, waiting, called_back):
        listed = rows(signed_in)
        assert listed["Ana Torres"]["Phone"] == "(713) 555-0142"
        assert listed["Ben Ortiz"]["Phone"] == "(832) 555-0199"

    def test_offers_mark_as_contacted_only_on_requests_not_yet_contacted(self, signed_in, waiting, called_back):
        listed = rows(signed_in)
        assert listed["Ana Torres"]["Contacted (Houston time)"] == "Not yet Mark as contacted"
        forms = soup(signed_in.get(INDEX)).select("#listing-results form")
        assert [form["action"] for form in forms] == [mark_url(waiting)]
        [form] = forms
        assert form["method"] == "post"
        assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]

    def test_marking_from_the_list_records_it_and_goes_back_to_the_list_as_it_was(
        self, signed_in, london_coordinator, waiting
    ):
        filtered = INDEX + "?contacted=false"
        form = soup(signed_in.get(filtered)).select_one("#listing-results form")
        assert form.find("input", attrs={"name": "next"})["value"] == filtered
        response = signed_in.post(form["action"], {"next": filtered})
        assert (response.status_code, response["Location"]) == (302, filtered)
        waiting.refresh_from_db()
        assert waiting.contacted_at is not None and waiting.contacted_by == london_coordinator
        assert f"Consultation request #{waiting.pk} marked as contacted." in text(signed_in.get(filtered))

    def test_the_button_works_with_the_csrf_check_on_and_fails_without_the_token(self, london_coordinator, waiting):
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(london_coordinator)
        form = soup(browser.get(INDEX)).select_one("#listing-results form")
        assert browser.post(form["action"], {"next": INDEX}).status_code == 403
        waiting.refresh_from_db()
        assert waiting.contacted_at is None
        token = form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
        assert browser.post(form["action"], {"next": INDEX, "csrfmiddlewaretoken": token}).status_code == 302
        waiting.refresh_from_db()
        assert waiting.contacted_at is not None

    def test_an_address_elsewhere_sends_the_coordinator_to_the_request_instead(self, signed_in, waiting):
        response = signed_in.post(mark_url(waiting), {"next": "https://evil.example/"})
        assert response["Location"] == detail_url(waiting)

    def test_a_request_already_marked_keeps_who_marked_it_first(self, client, make_staff_user, called_back):
        other = make_staff_user("second", "Patient coordinators")
        first = (called_back.contacted_at, called_back.contacted_by)
        client.force_login(other)
        response = client.post(mark_url(called_back), {"next": INDEX}, follow=True)
        called_back.refresh_from_db()
        assert (called_back.contacted_at, called_back.contacted_by) == first
        assert "already marked as contacted (July 1, 2026, 1:05 p.m. by Rosa Díaz)" in text(response)

    @pytest.mark.parametrize("role", ["Editors", "Medical reviewers", "Site managers"])
    def test_other_staff_are_refused_like_the_detail_pages_button(self, client, make_staff_user, waiting, role):
        client.force_login(make_staff_user("staff", role))
        assert client.post(mark_url(waiting), {"next": INDEX}).status_code == 403
        waiting.refresh_from_db()
        assert waiting.contacted_at is None
