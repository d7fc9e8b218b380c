"""Migrations 0006-0008 on a database with requests in it: each request's linked service pages become text.

Run for real with Django's MigrationExecutor, back to 0005 (requests linked to pages) and forward again,
in a transactional test: PostgreSQL will not drop a table that rows written in the same transaction wait on.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from consultations.models import ConsultationRequest
from services.models import ServicePage
from tests import factories

from .factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db(transaction=True)

LINKED = ("consultations", "0005_email_wording")


def migrate(target):
    """Migrate consultations to ``target``; the apps as they were there, to make rows with."""
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return MigrationExecutor(connection).loader.project_state([target]).apps


def latest():
    [leaf] = MigrationExecutor(connection).loader.graph.leaf_nodes("consultations")
    return leaf


def old_request(apps, name, pages):
    request = apps.get_model("consultations", "ConsultationRequest").objects.create(
        name=name,
        phone="(713) 555-0142",
        email="patient@example.com",
        contact_method="phone",
        best_time="any",
    )
    request.conditions.set([page.pk for page in pages])
    return request.pk


@pytest.fixture
def ptsd(site_tree):
    return factories.ServicePageFactory(parent=site_tree.services, title="PTSD", slug="ptsd", short_name="PTSD")


def conditions_of(pk):
    return list(ConsultationRequest.objects.get(pk=pk).conditions.values_list("name", "slug"))


def test_existing_requests_keep_the_conditions_they_linked_as_text(site_tree, ptsd):
    newest = latest()
    try:
        apps = migrate(LINKED)
        both = old_request(apps, "Ana Torres", [ptsd, site_tree.service])
        neither = old_request(apps, "Ben Ortiz", [])
        migrate(newest)
    finally:
        migrate(newest)

    assert conditions_of(both) == [("Depression", "depression"), ("PTSD", "ptsd")]
    assert conditions_of(neither) == []
    ServicePage.objects.get(pk=ptsd.pk).delete()
    assert conditions_of(both) == [("Depression", "depression"), ("PTSD", "ptsd")]


def test_going_back_links_the_conditions_whose_pages_still_exist(site_tree, ptsd):
    newest = latest()
    consultation = ConsultationRequestFactory()
    consultation.record_conditions([site_tree.service, ptsd])
    ServicePage.objects.get(pk=ptsd.pk).delete()
    try:
        apps = migrate(LINKED)
        linked = apps.get_model("consultations", "ConsultationRequest").objects.get(pk=consultation.pk)
        assert [page.slug for page in linked.conditions.all()] == ["depression"]
    finally:
        migrate(newest)
    assert conditions_of(consultation.pk) == [("Depression", "depression")]
