"""A patient on a phone: the home page fits the screen and the menu reaches every condition."""

import pytest
from playwright.sync_api import expect

from services.models import ServicePage

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_has_no_horizontal_overflow(demo_site, page, viewport):
    page.set_viewport_size(viewport)
    page.goto(demo_site + "/")
    assert page.locator("h1").count() == 1
    assert horizontal_overflow(page) == 0


#: Widths where the masthead once broke onto a second row: the Menu button at 390, the one-row menu at 960 - 1,100;
#: with About in the menu the search button once ran past the content column's edge at 1,100 - 1,280.
AWKWARD_WIDTHS = [390, 960, 1000, 1024, 1099, 1100, 1199, 1200, 1240, 1280]
MASTHEAD_ROWS = """() => {
  const box = selector => document.querySelector(selector).getBoundingClientRect();
  const visible = [...document.querySelectorAll('.masthead > *')].filter(item => item.getBoundingClientRect().height > 0);
  const lines = link => {
    const style = getComputedStyle(link);
    const text = link.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return Math.round(text / parseFloat(style.lineHeight));
  };
  const links = [...document.querySelectorAll('.site-nav__list > li > a')].filter(link => link.offsetHeight > 0);
  const masthead = document.querySelector('.masthead');
  return {
    edge: box('.masthead').right - parseFloat(getComputedStyle(masthead).paddingRight),
    rightmost: Math.max(...visible.map(item => item.getBoundingClientRect().right)),
    brand: [box('.brand').top, box('.brand').bottom],
    parts: visible.map(item => [item.className, item.getBoundingClientRect().top, item.getBoundingClientRect().bottom]),
    entries: links.map(link => [link.textContent.trim(), link.getBoundingClientRect().top, link.getBoundingClientRect().bottom, lines(link)]),
  };
}"""


def test_masthead_stays_one_row_at_awkward_widths(demo_site, page):
    page.goto(demo_site + "/")
    for width in AWKWARD_WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        rows = page.evaluate(MASTHEAD_ROWS)
        brand_top, brand_bottom = rows["brand"]
        for name, top, bottom in rows["parts"]:  # brand, search, Menu button or the menu: side by side
            assert top < brand_bottom and bottom > brand_top, (width, name, rows)
        for name, top, bottom, lines in rows["entries"]:  # on a phone the closed menu shows none
            assert top < brand_bottom and bottom > brand_top and lines == 1, (width, name, rows)
        assert horizontal_overflow(page) == 0, width
        assert rows["rightmost"] <= rows["edge"] + 0.5, (width, rows)  # inside the content column


def test_phone_menu_reaches_each_condition_page(demo_site, page):
    page.set_viewport_size(PHONE)
    services = list(ServicePage.objects.live().order_by("path").values_list("short_name", "title"))
    assert len(services) == 6
    for short_name, title in services:
        page.goto(demo_site + "/")
        toggle = page.locator(".nav-toggle")
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not page.locator("#site-nav").is_visible()
        page.get_by_role("button", name="Menu").click()
        assert toggle.get_attribute("aria-expanded") == "true"
        assert toggle.inner_text() == "Close"
        page.locator("#site-nav").get_by_role("link", name=short_name, exact=True).click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == title
        assert horizontal_overflow(page) == 0


def test_desktop_conditions_menu_opens_with_keyboard(demo_site, page):
    page.set_viewport_size(DESKTOP)
    page.goto(demo_site + "/")
    first_condition = page.locator(".site-nav__sub a").first
    expect(first_condition).to_be_hidden()
    conditions = page.locator("#site-nav").get_by_role("link", name="Conditions we treat")
    for _ in range(20):  # keyboard only: Tab from the top of the page to the menu
        page.keyboard.press("Tab")
        if conditions.evaluate("link => link === document.activeElement"):
            break
    page.keyboard.press("Tab")
    expect(first_condition).to_be_visible()
    expect(first_condition).to_be_focused()
    first_condition.press("Enter")
    expect(page.locator("h1")).to_have_text(ServicePage.objects.live().order_by("path").first().title)
