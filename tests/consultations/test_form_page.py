"""The form a patient fills in at /consultation/ and the thank-you page after it."""

import pytest
from bs4 import BeautifulSoup

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def assert_never_cached(response):
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


class TestEmptyForm:
    def test_every_field_has_a_label_and_autocomplete_where_it_helps(self, client, form_url):
        html = soup(client.get(form_url))
        for name, autocomplete in [("name", "name"), ("phone", "tel"), ("email", "email")]:
            field = html.find("input", attrs={"name": name})
            assert field["autocomplete"] == autocomplete
            assert html.find("label", attrs={"for": field["id"]}).get_text(strip=True)
        assert html.find("input", attrs={"name": "phone"})["type"] == "tel"
        assert html.find("input", attrs={"name": "email"})["type"] == "email"
        for name in ["contact_method", "conditions", "best_time"]:
            inputs = html.find_all("input", attrs={"name": name})
            assert inputs
            assert inputs[0].find_parent("fieldset").find("legend").get_text(strip=True)
            for field in inputs:
                assert html.find("label", attrs={"for": field["id"]}).get_text(strip=True)
        message = html.find("textarea", attrs={"name": "message"})
        assert html.find("label", attrs={"for": message["id"]})
        consent = html.find("input", attrs={"name": "consent"})
        assert html.find("label", attrs={"for": consent["id"]})

    def test_the_message_warns_against_medical_history(self, client, form_url):
        html = soup(client.get(form_url))
        message = html.find("textarea", attrs={"name": "message"})
        hint = html.find(id=message["aria-describedby"])
        assert "medical history" in hint.get_text()
        assert message["maxlength"] == "500"

    def test_consent_links_to_the_privacy_policy(self, client, form_url):
        html = soup(client.get(form_url))
        consent = html.find("input", attrs={"name": "consent"})
        hint = html.find(id=consent["aria-describedby"])
        assert hint.find("a")["href"] == "/privacy-policy/"

    def test_the_chosen_privacy_page_wins_over_the_slug(self, client, consultation_site, form_url):
        from tests.factories import StandardPageFactory

        chosen = StandardPageFactory(parent=consultation_site.home, title="Notice of privacy practices", slug="hipaa")
        consultation_site.consultation.privacy_page = chosen
        consultation_site.consultation.save_revision().publish()
        html = soup(client.get(form_url))
        assert html.find(id="id_consent_helptext").find("a")["href"] == "/hipaa/"

    def test_conditions_are_the_published_service_pages(self, client, consultation_site, form_url):
        from tests.factories import ServicePageFactory

        ServicePageFactory(parent=consultation_site.services, title="OCD", slug="ocd", live=False)
        html = soup(client.get(form_url))
        values = [field["value"] for field in html.find_all("input", attrs={"name": "conditions"})]
        assert values == [consultation_site.service.slug, "ptsd"]

    def test_a_service_page_preselects_its_condition(self, client, form_url):
        html = soup(client.get(form_url + "?condition=ptsd"))
        checked = [field["value"] for field in html.find_all("input", attrs={"name": "conditions", "checked": True})]
        assert checked == ["ptsd"]

    def test_the_honeypot_is_hidden_from_people_and_assistive_technology(self, client, form_url):
        html = soup(client.get(form_url))
        honeypot = html.find("input", attrs={"name": "website"})
        assert honeypot["tabindex"] == "-1"
        assert honeypot["autocomplete"] == "off"
        assert honeypot.find_parent(class_="form-honeypot")["aria-hidden"] == "true"

    def test_the_form_is_never_cached_and_carries_a_csrf_token(self, client, form_url):
        response = client.get(form_url)
        assert_never_cached(response)
        assert soup(response).find("input", attrs={"name": "csrfmiddlewaretoken"})


class TestValidRequest:
    def test_is_saved_and_the_patient_is_sent_to_the_thank_you_page(self, client, form_url, valid_data):
        response = client.post(form_url, valid_data)
        assert response.status_code == 302
        assert response["Location"] == form_url + "thank-you/"
        consultation = ConsultationRequest.objects.get()
        assert (consultation.name, consultation.phone, consultation.email) == (
            "Ana Torres",
            "(713) 555-0142",
            "ana@example.com",
        )
        assert [page.slug for page in consultation.conditions.all()] == ["ptsd"]
        assert (consultation.contact_method, consultation.best_time) == ("phone", "morning")
        assert consultation.message == "Mornings before 10 are best."
        assert consultation.contacted_at is None

    def test_no_condition_is_fine(self, client, form_url, valid_data):
        del valid_data["conditions"]
        assert client.post(form_url, valid_data).status_code == 302
        assert not ConsultationRequest.objects.get().conditions.exists()

    def test_thank_you_page_says_what_happens_next_with_the_clinics_phone(self, client, form_url, valid_data):
        response = client.post(form_url, valid_data, follow=True)
        assert response.status_code == 200
        assert_never_cached(response)
        html = soup(response)
        assert html.find("h1").get_text(strip=True) == "Thank you, we have your request"
        text = " ".join(html.find("main").get_text(" ").split())
        assert "within one working day" in text
        assert "Mon - Fri (8 A.M. - 5 P.M.)" in text
        assert html.find("main").find("a", href="tel:+17135550142").get_text() == "(713) 555-0142"
        assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert "Ana" not in response.content.decode()
        assert len(html.select(".crisis-notice")) == 1  # the footer's, not a second copy in the page


INVALID = [
    ("name", "", "Enter your name."),
    ("name", "A" * 101, "Keep your name to 100 characters or fewer."),
    ("phone", "", "Enter a phone number we can reach you on."),
    ("phone", "555-0142", "Enter a US phone number with its area code, like (713) 555-0142."),
    ("phone", "+44 20 7946 0958", "Enter a US phone number with its area code, like (713) 555-0142."),
    ("email", "", "Enter your email address."),
    ("email", "ana@", "Enter an email address in the form name@example.com."),
    ("contact_method", "", "Choose how you would like us to contact you."),
    ("contact_method", "pigeon", "Choose how you would like us to contact you."),
    ("conditions", ["no-such-condition"], "Choose conditions from the list."),
    ("best_time", "", "Choose the best time to reach you."),
    ("message", "x" * 501, "Keep your message to 500 characters or fewer."),
    ("consent", "", "Check the box to agree, so that we can contact you."),
]


class TestInvalidRequest:
    @pytest.mark.parametrize(
        ("field", "value", "message"), INVALID, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(INVALID)]
    )
    def test_each_field_explains_its_error_and_keeps_what_was_typed(
        self, client, form_url, valid_data, field, value, message
    ):
        valid_data[field] = value
        response = client.post(form_url, valid_data)
        assert response.status_code == 200
        assert not ConsultationRequest.objects.exists()
        html = soup(response)
        error = html.find(id=f"id_{field}_error")
        assert message in error.get_text()
        summary_link = html.find(id="error-summary").find("a", string=message)
        target = html.find(id=summary_link["href"].lstrip("#"))
        assert target is not None and target.get("name") == field
        # Everything else the patient typed is still there.
        kept = {name: valid_data[name] for name in ("name", "phone", "email", "message") if name != field}
        for name, typed in kept.items():
            widget = html.find(attrs={"name": name})
            assert (widget.get("value") if widget.name == "input" else widget.get_text().strip()) == typed
        if field != "consent":
            assert html.find("input", attrs={"name": "consent"}).has_attr("checked")
        if field != "contact_method":
            assert html.find("input", attrs={"name": "contact_method", "value": "phone"}).has_attr("checked")

    def test_errors_are_tied_to_their_fields(self, client, form_url, valid_data):
        valid_data.update(email="ana@", contact_method="")
        html = soup(client.post(form_url, valid_data))
        email = html.find("input", attrs={"name": "email"})
        assert email["aria-invalid"] == "true"
        assert "id_email_error" in email["aria-describedby"].split()
        fieldset = html.find("input", attrs={"name": "contact_method"}).find_parent("fieldset")
        assert "id_contact_method_error" in fieldset["aria-describedby"].split()
        assert html.find("input", attrs={"name": "name"}).get("aria-invalid") is None

    def test_the_error_summary_comes_first_and_takes_focus(self, client, form_url, valid_data):
        valid_data["name"] = ""
        html = soup(client.post(form_url, valid_data))
        summary = html.find(id="error-summary")
        assert summary["role"] == "alert"
        assert summary.has_attr("autofocus")
        assert summary.find_next("form") is not None
        assert html.title.get_text().startswith("Error: ")

    def test_the_typed_message_is_kept_even_when_too_long(self, client, form_url, valid_data):
        valid_data["message"] = "m" * 600
        html = soup(client.post(form_url, valid_data))
        assert html.find("textarea", attrs={"name": "message"}).get_text().strip() == "m" * 600
