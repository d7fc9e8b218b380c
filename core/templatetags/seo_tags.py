"""Head tags for search engines and link previews: canonical URL and JSON-LD."""

import json

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Site

from core import routing, seo
from core.templatetags.clinic_tags import clinic_facts

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


#: Host names only a development Site has (the demo's is ``localhost``): the public site is never served from them.
LOCAL_HOSTNAMES = {"localhost", "127.0.0.1", "::1"}


def _root_url(request):
    """Scheme and host of the site's public addresses (canonical, og:url, JSON-LD).

    The Site's own, unless it still has a development host name: then the host the request came to,
    which ALLOWED_HOSTS has vetted. A production still on the demo's ``localhost`` Site so never
    publishes ``localhost`` addresses; the Site should still be given its real host name.
    """
    site = Site.find_for_request(request)
    if site is None or site.hostname in LOCAL_HOSTNAMES:
        return request.build_absolute_uri("/").rstrip("/")
    return site.root_url


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's address on its Site's own host; a listing keeps only its ``page`` number."""
    request = context["request"]
    url = _root_url(request) + request.path
    number = request.GET.get("page")
    if number and number.isdigit() and number != "1":
        url += f"?page={number}"
    return url


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    return seo.absolute(_root_url(context["request"]), path)


@register.simple_tag(takes_context=True)
def meta_description(context):
    """What the page says of itself (core.pages.SitePage.meta_description), else the clinic's About text."""
    page = context.get("page")
    describe = getattr(page, "meta_description", None)
    return (describe() if describe else "") or clinic_facts(context).settings.about_text


@register.simple_tag(takes_context=True)
def structured_data(context):
    """Every page: the MedicalClinic; below home: a BreadcrumbList; and what the page adds of itself."""
    request, page = context["request"], context.get("page")
    facts = clinic_facts(context)
    root = _root_url(request)
    logo = facts.settings.logo
    logo_url = seo.absolute(root, logo.get_rendition("fill-512x512|format-png").url) if logo else None
    place = facts.location.clinic_place_data() if facts.location else None
    items = [seo.medical_clinic(facts.settings, root, logo_url, place)]
    if page is not None and page.depth > 2:
        crumbs = [("Home" if a.depth == 2 else a.title, root + a.url) for a in routing.ancestors(page)]
        items.append(seo.breadcrumb_list(crumbs + [(page.title, root + request.path)]))
    if hasattr(page, "structured_data"):
        items.extend(page.structured_data(root))
    return mark_safe(
        "".join(
            f'<script type="application/ld+json">{json.dumps(item, ensure_ascii=False).translate(_JSON_ESCAPES)}</script>'
            for item in items
        )
    )
