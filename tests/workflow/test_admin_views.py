"""The admin as editors meet it: previews of every page type, drafts that survive errors, revisions, the dashboard."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from blog.models import BlogPage

from . import admin_actions as act

PAGE_TYPES = ["home", "services", "service", "blog", "posts", "locations", "location", "consultation", "about"]


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_type_previews_its_draft(site_tree, staff, client, name):
    page = getattr(site_tree, name)
    page = (page[0] if isinstance(page, list) else page).specific
    page.title = f"Draft of {page.title}"
    if name == "home":  # the home page shows its hero heading; its title names the clinic in the browser tab only
        page.hero_heading = f"Draft of {page.hero_heading}"
    revision = page.save_revision(user=staff.editor)
    client.force_login(staff.editor)
    response = client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]))
    assert response.status_code == 200
    assert "Draft of" in response.content.decode()


@pytest.mark.parametrize("name", ["posts", "service"])
def test_preview_shows_unsaved_changes(site_tree, staff, client, name):
    page = getattr(site_tree, name)
    page = page[0] if isinstance(page, list) else page
    client.force_login(staff.editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = (
        act.blog_post_data(title="Not saved yet", slug=page.slug)
        if name == "posts"
        else act.service_page_data(page, title="Not saved yet")
    )
    assert client.post(url, data).json() == {"is_valid": True, "is_available": True}
    assert "Not saved yet" in client.get(url).content.decode()
    assert Page.objects.get(pk=page.pk).draft_title != "Not saved yet"


def test_a_save_missing_a_required_field_keeps_what_was_typed_and_says_what_is_wrong(site_tree, staff, client):
    client.force_login(staff.editor)
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", site_tree.blog.pk])
    response = client.post(url, {**act.blog_post_data(title="Ketamine and sleep", intro=""), "action-submit": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "The page could not be created due to validation errors" in html
    assert "This field is required" in html
    assert 'value="Ketamine and sleep"' in html and "Most patients sleep well." in html
    assert not BlogPage.objects.filter(slug="ketamine-and-sleep").exists()


def test_revisions_can_be_compared_and_restored(site_tree, staff, client):
    post = site_tree.posts[0]
    client.force_login(staff.editor)
    act.post_edit(client, post, title="First draft title")
    first = Page.objects.get(pk=post.pk).latest_revision
    act.post_edit(client, post, title="Second draft title")

    compare = reverse("wagtailadmin_pages:revisions_compare", args=[post.pk, first.pk, "latest"])
    html = client.get(compare).content.decode()
    assert "First draft title" in html and "Second draft title" in html

    restore = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[post.pk, first.pk]))
    assert 'value="First draft title"' in restore.content.decode()


def test_the_dashboard_shows_editors_their_drafts_and_reviewers_what_awaits_them(site_tree, staff, client):
    client.force_login(staff.editor)
    act.post_edit(client, site_tree.posts[0], title="My draft about sleep")
    act.submit(client, site_tree.posts[1])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Your most recent edits" in dashboard and "My draft about sleep" in dashboard
    assert "Your pages and snippets in a workflow" in dashboard and site_tree.posts[1].title in dashboard

    client.force_login(staff.reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard and site_tree.posts[1].title in dashboard
