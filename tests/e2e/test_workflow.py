"""The editorial workflow in a real browser: write, preview, submit, approve; a site manager changes the hours."""

import pytest
import wagtail_factories
from playwright.sync_api import expect
from wagtail.models import Collection

from blog.models import BlogPage
from tests import factories
from tests.workflow.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(transactional_db, site_tree, live_server, page):
    """The minimal site served by the live server; the browser gives up on a missing element after 10 s."""
    page.set_default_timeout(10_000)
    return site_tree


def log_in(page, base_url, user):
    page.context.clear_cookies()
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base_url + "/admin/")


def open_more_actions(page):
    """The arrow beside the main button of the action menu at the foot of the editor."""
    page.locator("footer [data-w-dropdown-target=toggle]").click()


def write_post(page, body):
    page.fill("#id_title", "Ketamine and sleep")
    page.press("#id_title", "Tab")  # leaving the title fills in the slug
    page.fill("#id_intro", "How infusions affect sleep. What patients report.")
    body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Heading").click()
    page.fill("#body-0-value-text", "What patients report")
    body.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Paragraph").click()
    body.locator("[contenteditable=true]").last.click()
    page.keyboard.type("Most patients sleep better within a week.")
    body.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Figure").click()
    body.get_by_role("button", name="Choose an image").last.click()
    page.get_by_role("dialog").get_by_role("link", name="Infusion chair").click()
    body.get_by_label("Alt text").fill("A reclining chair beside an IV stand")
    page.keyboard.press("Tab")


def test_an_editor_writes_a_post_and_a_reviewer_approves_it(site, live_server, page):
    base = live_server.url
    editor = make_user("erin", "Editors")
    reviewer = make_user("maya", "Medical reviewers")
    factories.PersonFactory(honorific="Dr.", name="Maya Okafor", credentials="MD", user=reviewer)
    wagtail_factories.ImageFactory(title="Infusion chair", collection=Collection.get_first_root_node())

    log_in(page, base, editor)
    page.goto(f"{base}/admin/pages/add/blog/blogpage/{site.blog.pk}/")
    body = page.locator("#panel-child-content-body-section")
    write_post(page, body)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(f"{base}/admin/pages/*/edit/")

    page.fill("#body-0-value-text", "What patients tell us")  # not saved: the preview still shows it
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe[data-w-preview-target=iframe]").first
    expect(preview.locator("h2", has_text="What patients tell us")).to_be_visible()
    expect(preview.locator("img[alt='A reclining chair beside an IV stand']")).to_have_count(1)

    open_more_actions(page)
    page.get_by_role("button", name="Submit to Medical review").click()
    page.wait_for_url(f"{base}/admin/pages/{site.blog.pk}/")
    post = BlogPage.objects.get(title="Ketamine and sleep")
    assert post.workflow_in_progress and not post.live
    assert page.goto(f"{base}/blog/{post.slug}/").status == 404

    log_in(page, base, reviewer)
    page.goto(f"{base}/admin/pages/{post.pk}/edit/")
    open_more_actions(page)
    page.get_by_role("button", name="Approve and Publish").click()
    page.wait_for_url(f"{base}/admin/pages/{site.blog.pk}/")

    page.context.clear_cookies()
    article = page.goto(f"{base}/blog/{post.slug}/")
    assert article.status == 200
    expect(page.get_by_text("Medically reviewed by Dr. Maya Okafor, MD on")).to_be_visible()
    expect(page.locator("main img[alt='A reclining chair beside an IV stand']")).to_have_count(1)
    page.goto(f"{base}/blog/")
    expect(page.locator("main").get_by_role("link", name="Ketamine and sleep")).to_have_count(1)
    page.goto(f"{base}/")
    expect(page.locator("main").get_by_role("link", name="Ketamine and sleep")).to_have_count(1)
    page.goto(base + site.posts[0].url)
    expect(
        page.locator("[aria-labelledby=recent-heading]").get_by_role("link", name="Ketamine and sleep")
    ).to_be_visible()


def test_a_site_manager_changes_fridays_hours_and_adds_a_closure(site, live_server, page):
    base = live_server.url
    manager = make_user("sam", "Site managers")
    page.goto(base + site.posts[0].url)
    expect(page.locator(".topbar")).to_contain_text("Mon - Fri (8 A.M. - 5 P.M.)")

    log_in(page, base, manager)
    page.goto(f"{base}/admin/pages/{site.location.pk}/edit/")
    # Each interval is headed by its weekday (static/js/admin/opening_hours.js), and follows a new choice.
    fifth = page.locator("#inline_child_opening_hours-4 [data-panel-heading-text]")
    expect(page.locator("#inline_child_opening_hours-0 [data-panel-heading-text]")).to_have_text("Monday")
    expect(fifth).to_have_text("Friday")
    page.select_option("#id_opening_hours-4-weekday", label="Saturday")
    expect(fifth).to_have_text("Saturday")
    page.select_option("#id_opening_hours-4-weekday", label="Friday")
    expect(fifth).to_have_text("Friday")
    # Times are chosen as the site shows them.
    expect(page.locator("#id_opening_hours-4-opens option:checked")).to_have_text("8 A.M.")
    page.select_option("#id_opening_hours-4-closes", label="1 P.M.")
    page.get_by_role("button", name="Add closure").click()
    page.fill("#id_closures-0-start_date", "2026-12-24")
    page.fill("#id_closures-0-reason", "Christmas Eve")
    page.keyboard.press("Tab")
    open_more_actions(page)
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"{base}/admin/pages/{site.locations.pk}/")

    location = type(site.location).objects.get(pk=site.location.pk)
    assert [closure.reason for closure in location.closures.all()] == ["Christmas Eve"]
    page.context.clear_cookies()
    page.goto(base + site.posts[0].url)
    expect(page.locator(".topbar")).to_contain_text(location.hours_summary)
    assert "Fri (8 A.M. - 1 P.M.)" in location.hours_summary
