"""Template tags that give every page the clinic's facts and navigation.

Both are computed once per request and kept on the request object, so the header,
footer and body can all ask without repeating queries.
"""

from dataclasses import dataclass

from django import template
from django.db.models import prefetch_related_objects
from django.utils import timezone
from wagtail.models import Page, Site

from core import page_cache
from core.models import ClinicSettings
from home.models import StandardPage
from services.models import ServicePage

register = template.Library()


@dataclass
class ClinicFacts:
    settings: ClinicSettings
    location: object
    hours_summary: str


def _per_request(request, name, build):
    if request is None:
        return build()
    if not hasattr(request, name):
        setattr(request, name, build())
    return getattr(request, name)


@register.simple_tag(takes_context=True)
def clinic_facts(context):
    """The clinic's settings, its primary location (hours prefetched) and the hours summary."""
    request = context.get("request")

    def build():
        settings = ClinicSettings.for_request(request) if request else ClinicSettings.for_site(Site.objects.get(is_default_site=True))
        location = settings.primary_location
        if location is not None:
            prefetch_related_objects([location], "opening_hours", "closures")
        return ClinicFacts(settings, location, location.hours_summary if location else "")

    return _per_request(request, "_clinic_facts", build)


@dataclass
class NavSection:
    page: Page
    children: list


@dataclass
class Navigation:
    home: Page | None
    sections: list
    services: list
    footer_pages: list


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Menu entries: the home page's children marked "show in menus", and the condition pages."""
    request = context.get("request")

    def build():
        site = Site.find_for_request(request) if request else None
        home = site.root_page.specific if site else None
        if home is None:
            return Navigation(None, [], [], [])
        services = list(ServicePage.objects.descendant_of(home).live().public().order_by("path"))
        sections = [
            NavSection(page, [service for service in services if service.path.startswith(page.path)])
            for page in home.get_children().live().public().in_menu().order_by("path")
        ]
        return Navigation(
            home=home,
            sections=sections,
            services=services,
            footer_pages=list(StandardPage.objects.child_of(home).live().public().order_by("path")),
        )

    return _per_request(request, "_site_navigation", build)


@register.simple_tag(takes_context=True)
def open_status(context, location):
    """"Open now · closes 5 P.M." for a LocationPage, in the clinic's time zone.

    The page cache keeps the page no longer than the sentence stays true.
    """
    now = timezone.localtime()
    page_cache.expire_by(context.get("request"), location.open_status_changes_at(now))
    return location.open_status(now).describe(now)
