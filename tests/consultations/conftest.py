"""Fixtures for the consultation form and the requests it stores."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache

from consultations.permissions import PATIENT_COORDINATORS
from tests import factories


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Each test starts with no submissions counted against any address."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def consultation_site(site_tree):
    """``site_tree`` plus a PTSD service page and the privacy policy."""
    factories.ServicePageFactory(parent=site_tree.services, title="PTSD", slug="ptsd", short_name="PTSD")
    factories.StandardPageFactory(parent=site_tree.home, title="Privacy policy", slug="privacy-policy")
    return site_tree


@pytest.fixture
def form_url(consultation_site):
    return consultation_site.consultation.url


@pytest.fixture
def valid_data():
    """Everything a patient must fill in, as a browser would post it."""
    return {
        "name": "Ana Torres",
        "phone": "713.555.0142",
        "email": "ana@example.com",
        "contact_method": "phone",
        "conditions": ["ptsd"],
        "best_time": "morning",
        "message": "Mornings before 10 are best.",
        "consent": "on",
        "website": "",
    }


@pytest.fixture
def notify_settings(settings):
    settings.CONSULTATION_NOTIFY_EMAILS = ["coordinators@kureiv.example"]
    return settings


@pytest.fixture
def make_staff_user(django_user_model):
    """A user who may sign in to the Wagtail admin, in the named groups."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")

    def make(username, *group_names):
        user = django_user_model.objects.create_user(
            username, f"{username}@kureiv.example", "a-long-password-1", is_staff=True
        )
        user.user_permissions.add(access_admin)
        for name in group_names:
            user.groups.add(Group.objects.get_or_create(name=name)[0])
        return user

    return make


@pytest.fixture
def coordinator(make_staff_user):
    return make_staff_user("coordinator", PATIENT_COORDINATORS)
