"""A patient on a phone requests a consultation in a real browser, by keyboard where it matters."""

import pytest
from django.core.cache import cache

from consultations.models import ConsultationRequest
from tests import factories

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def form_url(request, transactional_db, live_server):
    site_tree = request.getfixturevalue("site_tree")
    cache.clear()  # no earlier submissions counted against 127.0.0.1
    factories.ServicePageFactory(parent=site_tree.services, title="PTSD", slug="ptsd", short_name="PTSD")
    factories.StandardPageFactory(parent=site_tree.home, title="Privacy policy", slug="privacy-policy")
    return live_server.url + site_tree.consultation.url


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def focused_name(page):
    return page.evaluate("document.activeElement.name || document.activeElement.id")


def test_a_patient_fills_in_and_sends_the_form_at_390px(form_url, page):
    page.set_viewport_size(PHONE)
    page.goto(form_url + "?condition=ptsd")
    assert horizontal_overflow(page) == 0
    assert page.get_by_label("PTSD").is_checked()

    page.get_by_label("Your name").fill("Ana Torres")
    page.keyboard.press("Tab")
    assert focused_name(page) == "phone"
    page.keyboard.type("713 555 0142")
    page.get_by_label("Email address").fill("ana@example.com")
    page.get_by_label("Text message").check()
    page.get_by_label("Afternoon (noon – 5 P.M.)").check()
    page.get_by_label("Anything else you would like us to know (optional)").fill("After 2 is best.")
    consent = page.get_by_label("I agree that KureIV may store these details and contact me about a consultation.")
    consent.focus()
    page.keyboard.press("Space")
    assert consent.is_checked()
    page.keyboard.press("Tab")  # the honeypot is skipped: the next stop is the privacy link, then the button
    assert page.evaluate("document.activeElement.textContent").startswith("Read our privacy policy")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Send my request"
    page.keyboard.press("Enter")

    page.wait_for_url("**/consultation/thank-you/")
    assert page.locator("h1").inner_text() == "Thank you, we have your request"
    assert page.locator("main a[href='tel:+17135550142']").count() >= 1
    assert horizontal_overflow(page) == 0
    consultation = ConsultationRequest.objects.get()
    assert (consultation.name, consultation.phone, consultation.contact_method) == (
        "Ana Torres",
        "(713) 555-0142",
        "text",
    )
    assert [condition.slug for condition in consultation.conditions.all()] == ["ptsd"]


def test_errors_are_summarised_focused_and_linked_to_their_fields(form_url, page):
    page.set_viewport_size(PHONE)
    page.goto(form_url)
    page.get_by_label("Your name").fill("Ana Torres")
    page.get_by_label("Phone number").fill("555-0142")
    page.get_by_role("button", name="Send my request").click()
    page.wait_for_load_state()

    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert focused_name(page) == "error-summary"
    assert page.get_by_label("Your name").input_value() == "Ana Torres"
    assert page.get_by_label("Phone number").input_value() == "555-0142"
    assert horizontal_overflow(page) == 0

    summary.get_by_role("link", name="Enter a US phone number with its area code, like (713) 555-0142.").click()
    assert focused_name(page) == "phone"
    phone = page.get_by_label("Phone number")
    assert phone.get_attribute("aria-invalid") == "true"
    assert ConsultationRequest.objects.count() == 0
