"""Layout defects measured in Chromium: one left edge per page at desktop width, no white band above the
footer, and the phone menu button that says what it will do."""

import pytest
from playwright.sync_api import expect

from .test_accessibility import DESKTOP, PHONE

pytestmark = pytest.mark.e2e

#: The left edges of the page's heading and of what follows the page head.
LEFT_EDGES = """() => ({
    heading: document.querySelector("main h1").getBoundingClientRect().left,
    body: [...document.querySelectorAll("main > .container:not(.page-head) > *")]
        .map(element => [element.outerHTML.slice(0, 60), element.getBoundingClientRect().left]),
})"""


@pytest.mark.parametrize(
    "url", ["/consultation/", "/about/", "/privacy-policy/", "/search/?q=ketamine", "/search/", "/locations/"]
)
def test_heading_and_body_share_one_left_edge_at_desktop_width(demo_site, page, url):
    page.set_viewport_size(DESKTOP)
    page.goto(demo_site + url)
    edges = page.evaluate(LEFT_EDGES)
    assert edges["body"]
    assert [what for what, left in edges["body"] if abs(left - edges["heading"]) > 1] == []


def test_the_home_pages_last_band_meets_the_footer(demo_site, page):
    page.set_viewport_size(DESKTOP)
    page.goto(demo_site + "/")
    last = page.locator("main > section").last.bounding_box()
    footer = page.locator("footer.site-footer").bounding_box()
    assert footer["y"] == pytest.approx(last["y"] + last["height"], abs=1)


def test_the_menu_button_says_close_while_the_menu_is_open(demo_site, page):
    page.set_viewport_size(PHONE)
    page.goto(demo_site + "/")
    toggle = page.locator(".nav-toggle")
    expect(toggle).to_have_accessible_name("Menu")
    toggle.click()
    expect(toggle).to_have_accessible_name("Close")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.click()
    expect(toggle).to_have_accessible_name("Menu")
    expect(page.locator("#site-nav")).to_be_hidden()
