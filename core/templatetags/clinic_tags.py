"""Template tags that give every page the clinic's facts, navigation and breadcrumbs.

Facts and navigation are built once per site and kept across requests (core.site_cache), so the
header, footer and body can all ask without repeating queries.
"""

from dataclasses import dataclass

from django import template
from django.utils import timezone
from wagtail.models import Page, Site

from core import page_cache, routing, site_cache, view_restrictions
from core.models import ClinicSettings

register = template.Library()


@dataclass
class ClinicFacts:
    settings: ClinicSettings
    location: object
    hours_summary: str


@register.simple_tag(takes_context=True)
def clinic_facts(context):
    """The clinic's settings, its primary location (hours prefetched) and the hours summary."""
    request = context.get("request")

    def build():
        settings = (
            ClinicSettings.for_request(request)
            if request
            else ClinicSettings.for_site(Site.objects.get(is_default_site=True))
        )
        location = settings.primary_location_page()
        return ClinicFacts(settings, location, location.hours_summary if location else "")

    return site_cache.remember(request, "clinic_facts", build)


@dataclass
class NavSection:
    page: Page
    children: list


@dataclass
class Navigation:
    home: Page | None
    sections: list
    #: What the footer lists under "Explore": the sections' menu children, then the pages ``in_footer``.
    footer_pages: list


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Menu entries: the home page's live, public children marked "show in menus", each with the pages
    its type lists under it (core.pages.SitePage.menu_children: the condition pages).

    The home page with its children is one query (filtered here, so a private home page still heads the
    menu as it always has); a section that lists pages under it adds its own (one, for the conditions).
    """
    request = context.get("request")

    def build():
        site = Site.find_for_request(request) if request else None
        if site is None:
            return Navigation(None, [], [], [])
        root = site.root_page
        home, *children = Page.objects.filter(
            path__startswith=root.path, depth__in=[root.depth, root.depth + 1]
        ).order_by("path")
        children = [
            child.specific_deferred for child in children if child.live and view_restrictions.is_public(child, request)
        ]
        listed = {child.pk: child.menu_children(request) for child in children if hasattr(child, "menu_children")}
        sections = [NavSection(page, listed.get(page.pk, [])) for page in children if page.show_in_menus]
        footer_pages = [
            *(page for child in children for page in listed.get(child.pk, [])),
            *(page for page in children if getattr(page, "in_footer", False)),
        ]
        return Navigation(home=home, sections=sections, footer_pages=footer_pages)

    return site_cache.remember(request, "navigation", build)


@register.simple_tag
def breadcrumb_trail(page):
    """The page's ancestors from the home page down to its parent (none for the home page)."""
    return routing.ancestors(page) if page is not None else []


@register.simple_tag(takes_context=True)
def open_status(context, location):
    """ "Open now · closes 5 P.M." for a LocationPage, in the clinic's time zone.

    The page cache keeps the page no longer than the sentence stays true.
    """
    now = timezone.localtime()
    page_cache.expire_by(context.get("request"), location.open_status_changes_at(now))
    return location.open_status(now).describe(now)
