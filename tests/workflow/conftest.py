"""People in each editorial role."""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.roles import EDITORS, MEDICAL_REVIEWERS, SITE_MANAGERS
from tests import factories

PASSWORD = "correct-horse-battery"


def make_user(username, group=None, **extra):
    user = get_user_model().objects.create_user(
        username, f"{username}@kureiv.test", PASSWORD, first_name=username.title(), last_name="Tester", **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@dataclass
class Staff:
    editor: object
    reviewer: object
    second_reviewer: object
    manager: object
    superuser: object

    def by_role(self, role):
        return getattr(self, role)


@pytest.fixture
def staff(db):
    """One user per role. The reviewer has a Person record; the second reviewer does not."""
    reviewer = make_user("maya", MEDICAL_REVIEWERS)
    factories.PersonFactory(honorific="Dr.", name="Maya Okafor", credentials="MD", user=reviewer)
    return Staff(
        editor=make_user("erin", EDITORS),
        reviewer=reviewer,
        second_reviewer=make_user("raj", MEDICAL_REVIEWERS),
        manager=make_user("sam", SITE_MANAGERS),
        superuser=make_user("root", is_superuser=True, is_staff=True),
    )
