"""Head tags for search engines and link previews: canonical URL and JSON-LD."""

import json

from django import template
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Site

from blog.models import BlogPage
from core import routing, seo
from core.templatetags.clinic_tags import clinic_facts
from services.models import ServicePage

register = template.Library()

#: The rendition used for link previews and BlogPosting.image.
SHARE_IMAGE = "fill-1200x630|format-jpeg"

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _root_url(request):
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's address on its Site's own host; a listing keeps only its ``page`` number."""
    request = context["request"]
    url = _root_url(request) + request.path
    number = request.GET.get("page")
    if number and number.isdigit() and number != "1":
        url += f"?page={number}"
    return url


def _absolute(root, url):
    """Renditions on S3 already have a full URL; local ones are paths on this site."""
    return url if url.startswith(("http://", "https://")) else root + url


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    return _absolute(_root_url(context["request"]), path)


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The promote tab's search description, else the page's own summary, else the clinic's About text."""
    page = context.get("page")
    for candidate in (
        getattr(page, "search_description", ""),
        getattr(page, "intro", ""),
        getattr(page, "summary", ""),
        getattr(page, "hero_text", ""),
    ):
        if candidate:
            return candidate
    return clinic_facts(context).settings.about_text


def _faq_items(page):
    body = getattr(page, "body", None) or []
    return [
        (item["question"], strip_tags(item["answer"].source))
        for block in body
        if block.block_type == "faq"
        for item in block.value["items"]
    ]


@register.simple_tag(takes_context=True)
def structured_data(context):
    """Every page: the MedicalClinic; below home: a BreadcrumbList; and what the page type adds."""
    request, page = context["request"], context.get("page")
    facts = clinic_facts(context)
    root = _root_url(request)
    logo = facts.settings.logo
    logo_url = _absolute(root, logo.get_rendition("fill-512x512|format-png").url) if logo else None
    items = [seo.medical_clinic(facts.settings, facts.location, root, logo_url)]
    if page is not None and page.depth > 2:
        crumbs = [("Home" if a.depth == 2 else a.title, root + a.url) for a in routing.ancestors(page)]
        items.append(seo.breadcrumb_list(crumbs + [(page.title, root + request.path)]))
    if isinstance(page, BlogPage):
        image = _absolute(root, page.hero_image.get_rendition(SHARE_IMAGE).url) if page.hero_image else None
        items.append(seo.blog_posting(page, root + page.url, root, image))
    if isinstance(page, ServicePage):
        items.append(seo.medical_web_page(page, root + page.url, root))
    faq = _faq_items(page)
    if faq:
        items.append(seo.faq_page(faq))
    return mark_safe(
        "".join(
            f'<script type="application/ld+json">{json.dumps(item, ensure_ascii=False).translate(_JSON_ESCAPES)}</script>'
            for item in items
        )
    )
