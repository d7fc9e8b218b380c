"""Passwords of private pages and documents are rate limited like admin sign-in: five wrong ones from one
address (an IPv6 address by its /64) lock that address out of that password for 15 minutes, the right
password included."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.page_passwords import LOCKED_MESSAGE

PAGE_PASSWORD = "staff-only-2026"
OFFICE = "203.0.113.10"
ELSEWHERE = "198.51.100.7"
PHONE = "2001:db8:1:2:aaaa::1"
SAME_NETWORK_AS_PHONE = "2001:db8:1:2:bbbb::9"
ANOTHER_NETWORK = "2001:db8:1:3::1"
WRONG_PASSWORD_MESSAGE = "The password you have entered is not correct."
LOCKED_TEXT = "Too many wrong passwords have been tried from your connection"


@pytest.fixture
def private_page(site_tree):
    """The About page behind a shared password: (page, restriction)."""
    restriction = PageViewRestriction.objects.create(
        page=site_tree.about, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return site_tree.about, restriction


def try_page_password(client, private_page, password, address=OFFICE):
    page, restriction = private_page
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def page_opens(client, private_page):
    page, _ = private_page
    return 'name="password"' not in client.get(page.url).content.decode()


def guess_wrong(client, private_page, times, address=OFFICE):
    for attempt in range(times):
        response = try_page_password(client, private_page, f"guess-{attempt}", address)
        assert WRONG_PASSWORD_MESSAGE in response.content.decode()


def test_the_right_password_opens_the_page(client, private_page):
    assert not page_opens(client, private_page)
    assert try_page_password(client, private_page, PAGE_PASSWORD).status_code == 302
    assert page_opens(client, private_page)


def test_four_wrong_passwords_do_not_lock(client, private_page):
    guess_wrong(client, private_page, 4)
    assert try_page_password(client, private_page, PAGE_PASSWORD).status_code == 302
    assert page_opens(client, private_page)


def test_the_fifth_wrong_password_says_the_form_is_locked(client, private_page):
    guess_wrong(client, private_page, 4)
    page = try_page_password(client, private_page, "guess-5").content.decode()
    assert WRONG_PASSWORD_MESSAGE in page
    assert LOCKED_TEXT in page


def test_after_five_wrong_passwords_the_right_one_is_refused_with_a_clear_message(client, private_page):
    guess_wrong(client, private_page, 5)
    response = try_page_password(client, private_page, PAGE_PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert LOCKED_MESSAGE in page
    assert 'name="password"' in page  # the page's own password form, not a bare error
    assert WRONG_PASSWORD_MESSAGE not in page and "This field is required" not in page
    assert not page_opens(client, private_page)


def test_the_lock_is_for_that_address_only(client, private_page):
    guess_wrong(client, private_page, 5)
    assert try_page_password(client, private_page, PAGE_PASSWORD, address=ELSEWHERE).status_code == 302


def test_an_ipv6_address_counts_by_its_64_network(client, private_page):
    guess_wrong(client, private_page, 5, address=PHONE)
    assert try_page_password(client, private_page, PAGE_PASSWORD, address=SAME_NETWORK_AS_PHONE).status_code == 429
    assert try_page_password(client, private_page, PAGE_PASSWORD, address=ANOTHER_NETWORK).status_code == 302


def test_the_lock_is_for_that_password_only(client, private_page, site_tree):
    guess_wrong(client, private_page, 5)
    blog = PageViewRestriction.objects.create(
        page=site_tree.blog, restriction_type=PageViewRestriction.PASSWORD, password="another-one"
    )
    assert try_page_password(client, (site_tree.blog, blog), "another-one").status_code == 302


def test_other_pages_under_the_same_password_share_the_count(client, site_tree):
    """The count is the restriction's, not the page's: guessing cannot go on by naming another page below it."""
    restriction = PageViewRestriction.objects.create(
        page=site_tree.blog, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    first, second = site_tree.posts
    guess_wrong(client, (first, restriction), 3)
    guess_wrong(client, (second, restriction), 2)
    assert try_page_password(client, (site_tree.blog, restriction), PAGE_PASSWORD).status_code == 429


@pytest.mark.parametrize("minutes_later, opens", [(14, False), (16, True)])
def test_the_lock_lifts_15_minutes_after_the_first_wrong_password(client, private_page, clock, minutes_later, opens):
    guess_wrong(client, private_page, 5)
    clock.shift(datetime.timedelta(minutes=minutes_later))
    assert (try_page_password(client, private_page, PAGE_PASSWORD).status_code == 302) is opens


# Documents in a collection behind a password


@pytest.fixture
def private_document(db):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Staff forms")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    document = get_document_model().objects.create(
        title="Rota", collection=collection, file=ContentFile(b"rota", name="rota.txt")
    )
    return document, restriction


def try_document_password(client, private_document, password, address=OFFICE):
    document, restriction = private_document
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    return client.post(url, {"password": password, "return_url": document.url}, REMOTE_ADDR=address)


def test_a_documents_password_is_locked_after_five_wrong_ones_too(client, private_document):
    for attempt in range(5):
        assert (
            WRONG_PASSWORD_MESSAGE
            in try_document_password(client, private_document, f"guess-{attempt}").content.decode()
        )
    response = try_document_password(client, private_document, PAGE_PASSWORD)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in response.content.decode()
    document, _ = private_document
    assert not client.get(document.url).streaming  # the password form, not the file
    assert try_document_password(client, private_document, PAGE_PASSWORD, address=ELSEWHERE).status_code == 302
