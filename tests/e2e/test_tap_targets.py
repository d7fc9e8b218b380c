"""WCAG 2.2 2.5.8 Target Size (Minimum), measured in Chromium: every link, button and field on each
public page type, at phone and desktop widths, is at least 24 × 24 CSS px or has the room around it
that the criterion's spacing exception asks for. Links inside a sentence are exempt (its inline exception).
"""

import pytest

from .test_accessibility import DESKTOP, PHONE, VIEWPORTS, public_pages

pytestmark = pytest.mark.e2e

MINIMUM = 24

#: What the page offers to click or tap, with each target's box in page coordinates. A checkbox or radio
#: button is left out: its whole label is its target. A link whose ::after covers its card (.card__title)
#: is measured as the card.
TARGETS = """() => {
  const selector = "a[href], button, summary, select, textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio])";
  const words = element => element.textContent.replace(/\\s+/g, " ").trim();
  const targets = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
    if (element.closest("[aria-hidden=true]")) continue;
    let box = element.getBoundingClientRect();
    const after = getComputedStyle(element, "::after");
    if (after.content !== "none" && after.position === "absolute") {
      let cover = element.parentElement;
      while (cover && getComputedStyle(cover).position === "static") cover = cover.parentElement;
      if (cover) box = cover.getBoundingClientRect();
    }
    if (box.width === 0 || box.height === 0 || box.right + scrollX < 0) continue;
    let inSentence = false;
    if (getComputedStyle(element).display === "inline") {
      let block = element.parentElement;
      while (getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
      inSentence = words(block) !== words(element);
    }
    targets.push({
      what: element.outerHTML.slice(0, 100),
      left: box.left + scrollX, top: box.top + scrollY, width: box.width, height: box.height, inSentence,
    });
  }
  return targets;
}"""


def centre(target):
    return target["left"] + target["width"] / 2, target["top"] + target["height"] / 2


def distance_to_box(point, target):
    x, y = point
    dx = max(target["left"] - x, 0, x - (target["left"] + target["width"]))
    dy = max(target["top"] - y, 0, y - (target["top"] + target["height"]))
    return (dx * dx + dy * dy) ** 0.5


def undersized(target):
    return target["width"] < MINIMUM - 0.5 or target["height"] < MINIMUM - 0.5


def too_small(targets):
    """The targets that fail 2.5.8: undersized, not in a sentence, and a 24 px circle on their centre
    touches another target or another undersized target's circle."""
    failing = []
    for target in targets:
        if target["inSentence"] or not undersized(target):
            continue
        point = centre(target)
        for other in targets:
            if other is target:
                continue
            crowded = distance_to_box(point, other) < MINIMUM / 2
            if undersized(other) and not other["inSentence"]:
                ox, oy = centre(other)
                crowded = crowded or ((point[0] - ox) ** 2 + (point[1] - oy) ** 2) ** 0.5 < MINIMUM
            if crowded:
                size = f"{target['width']:.0f}x{target['height']:.0f}"
                failing.append(f"{size} {target['what']} (crowded by {other['what'][:60]})")
                break
    return failing


def test_the_check_finds_crowded_small_targets_and_spares_spaced_ones():
    def box(left, top, width=40, height=16, in_sentence=False):
        return {
            "what": f"{left},{top}",
            "left": left,
            "top": top,
            "width": width,
            "height": height,
            "inSentence": in_sentence,
        }

    assert too_small([box(0, 0), box(0, 20)]) == ["40x16 0,0 (crowded by 0,20)", "40x16 0,20 (crowded by 0,0)"]
    assert too_small([box(0, 0), box(0, 40)]) == []  # 16 px tall but 24 px of room: the spacing exception
    assert too_small([box(0, 0, in_sentence=True), box(0, 18, in_sentence=True)]) == []
    assert too_small([box(0, 0, height=24), box(0, 26, height=24)]) == []


@VIEWPORTS
def test_every_target_on_every_page_type_is_big_enough_or_spaced(demo_site, page, viewport):
    page.set_viewport_size(viewport)
    found = {}
    for name, url in public_pages().items():
        page.goto(demo_site + url)
        found[name] = too_small(page.evaluate(TARGETS))
    page.goto(demo_site + "/")
    if viewport == PHONE:
        page.get_by_role("button", name="Menu").click()
    else:
        page.locator(".site-nav .has-children > a").first.hover()
    found["open menu"] = too_small(page.evaluate(TARGETS))
    assert {name: failing for name, failing in found.items() if failing} == {}


def test_the_phone_top_strip_is_compact(demo_site, page):
    page.set_viewport_size(PHONE)
    page.goto(demo_site + "/")
    assert page.locator(".topbar").bounding_box()["height"] <= 64
    assert page.locator(".topbar__phone").bounding_box()["height"] >= MINIMUM
    page.set_viewport_size(DESKTOP)
    assert page.locator(".topbar__tagline").is_visible()
