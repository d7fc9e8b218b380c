"""A stored request keeps the conditions the patient chose, as text: what happens to the pages later never changes it."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import Page

from consultations.models import ConsultationRequest, RequestedCondition
from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(client, form_url, valid_data):
    """A request for PTSD and Depression, sent through the form like a patient would."""
    valid_data["conditions"] = ["ptsd", "depression"]
    assert client.post(form_url, valid_data).status_code == 302
    return ConsultationRequest.objects.get()


def stored(consultation):
    return list(ConsultationRequest.objects.get(pk=consultation.pk).conditions.values_list("name", "slug"))


def ptsd_page():
    return ServicePage.objects.get(slug="ptsd")


def test_the_form_stores_each_condition_by_the_name_the_patient_saw_in_page_order(sent):
    assert stored(sent) == [("Depression", "depression"), ("PTSD", "ptsd")]


def test_deleting_a_service_page_leaves_stored_requests_intact(sent):
    ptsd_page().delete()
    assert not ServicePage.objects.filter(slug="ptsd").exists()
    assert stored(sent) == [("Depression", "depression"), ("PTSD", "ptsd")]


def test_unpublishing_a_service_page_leaves_stored_requests_intact(sent):
    ptsd_page().unpublish()
    assert stored(sent) == [("Depression", "depression"), ("PTSD", "ptsd")]


def test_renaming_a_service_page_leaves_what_the_patient_asked_about(sent):
    page = ptsd_page()
    page.short_name, page.slug = "Post-traumatic stress", "post-traumatic-stress"
    page.save_revision().publish()
    assert stored(sent) == [("Depression", "depression"), ("PTSD", "ptsd")]


def test_deleting_the_whole_services_section_leaves_them_intact(sent, consultation_site):
    Page.objects.get(pk=consultation_site.services.pk).delete()
    assert not ServicePage.objects.exists()
    assert stored(sent) == [("Depression", "depression"), ("PTSD", "ptsd")]


def test_coordinators_see_a_deleted_pages_condition_in_the_list_detail_csv_and_filter(client, coordinator, sent):
    ptsd_page().delete()
    client.force_login(coordinator)
    index = reverse("consultation_requests:index")
    assert "Depression, PTSD" in client.get(index).content.decode()
    assert "Depression, PTSD" in client.get(reverse("consultation_requests:inspect", args=[sent.pk])).content.decode()
    export = client.get(index + "?export=csv")
    [row] = csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    assert row["Conditions"] == "Depression, PTSD"
    filtered = client.get(index + "?conditions=ptsd").content.decode()
    assert "Ana Torres" in filtered


def test_the_condition_filter_offers_what_requests_name_and_narrows_by_it(
    client, coordinator, sent, valid_data, form_url
):
    client.post(form_url, {**valid_data, "name": "Ben Ortiz", "conditions": ["depression"], "submission_key": ""})
    ptsd_page().delete()
    client.force_login(coordinator)
    index = reverse("consultation_requests:index")
    page = client.get(index).content.decode()
    assert 'name="conditions" value="ptsd"' in page and 'name="conditions" value="depression"' in page
    only_ptsd = client.get(index + "?conditions=ptsd").content.decode()
    assert "Ana Torres" in only_ptsd and "Ben Ortiz" not in only_ptsd
    both = client.get(index + "?conditions=ptsd&conditions=depression").content.decode()
    assert "Ana Torres" in both and "Ben Ortiz" in both


def test_deleting_a_request_deletes_its_conditions(sent):
    sent.delete()
    assert not RequestedCondition.objects.exists()
