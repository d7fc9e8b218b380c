"""Site managers manage the people in Editors and Site managers, and nobody else, by every admin path.

Only superusers make superusers, grant Medical reviewers (two-person medical review) or Patient
coordinators (patients' details), or touch the accounts of people who hold them.
"""

from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.test import RequestFactory
from django.urls import reverse

from core.request_context import serving
from editorial.roles import EDITORS, MEDICAL_REVIEWERS, SITE_MANAGERS

from .conftest import PASSWORD, make_user

PATIENT_COORDINATORS = "Patient coordinators"
NEW_PASSWORD = PASSWORD + "-taken-over"


@pytest.fixture
def coordinator(db):
    return make_user("pat", PATIENT_COORDINATORS)


def group(name):
    return Group.objects.get(name=name)


def reload(user):
    return get_user_model().objects.get(pk=user.pk)


def new_user_data(**extra):
    return {
        "username": "newcomer",
        "email": "newcomer@kureiv.test",
        "first_name": "New",
        "last_name": "Comer",
        "password1": PASSWORD + "x",
        "password2": PASSWORD + "x",
        **extra,
    }


def account_data(user, **extra):
    """What the user edit form posts for ``user`` as they stand, with ``extra`` fields changed."""
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password1": "",
        "password2": "",
        "groups": [g.pk for g in user.groups.all()],
    }
    if user.is_active:
        data["is_active"] = "on"
    data.update(extra)
    return {key: value for key, value in data.items() if value is not None}


def edit_user(client, user, **extra):
    return client.post(reverse("wagtailusers_users:edit", args=[user.pk]), account_data(user, **extra))


def bulk_action(client, action, users, **form):
    """POST the confirmation form of one of Wagtail's user bulk actions, for ``users``."""
    url = reverse("wagtail_bulk_action", args=["auth", "user", action])
    query = "&".join(f"id={user.pk}" for user in users)
    return client.post(f"{url}?{query}", form)


def said(response):
    """The messages the admin showed after ``response``."""
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def _permissions(codename):
    return Permission.objects.filter(content_type__app_label="auth", codename=codename)


def copy_url(user):
    # Wagtail's URL scheme for the users viewset's copy view (the view is switched off, so no reverse()).
    return f"/admin/users/copy/{user.pk}/"


# Adding people


def test_a_site_manager_adds_an_editor(staff, client):
    client.force_login(staff.manager)
    client.post(reverse("wagtailusers_users:add"), new_user_data(groups=[group(EDITORS).pk]))
    assert get_user_model().objects.get(username="newcomer").groups.get().name == EDITORS


def test_a_site_managers_user_form_offers_only_editors_and_site_managers(staff, client):
    client.force_login(staff.manager)
    for url in (reverse("wagtailusers_users:add"), reverse("wagtailusers_users:edit", args=[staff.editor.pk])):
        form = client.get(url).context["form"]
        assert {g.name for g in form.fields["groups"].queryset} == {EDITORS, SITE_MANAGERS}
        assert "is_superuser" not in form.fields


def test_a_superusers_user_form_offers_every_group_and_the_administrator_box(staff, client):
    client.force_login(staff.superuser)
    form = client.get(reverse("wagtailusers_users:add")).context["form"]
    offered = {g.name for g in form.fields["groups"].queryset}
    assert offered >= {EDITORS, SITE_MANAGERS, MEDICAL_REVIEWERS, PATIENT_COORDINATORS}
    assert "is_superuser" in form.fields


def test_a_site_manager_cannot_make_a_superuser(staff, client):
    client.force_login(staff.manager)
    client.post(reverse("wagtailusers_users:add"), new_user_data(is_superuser="on", groups=[group(EDITORS).pk]))
    assert not get_user_model().objects.filter(username="newcomer", is_superuser=True).exists()


def test_a_site_manager_cannot_make_a_second_medical_reviewer(staff, client):
    client.force_login(staff.manager)
    response = client.post(reverse("wagtailusers_users:add"), new_user_data(groups=[group(MEDICAL_REVIEWERS).pk]))
    assert not get_user_model().objects.filter(username="newcomer").exists()
    assert response.status_code == 200  # the form comes back, filled in, with the reason
    assert "not one of the available choices" in str(response.context["form"].errors["groups"])
    assert response.context["form"]["first_name"].value() == "New"


def test_a_site_manager_cannot_add_an_editor_to_medical_reviewers(staff, client):
    client.force_login(staff.manager)
    response = edit_user(client, staff.editor, groups=[group(EDITORS).pk, group(MEDICAL_REVIEWERS).pk])
    assert response.status_code == 200
    assert not staff.editor.groups.filter(name=MEDICAL_REVIEWERS).exists()


def test_a_site_manager_cannot_hand_out_other_groups(staff, client):
    client.force_login(staff.manager)
    other = Group.objects.create(name="Patient records")
    response = edit_user(client, staff.editor, groups=[other.pk])
    assert response.status_code == 200
    assert not staff.editor.groups.filter(pk=other.pk).exists()


# Editing, deactivating, resetting a password


def test_a_site_manager_edits_an_editors_name(staff, client):
    client.force_login(staff.manager)
    edit_user(client, staff.editor, first_name="Erin-Marie")
    assert reload(staff.editor).first_name == "Erin-Marie"


def test_a_site_manager_deactivates_an_editor(staff, client):
    client.force_login(staff.manager)
    edit_user(client, staff.editor, is_active=None)
    assert not reload(staff.editor).is_active


def test_a_site_manager_cannot_edit_a_superuser(staff, client):
    client.force_login(staff.manager)
    response = client.get(reverse("wagtailusers_users:edit", args=[staff.superuser.pk]))
    assert response.url == reverse("wagtailusers_users:index")


@pytest.mark.parametrize("role", ["reviewer", "superuser"])
def test_a_site_manager_cannot_reset_a_guarded_persons_password(staff, client, role):
    person = staff.by_role(role)
    client.force_login(staff.manager)
    edit_user(client, person, password1=NEW_PASSWORD, password2=NEW_PASSWORD, email="attacker@example.com")
    person = reload(person)
    assert person.check_password(PASSWORD) and person.email != "attacker@example.com"


def test_a_site_manager_cannot_deactivate_a_patient_coordinator(staff, client, coordinator):
    client.force_login(staff.manager)
    response = edit_user(client, coordinator, is_active=None)
    assert reload(coordinator).is_active
    assert response.url == reverse("wagtailusers_users:index")
    assert "Only a superuser may change pat's account: they are a member of Patient coordinators." in said(response)


def test_a_superuser_grants_medical_reviewers_and_patient_coordinators(staff, client):
    client.force_login(staff.superuser)
    roles = [group(EDITORS).pk, group(MEDICAL_REVIEWERS).pk, group(PATIENT_COORDINATORS).pk]
    edit_user(client, staff.editor, groups=roles)
    assert set(staff.editor.groups.values_list("name", flat=True)) == {EDITORS, MEDICAL_REVIEWERS, PATIENT_COORDINATORS}


# Copying (Wagtail's copy view saves the posted form onto the account being "copied")


def test_a_site_manager_cannot_make_themselves_a_superuser_by_copying(staff, client):
    client.force_login(staff.manager)
    client.post(
        copy_url(staff.manager),
        account_data(
            staff.manager,
            password1=NEW_PASSWORD,
            password2=NEW_PASSWORD,
            is_superuser="on",
        ),
    )
    assert not get_user_model().objects.filter(is_superuser=True).exclude(pk=staff.superuser.pk).exists()


def test_a_site_manager_cannot_take_over_a_superuser_by_copying(staff, client):
    client.force_login(staff.manager)
    client.post(
        copy_url(staff.superuser),
        account_data(
            staff.superuser,
            username="rootcopy",
            email="attacker@example.com",
            password1=NEW_PASSWORD,
            password2=NEW_PASSWORD,
            is_superuser="on",
        ),
    )
    superuser = reload(staff.superuser)
    assert superuser.check_password(PASSWORD) and superuser.email == staff.superuser.email
    assert not get_user_model().objects.filter(email="attacker@example.com").exists()


def test_nobody_copies_a_user(staff, client):
    client.force_login(staff.superuser)
    assert client.get(copy_url(staff.editor)).status_code == 404


# Bulk actions on the user listing


def test_a_site_manager_cannot_join_patient_coordinators_in_bulk(staff, client):
    client.force_login(staff.manager)
    response = bulk_action(client, "assign_role", [staff.manager], role=group(PATIENT_COORDINATORS).pk)
    assert not staff.manager.groups.filter(name=PATIENT_COORDINATORS).exists()
    assert "Select a valid choice" in response.content.decode()  # the form offers Editors and Site managers only


def test_a_site_manager_cannot_make_medical_reviewers_in_bulk(staff, client):
    client.force_login(staff.manager)
    bulk_action(client, "assign_role", [staff.editor], role=group(MEDICAL_REVIEWERS).pk)
    assert not staff.editor.groups.filter(name=MEDICAL_REVIEWERS).exists()


def test_a_site_manager_cannot_deactivate_a_superuser_in_bulk(staff, client):
    client.force_login(staff.manager)
    page = client.get(
        reverse("wagtail_bulk_action", args=["auth", "user", "set_active_state"]) + f"?id={staff.superuser.pk}"
    )
    assert "You don't have permission to" in page.content.decode()  # listed as out of reach
    bulk_action(client, "set_active_state", [staff.superuser, staff.editor], mark_as_active="False")
    assert reload(staff.superuser).is_active
    assert not reload(staff.editor).is_active  # as the confirmation page said: only the accounts in their hands


def test_a_site_manager_deactivates_an_editor_in_bulk(staff, client):
    client.force_login(staff.manager)
    bulk_action(client, "set_active_state", [staff.editor], mark_as_active="False")
    assert not reload(staff.editor).is_active


def test_a_site_manager_makes_an_editor_a_site_manager_in_bulk(staff, client):
    client.force_login(staff.manager)
    bulk_action(client, "assign_role", [staff.editor], role=group(SITE_MANAGERS).pk)
    assert staff.editor.groups.filter(name=SITE_MANAGERS).exists()


def test_a_site_manager_cannot_delete_a_medical_reviewer_in_bulk(staff, client):
    staff.manager.user_permissions.add(*_permissions("delete_user"))  # even if someone gave them the right
    client.force_login(staff.manager)
    bulk_action(client, "delete", [staff.reviewer])
    assert get_user_model().objects.filter(pk=staff.reviewer.pk).exists()


def test_a_site_manager_cannot_delete_a_patient_coordinator(staff, client, coordinator):
    staff.manager.user_permissions.add(*_permissions("delete_user"))
    client.force_login(staff.manager)
    client.post(reverse("wagtailusers_users:delete", args=[coordinator.pk]))
    assert get_user_model().objects.filter(pk=coordinator.pk).exists()


# The group admin


def test_a_site_manager_cannot_create_or_change_groups(staff, client):
    client.force_login(staff.manager)
    coordinators = group(PATIENT_COORDINATORS)
    before = set(coordinators.permissions.all())
    assert client.get(reverse("wagtailusers_groups:add")).status_code == 403
    response = client.post(reverse("wagtailusers_groups:edit", args=[coordinators.pk]), {"name": "Everyone"})
    assert response.status_code == 403
    assert group(PATIENT_COORDINATORS).pk == coordinators.pk and set(coordinators.permissions.all()) == before


# Below the views: the same rule for any code run during a Site manager's request


@contextmanager
def acting_as(user):
    """Run ORM code as during ``user``'s request, in its own transaction (a refusal rolls back only that)."""
    request = RequestFactory().get("/admin/")
    request.user = user
    with serving(request), transaction.atomic():
        yield


def test_a_site_manager_cannot_add_patient_coordinators_through_the_orm(staff):
    with acting_as(staff.manager), pytest.raises(PermissionDenied):
        staff.editor.groups.add(group(PATIENT_COORDINATORS))
    with acting_as(staff.manager), pytest.raises(PermissionDenied):
        group(MEDICAL_REVIEWERS).user_set.add(staff.editor)
    assert set(staff.editor.groups.values_list("name", flat=True)) == {EDITORS}


def test_a_site_manager_cannot_promote_or_deactivate_through_the_orm(staff):
    manager = reload(staff.manager)
    manager.is_superuser = True
    with acting_as(staff.manager), pytest.raises(PermissionDenied):
        manager.save()
    reviewer = reload(staff.reviewer)
    reviewer.is_active = False
    with acting_as(staff.manager), pytest.raises(PermissionDenied):
        reviewer.save()
    with acting_as(staff.manager), pytest.raises(PermissionDenied):
        reload(staff.superuser).delete()


def test_a_medical_reviewer_still_changes_their_own_password(staff):
    reviewer = reload(staff.reviewer)
    reviewer.set_password(NEW_PASSWORD)
    with acting_as(staff.reviewer):
        reviewer.save()
    assert reload(staff.reviewer).check_password(NEW_PASSWORD)


def test_outside_a_request_anything_goes(staff):
    staff.editor.groups.add(group(PATIENT_COORDINATORS))  # management commands, migrations, fixtures
    assert staff.editor.groups.filter(name=PATIENT_COORDINATORS).exists()
