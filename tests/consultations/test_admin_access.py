"""Consultation requests in the admin: patient coordinators and superusers only; everyone else gets 403."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from consultations.models import ConsultationRequest
from consultations.permissions import PATIENT_COORDINATORS

from .factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

OTHER_ROLES = ["Editors", "Medical reviewers", "Site managers"]


@pytest.fixture
def consultation(consultation_site):
    consultation = ConsultationRequestFactory(name="Ana Torres", email="ana@example.com", message='=HYPERLINK("x")')
    consultation.record_conditions([consultation_site.service])
    return consultation


def admin_urls(pk):
    """Every view of the viewset, GET unless noted."""
    name = "consultation_requests"
    return {
        "list": reverse(f"{name}:index"),
        "list results": reverse(f"{name}:index_results"),
        "filtered list": reverse(f"{name}:index") + "?contacted=false",
        "csv export": reverse(f"{name}:index") + "?export=csv",
        "xlsx export": reverse(f"{name}:index") + "?export=xlsx",
        "detail": reverse(f"{name}:inspect", args=[pk]),
        "history": reverse(f"{name}:history", args=[pk]),
        "delete": reverse(f"{name}:delete", args=[pk]),
        "edit": reverse(f"{name}:edit", args=[pk]),
        "add": reverse(f"{name}:add"),
        "usage": reverse(f"{name}:usage", args=[pk]),
    }


def test_the_group_is_made_by_a_migration():
    group = Group.objects.get(name=PATIENT_COORDINATORS)
    assert group.permissions.filter(codename="access_admin").exists()


class TestCoordinator:
    @pytest.mark.parametrize(
        "view", ["list", "list results", "filtered list", "csv export", "xlsx export", "detail", "history", "delete"]
    )
    def test_sees_the_views(self, client, coordinator, consultation, view):
        client.force_login(coordinator)
        assert client.get(admin_urls(consultation.pk)[view]).status_code == 200

    def test_list_shows_requests_and_filters(self, client, coordinator, consultation):
        client.force_login(coordinator)
        page = client.get(admin_urls(consultation.pk)["list"]).content.decode()
        assert "Ana Torres" in page
        for label in ["Contacted", "Received", "Conditions", "Preferred contact method"]:
            assert label in page

    def test_filters_narrow_the_list(self, client, coordinator, consultation):
        ConsultationRequestFactory(name="Ben Ortiz").mark_contacted(coordinator)
        client.force_login(coordinator)
        page = client.get(admin_urls(consultation.pk)["list"] + "?contacted=true").content.decode()
        assert "Ben Ortiz" in page and "Ana Torres" not in page

    def test_detail_shows_every_field(self, client, coordinator, consultation):
        client.force_login(coordinator)
        page = client.get(admin_urls(consultation.pk)["detail"]).content.decode()
        for text in ["Ana Torres", "ana@example.com", "(713) 555-0142", "Depression", "Mark as contacted"]:
            assert text in page

    def test_marks_a_request_as_contacted(self, client, coordinator, consultation):
        client.force_login(coordinator)
        url = reverse("consultation_requests:mark_contacted", args=[consultation.pk])
        assert client.get(url).status_code == 405
        response = client.post(url)
        assert response.status_code == 302
        consultation.refresh_from_db()
        assert consultation.contacted_at is not None and consultation.contacted_by == coordinator
        assert "Mark as contacted" not in client.get(admin_urls(consultation.pk)["detail"]).content.decode()

    def test_exports_csv_with_formulas_neutralised(self, client, coordinator, consultation):
        client.force_login(coordinator)
        response = client.get(admin_urls(consultation.pk)["csv export"])
        assert response.status_code == 200
        assert response["Content-Disposition"] == 'attachment; filename="consultation-requests.csv"'
        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert len(rows) == 1
        row = rows[0]
        assert (row["Name"], row["Email"], row["Phone"], row["Conditions"]) == (
            "Ana Torres",
            "ana@example.com",
            "(713) 555-0142",
            "Depression",
        )
        assert row["Message"] == '\'=HYPERLINK("x")'

    @pytest.mark.parametrize("view", ["add", "edit", "usage"])
    def test_cannot_write_or_edit_requests(self, client, coordinator, consultation, view):
        client.force_login(coordinator)
        assert client.get(admin_urls(consultation.pk)[view]).status_code == 403

    def test_sees_the_menu_item(self, client, coordinator):
        client.force_login(coordinator)
        assert "Consultation requests" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_superuser_sees_the_requests(client, admin_user, consultation):
    client.force_login(admin_user)
    assert "Ana Torres" in client.get(admin_urls(consultation.pk)["list"]).content.decode()


class TestOtherRoles:
    @pytest.mark.parametrize("role", OTHER_ROLES)
    @pytest.mark.parametrize("view", list(admin_urls(1)))
    def test_get_403_on_every_view(self, client, make_staff_user, consultation, role, view):
        client.force_login(make_staff_user("staff", role))
        response = client.get(admin_urls(consultation.pk)[view])
        assert response.status_code == 403
        assert b"Ana Torres" not in response.content

    @pytest.mark.parametrize("role", OTHER_ROLES)
    def test_get_403_marking_as_contacted(self, client, make_staff_user, consultation, role):
        client.force_login(make_staff_user("staff", role))
        assert client.post(reverse("consultation_requests:mark_contacted", args=[consultation.pk])).status_code == 403
        consultation.refresh_from_db()
        assert consultation.contacted_at is None

    @pytest.mark.parametrize("role", OTHER_ROLES)
    def test_do_not_see_the_menu_item(self, client, make_staff_user, role):
        client.force_login(make_staff_user("staff", role))
        assert "Consultation requests" not in client.get(reverse("wagtailadmin_home")).content.decode()

    def test_model_permissions_ticked_in_a_group_do_not_open_the_door(self, client, make_staff_user, consultation):
        user = make_staff_user("manager", "Site managers")
        user.user_permissions.add(
            *Permission.objects.filter(
                content_type__app_label="consultations", content_type__model="consultationrequest"
            )
        )
        client.force_login(user)
        assert client.get(admin_urls(consultation.pk)["list"]).status_code == 403
        assert client.get(admin_urls(consultation.pk)["detail"]).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, consultation):
    response = client.get(admin_urls(consultation.pk)["list"])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_request_is_named_by_number_not_by_patient(consultation):
    assert str(consultation) == f"Consultation request #{consultation.pk}"
    assert ConsultationRequest.objects.get().name == "Ana Torres"


def test_requests_never_show_in_a_service_pages_usage_listing(client, form_url, valid_data):
    """Editors can see a page's "Usage"; a request naming that condition must not appear there."""
    from wagtail.models import ReferenceIndex

    client.post(form_url, valid_data)
    assert not ReferenceIndex.is_indexed(ConsultationRequest)
    assert not ReferenceIndex.objects.filter(
        object_id=str(ConsultationRequest.objects.get().pk), base_content_type__model="consultationrequest"
    ).exists()
