"""Content checks for launch: ``python manage.py check --deploy`` reports what is still placeholder.

Django system checks tagged ``deploy`` (registered by CoreConfig.ready): the Site's host name, the
clinic's phone and email, Clinic settings left incomplete, demo images and demo people still on the site,
published pages still holding the demo's placeholders ("[price]"). Each
message says what to fix and where in the admin. (Pages without a medical review credit are checked by
editorial.launch_checks, which owns the credit.)

They read the database: run them where the site's database is reachable. Where it is not (a build step
checking settings only), they report nothing, like Django's own database checks without ``--database``.
"""

import json
import re

from django.core import checks
from django.db import DatabaseError
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site

from core.models import ClinicSettings, Person

#: The collection the demo loader keeps its images in (demo.images).
DEMO_COLLECTION = "Demo"
#: Host names that are never a public site's.
LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1", "testserver"}
#: 555-0100 to 555-0199 are reserved for fiction in every North American area code.
FICTIONAL_NUMBER = re.compile(r"555\D?01\d\d")
#: What every page shows or needs, by field name; a chosen page must also be live.
REQUIRED_SETTINGS = (
    "name",
    "tagline",
    "logo",
    "phone",
    "email",
    "primary_location",
    "consultation_page",
    "cost_page",
    "about_text",
)
#: Pages a setting points at, which must be published.
CHOSEN_PAGES = ("primary_location", "consultation_page", "cost_page")
#: What demo text leaves for the clinic to fill in (demo/README.md): "[price]", "[clinic to confirm: …]".
PLACEHOLDER = re.compile(r"\[(?:price|clinic to confirm[^\]]*)\]")
#: Addresses reserved for examples (RFC 2606): never a real mailbox.
EXAMPLE_EMAIL = re.compile(r"@(?:[\w-]+\.)*(?:example|invalid|test|localhost)(?:\.\w+)?$|@example\.(?:com|net|org)$")
REQUIRED_WORDING = ("crisis_notice", "disclaimer")
SETTINGS_PLACE = "Settings › Clinic settings"


def warning(msg, hint, number):
    return checks.Warning(msg, hint=hint, id=f"kureiv.W{number:03d}")


def site_host_names():
    for site in Site.objects.order_by("pk"):
        if site.hostname.lower() in LOCAL_HOSTS or site.hostname.lower().endswith(".localhost"):
            yield warning(
                f"The site “{site.site_name or site.hostname}” has the host name “{site.hostname}”.",
                "Under Settings › Sites, set its host name to the address patients use (e.g. kureiv.com) and "
                "its port to 443: page addresses, canonical links and the sitemap are built from it.",
                1,
            )


def _empty(settings, name):
    value = getattr(settings, name)
    return value is None or (isinstance(value, str) and not re.sub(r"<[^>]*>|\s", "", value))


def clinic_settings():
    for site in Site.objects.order_by("pk"):
        settings = ClinicSettings.objects.filter(site=site).first()
        label = site.site_name or site.hostname
        if settings is None:
            yield warning(
                f"The site “{label}” has no Clinic settings.",
                f"Fill in every field under {SETTINGS_PLACE} and save.",
                3,
            )
            continue
        if FICTIONAL_NUMBER.search(settings.phone):
            yield warning(
                f"The clinic's phone number {settings.phone} is a made-up 555-01xx number.",
                f"Under {SETTINGS_PLACE} › Contact, enter the number patients should call.",
                2,
            )
        missing = [name for name in REQUIRED_SETTINGS + REQUIRED_WORDING if _empty(settings, name)]
        if settings.email and EXAMPLE_EMAIL.search(settings.email):
            yield warning(
                f"The clinic's email address {settings.email} is an example address.",
                f"Under {SETTINGS_PLACE} › Contact, enter the address patients should write to.",
                2,
            )
        missing += [name for name in CHOSEN_PAGES if name not in missing and not getattr(settings, name).live]
        if missing:
            labels = ", ".join(ClinicSettings._meta.get_field(name).verbose_name.capitalize() for name in missing)
            yield warning(
                f"Clinic settings for “{label}” are incomplete: {labels}.",
                f"Under {SETTINGS_PLACE}, fill in each of these (a chosen page must be published) and save.",
                3,
            )


def demo_images():
    images = get_image_model().objects.filter(collection__name=DEMO_COLLECTION).order_by("title")
    for image in images:
        used_by = [f"“{source}”" for source, _ in ReferenceIndex.get_references_to(image).group_by_source_object()]
        used_by += ["the logo in Clinic settings"] * ClinicSettings.objects.filter(logo=image).exists()
        if not used_by:
            continue
        used_by = ", ".join(used_by)
        yield warning(
            f"The demo image “{image.title}” is in use: {used_by}.",
            "Choose a real image in each of these (Images › Add an image, then edit the page, person or "
            f"setting), or delete the demo image under Images (collection “{DEMO_COLLECTION}”).",
            4,
        )


def demo_people():
    for person in Person.objects.filter(is_demo=True):
        yield warning(
            f"{person.display_name} is a demo person: bylines, review credits and team pages show them.",
            "Under Snippets › People, edit them into a real clinician (saving clears the demo mark) or delete them.",
            5,
        )


def placeholders():
    """Published pages whose live text still holds a placeholder for the clinic to fill in."""
    for page in Page.objects.live().select_related("live_revision").order_by("path"):
        if page.live_revision is None:
            continue
        found = sorted(set(PLACEHOLDER.findall(json.dumps(page.live_revision.content, ensure_ascii=False))))
        if found:
            yield warning(
                f"The published page “{page.title}” ({page.url_path}) still holds placeholders: {', '.join(found)}.",
                "Edit it under Pages, replace each with the clinic's own facts, and publish it again.",
                6,
            )


CONTENT_CHECKS = (site_host_names, clinic_settings, demo_images, demo_people, placeholders)


def run(content_checks):
    """The messages of ``content_checks``; none if the database cannot be read (see the module's docstring)."""
    try:
        return [message for content_check in content_checks for message in content_check()]
    except DatabaseError:
        return []


def launch_content(app_configs=None, **kwargs):
    return run(CONTENT_CHECKS)


def register():
    """Run with ``check --deploy`` (tagged "content": ``check --deploy --tag content`` runs only these)."""
    checks.register(launch_content, "content", deploy=True)
