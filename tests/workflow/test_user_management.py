"""Site managers manage the people in the three editorial groups, and nobody else."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from .conftest import PASSWORD


def new_user_data(**extra):
    return {
        "username": "newcomer", "email": "newcomer@kureiv.test", "first_name": "New", "last_name": "Comer",
        "password1": PASSWORD + "x", "password2": PASSWORD + "x", **extra,
    }


def test_a_site_manager_adds_an_editor(staff, client):
    client.force_login(staff.manager)
    client.post(reverse("wagtailusers_users:add"), new_user_data(groups=[Group.objects.get(name="Editors").pk]))
    assert get_user_model().objects.get(username="newcomer").groups.get().name == "Editors"


def test_a_site_manager_cannot_make_a_superuser(staff, client):
    client.force_login(staff.manager)
    response = client.post(reverse("wagtailusers_users:add"), new_user_data(is_superuser="on"))
    assert response.url == reverse("wagtailadmin_home")  # Wagtail's "permission denied" redirect
    assert not get_user_model().objects.filter(username="newcomer").exists()


def test_a_site_manager_cannot_hand_out_other_groups(staff, client):
    client.force_login(staff.manager)
    other = Group.objects.create(name="Patient records")
    response = client.post(reverse("wagtailusers_users:edit", args=[staff.editor.pk]), {
        "username": "erin", "email": staff.editor.email, "first_name": "Erin", "last_name": "Tester",
        "is_active": "on", "groups": [other.pk],
    })
    assert response.url == reverse("wagtailadmin_home")  # Wagtail's "permission denied" redirect
    assert not staff.editor.groups.filter(pk=other.pk).exists()


def test_a_site_manager_cannot_edit_a_superuser(staff, client):
    client.force_login(staff.manager)
    response = client.get(reverse("wagtailusers_users:edit", args=[staff.superuser.pk]))
    assert response.url == reverse("wagtailadmin_home")
