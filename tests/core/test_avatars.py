"""Initials avatars: no admin page asks Gravatar (a third party would learn staff e-mail hashes); each person
shows as their initials on a background white letters are legible on, unless they uploaded a picture."""

import re
from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Comment
from wagtail.users.models import UserProfile

from core.avatars import BACKGROUNDS, initials, initials_avatar_url

User = get_user_model()


@pytest.mark.parametrize(
    ("first_name", "last_name", "username", "expected"),
    [
        ("Maya", "Okafor", "maya", "MO"),
        ("maya", "okafor", "maya", "MO"),
        ("María José", "García López", "mjgl", "MG"),  # first name and first surname
        ("Maya Okafor", "", "maya", "MO"),  # the whole name typed as the first name
        ("Erin", "", "erin", "E"),
        ("", "", "root", "R"),
    ],
)
def test_initials(first_name, last_name, username, expected):
    assert initials(User(username=username, first_name=first_name, last_name=last_name)) == expected


def drawn_text(url):
    """The text the avatar's SVG shows."""
    assert url.startswith("data:image/svg+xml,")
    return re.search(r"<text[^>]*>(.*)</text>", unquote(url.removeprefix("data:image/svg+xml,"))).group(1)


def test_the_avatar_is_an_svg_of_the_initials():
    assert drawn_text(initials_avatar_url(User(username="maya", first_name="Maya", last_name="Okafor"))) == "MO"


def test_a_name_cannot_inject_markup_into_the_svg():
    assert drawn_text(initials_avatar_url(User(username="x", first_name="<b>", last_name="&co"))) == "&lt;&amp;"


def relative_luminance(color):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.mark.parametrize("background", BACKGROUNDS)
def test_white_initials_are_legible_on_every_background(background):
    contrast = (1 + 0.05) / (relative_luminance(background) + 0.05)
    assert contrast >= 4.5  # WCAG AA for normal text


@pytest.fixture
def staff(site_tree):
    maya = User.objects.create_superuser(
        "maya", "maya.okafor@kureiv.test", "a-long-enough-password", first_name="Maya", last_name="Okafor"
    )
    sam = User.objects.create_superuser(
        "sam", "sam.rivera@kureiv.test", "a-long-enough-password", first_name="Sam", last_name="Rivera"
    )
    return maya, sam


@pytest.mark.django_db
def test_no_admin_page_asks_gravatar_and_each_person_shows_as_their_initials(client, site_tree, staff):
    maya, sam = staff
    post = site_tree.posts[0]
    post.save_revision(user=sam, log_action=True)
    Comment.objects.create(page=post, user=sam, text="Cite the 2019 trial.", contentpath="title")
    workflow_state = post.get_workflow().start(post, sam)
    client.force_login(maya)
    pages = {
        "dashboard and account menu": reverse("wagtailadmin_home"),
        "account": reverse("wagtailadmin_account"),
        "comments, in the editor": reverse("wagtailadmin_pages:edit", args=[post.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[post.pk]),
        "workflow": reverse("wagtailadmin_pages:workflow_history_detail", args=[post.pk, workflow_state.pk]),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "users": reverse("wagtailusers_users:index"),
    }
    for what, url in pages.items():
        page = client.get(url).content.decode()
        assert "gravatar" not in page.lower(), what
        shown = maya if what in {"dashboard and account menu", "account"} else sam  # the viewer, or who acted
        assert initials_avatar_url(shown) in page, what


@pytest.mark.django_db
def test_an_uploaded_picture_still_wins(client, staff):
    maya, _ = staff
    profile = UserProfile.get_for_user(maya)
    profile.avatar.save("maya.png", get_test_image_file())
    client.force_login(maya)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert profile.avatar.url in page
    assert initials_avatar_url(maya) not in page
