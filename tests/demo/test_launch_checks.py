"""`check --deploy` reports what is still placeholder: on the demo content each problem, on real data nothing.

The checks are core.launch_checks (site, Clinic settings, demo images and people) and editorial.launch_checks
(review credits); both are Django system checks tagged "deploy" and "content".
"""

import io
import json

import pytest
import wagtail_factories
from django.core import checks
from django.core.management import call_command
from wagtail.admin.panels import get_edit_handler
from wagtail.images.models import Image
from wagtail.models import Collection, ReferenceIndex, Site

from core import launch_checks
from core.models import ClinicSettings, Person
from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def content_messages():
    return checks.run_checks(include_deployment_checks=True, tags=["content"])


def ids(messages):
    return sorted({message.id for message in messages})


def fix_everything():
    """What a site manager does before launch, as data."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "kureiv.com", 443
    site.save()
    settings = ClinicSettings.for_site(site)
    settings.phone = "(713) 771-8400"
    settings.email = "hello@kureiv.com"
    settings.save()
    cost = settings.cost_page.specific  # the clinic's own prices and policies in place of the placeholders
    cost.body = json.loads(launch_checks.PLACEHOLDER.sub("as agreed", json.dumps(list(cost.body.raw_data))))
    cost.save_revision().publish()
    clinic = Collection.get_first_root_node().add_child(name="Clinic")
    for image in Image.objects.filter(collection__name="Demo"):  # replaced by the clinic's own pictures
        image.collection = clinic
        image.save()
    Person.objects.update(is_demo=False)  # edited into the real team


def test_on_the_demo_content_each_placeholder_is_reported_with_what_to_fix(demo):
    messages = content_messages()
    assert ids(messages) == ["kureiv.W001", "kureiv.W002", "kureiv.W004", "kureiv.W005", "kureiv.W006"]
    assert all(message.level == checks.WARNING for message in messages)
    text = "\n".join(f"{message.msg} {message.hint}" for message in messages)
    assert "host name “localhost”" in text and "Settings › Sites" in text
    assert "(713) 555-0142 is a made-up 555-01xx number" in text and "Settings › Clinic settings › Contact" in text
    logo = ClinicSettings.objects.get().logo.title
    assert f"The demo image “{logo}” is in use: the logo in Clinic settings" in text
    assert "“Portrait placeholder: Anjali Mehta” is in use: “Dr. Anjali Mehta, MD”" in text
    assert "Dr. Anjali Mehta, MD is a demo person" in text and "Snippets › People" in text
    assert "hello@kureiv.example is an example address" in text
    assert "“Cost, insurance and payment” (/home/cost-and-insurance/) still holds placeholders: [clinic to" in text
    assert ", [price]. Edit it under Pages" in text

    out = io.StringIO()
    call_command("check", "--deploy", "--tag", "content", stdout=out, stderr=out)
    assert "(kureiv.W001) The site “KureIV” has the host name “localhost”" in out.getvalue()
    assert "HINT: Under Settings › Sites" in out.getvalue()


def test_on_fixed_data_the_checks_pass_and_each_later_gap_is_reported(demo):
    fix_everything()
    assert content_messages() == []

    page = ServicePage.objects.get(slug="ocd")
    ServicePage.objects.filter(pk=page.pk).update(medically_reviewed_by=None)  # e.g. published by a script
    (message,) = content_messages()
    assert message.id == "kureiv.W101"
    assert f"“{page.title}”" in message.msg and "/services/ocd/" in message.msg
    assert "Submit for medical review" in message.hint
    page.unpublish()
    assert content_messages() == []  # a draft has no claims in public

    settings = ClinicSettings.objects.get()
    settings.about_text = ""
    settings.disclaimer = "<p></p>"
    settings.consultation_page.specific.unpublish()
    settings.save()
    (message,) = content_messages()
    assert message.id == "kureiv.W003"
    assert message.msg.endswith("are incomplete: About text, Disclaimer, Consultation page.")
    assert "Settings › Clinic settings" in message.hint

    clinic = Collection.objects.get(name="Clinic")
    demo_collection = clinic.add_sibling(name="Demo")
    wagtail_factories.ImageFactory(collection=demo_collection, title="Unused demo picture")
    assert ids(content_messages()) == ["kureiv.W003"]  # a demo image nothing shows is not live
    used = next(image for image in Image.objects.filter(collection=clinic) if ReferenceIndex.get_references_to(image))
    used.collection = demo_collection
    used.save()
    assert ids(content_messages()) == ["kureiv.W003", "kureiv.W004"]


@pytest.mark.parametrize(
    "data", [{"honorific": "Dr.", "name": "Priya Shah", "credentials": "MD", "role": "", "bio": ""}]
)
def test_saving_a_demo_person_in_the_admin_makes_them_real(data):
    person = Person.objects.create(name="Anjali Mehta", is_demo=True)
    form = get_edit_handler(Person).get_form_class()(instance=person, data=data)
    assert form.is_valid(), form.errors
    form.save()
    person.refresh_from_db()
    assert (person.name, person.is_demo) == ("Priya Shah", False)
