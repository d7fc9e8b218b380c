"""Clinic settings are validated and recoverable: the phone passes the consultation form's US-number rule,
every save is kept with who and when, and a site manager can put earlier values back."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.settings.views import get_setting_edit_handler

from core.models import ClinicSettings
from editorial.roles import EDITORS, SITE_MANAGERS

pytestmark = pytest.mark.django_db

EDIT_URL = reverse("wagtailsettings:edit", args=["core", "clinicsettings"])
HISTORY_URL = reverse("clinic_settings_history")


def staff(username, group, **names):
    user = get_user_model().objects.create_user(username, f"{username}@kureiv.test", "a-long-enough-password", **names)
    user.groups.add(Group.objects.get(name=group))
    return user


def form_data(settings, **changes):
    """What the Clinic settings form posts when a person changes ``changes`` and leaves the rest as shown."""
    form = get_setting_edit_handler(ClinicSettings).get_form_class()(instance=settings)
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        shown = None if value is None else field.widget.format_value(value)  # an empty text input shows None
        data[name] = "" if shown is None else shown
    data.update(changes)
    return data


def save_in_the_admin(client, **changes):
    settings = ClinicSettings.objects.get()
    return client.post(f"{EDIT_URL}{settings.site_id}/", form_data(settings, **changes))


@pytest.fixture
def manager(client, site_tree):
    user = staff("sam", SITE_MANAGERS, first_name="Sam", last_name="Rivera")
    client.force_login(user)
    return user


class TestPhone:
    @pytest.mark.parametrize("typed", ["713-555-0199", "(713) 555-O199", "555-0199", "(013) 555-0199", "call us"])
    def test_a_number_the_consultation_form_would_refuse_is_refused_with_the_form_kept(self, client, manager, typed):
        response = save_in_the_admin(client, phone=typed.replace("713-555-0199", "713-555-01999"), tagline="New")
        assert response.status_code == 200
        assert "Enter a US phone number with its area code" in response.content.decode()
        settings = ClinicSettings.objects.get()
        assert (settings.phone, settings.tagline) == ("(713) 555-0142", "Evidence Based Treatments That Work!")

    @pytest.mark.parametrize(
        ("typed", "stored"),
        [
            ("713.555.0199", "(713) 555-0199"),
            ("+1 713 555 0199", "(713) 555-0199"),
            ("713-555-0199 x3", "(713) 555-0199 ext. 3"),
        ],
    )
    def test_a_us_number_is_stored_in_the_sites_format(self, client, manager, typed, stored):
        assert save_in_the_admin(client, phone=typed).status_code == 302
        settings = ClinicSettings.objects.get()
        assert settings.phone == stored
        assert settings.phone_href == "tel:+17135550199"


class TestHistory:
    def test_each_save_is_listed_with_who_when_and_what_changed(self, client, manager, clock):
        save_in_the_admin(client, phone="(713) 555-0199")
        clock.shift(3600)
        save_in_the_admin(client, tagline="Care that works")
        page = client.get(HISTORY_URL).content.decode()
        # Newest first; the values the demo or a migration stored are kept from before the first edit.
        assert page.index("Nov 25, 2026, 10:00 AM") < page.index("Nov 25, 2026, 9:00 AM")
        assert page.count("Sam Rivera") == 2
        assert "Recorded before the first edit" in page
        assert "<td>Tagline</td>" in page and "<td>Phone</td>" in page  # rich text re-saved unchanged is not listed
        assert "The values as first recorded" in page
        assert page.count("Restore these values") == 2
        assert "Current values" in page

    def test_restoring_puts_the_earlier_values_back_as_a_new_version(self, client, manager, site_tree):
        save_in_the_admin(client, phone="(713) 555-0199", tagline="Oops")
        settings = ClinicSettings.objects.get()
        original = settings.revisions.order_by("created_at", "id").first()
        response = client.post(reverse("clinic_settings_restore", args=[original.pk]), follow=True)
        assert "Clinic settings restored" in response.content.decode()
        settings.refresh_from_db()
        assert (settings.phone, settings.tagline) == ("(713) 555-0142", "Evidence Based Treatments That Work!")
        assert settings.primary_location_id == site_tree.location.pk
        assert settings.revisions.count() == 3
        assert settings.latest_revision.user == manager
        # The restore is in Wagtail's audit log with who did it.
        from wagtail.models import ModelLogEntry

        assert ModelLogEntry.objects.filter(action="wagtail.revert", user=manager).exists()

    def test_restore_needs_a_post(self, client, manager):
        save_in_the_admin(client, tagline="Oops")
        revision = ClinicSettings.objects.get().revisions.first()
        assert client.get(reverse("clinic_settings_restore", args=[revision.pk])).status_code == 405

    def test_an_editor_sees_neither_the_history_nor_the_menu_item(self, client, site_tree):
        client.force_login(staff("erin", EDITORS))
        assert client.get(HISTORY_URL).status_code == 403
        settings = site_tree.settings
        settings.save_revision()
        assert client.post(reverse("clinic_settings_restore", args=[settings.latest_revision_id])).status_code == 403
        assert HISTORY_URL not in client.get(reverse("wagtailadmin_home")).content.decode()

    def test_a_manager_finds_it_in_the_settings_menu(self, client, manager):
        assert HISTORY_URL in client.get(reverse("wagtailadmin_home")).content.decode()
