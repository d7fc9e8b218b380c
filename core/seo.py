"""Structured data (schema.org JSON-LD) built from the content, never typed by hand."""

from django.utils import timezone
from django.utils.html import strip_tags

from core import blocks

SCHEMA = "https://schema.org"
#: The rendition used for link previews and BlogPosting.image.
SHARE_IMAGE = "fill-1200x630|format-jpeg"


def absolute(site_url, url):
    """Renditions on S3 already have a full URL; local ones are paths on this site."""
    return url if url.startswith(("http://", "https://")) else site_url + url


def medical_clinic(clinic_settings, site_url, logo_url=None, place=None):
    """The clinic itself; ``place`` is what its primary location adds (address, geo, opening hours)."""
    data = {
        "@context": SCHEMA,
        "@type": "MedicalClinic",
        "@id": f"{site_url}/#clinic",
        "name": clinic_settings.name,
        "url": f"{site_url}/",
        "slogan": clinic_settings.tagline,
        "description": clinic_settings.about_text,
    }
    if clinic_settings.phone:
        data["telephone"] = clinic_settings.phone
    if clinic_settings.email:
        data["email"] = clinic_settings.email
    if logo_url:
        data["logo"] = logo_url
        data["image"] = logo_url
    if place:
        data.update(place)
    return data


def breadcrumb_list(crumbs):
    """``crumbs`` is a list of (name, absolute URL) from the home page down to the current page."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def faq_items(body):
    """(question, answer as plain text) for every FAQ block of a stream ``body``."""
    return [(item["question"], strip_tags(item["answer"].source)) for item in blocks.faq_items(body)]


def faq_page(items):
    """``items`` is a list of (question, answer as plain text)."""
    return {
        "@context": SCHEMA,
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": question, "acceptedAnswer": {"@type": "Answer", "text": answer}}
            for question, answer in items
        ],
    }


def person(record):
    data = {"@type": "Person", "name": record.display_name}
    if record.role:
        data["jobTitle"] = record.role
    return data


def team_member(record, url, site_url, image_url=None):
    """A clinician's own page: schema.org Person, working for the clinic (``worksFor`` its MedicalClinic)."""
    data = {
        "@context": SCHEMA,
        **person(record),
        "@id": f"{url}#person",
        "url": url,
        "worksFor": {"@id": f"{site_url}/#clinic"},
    }
    if record.honorific:
        data["honorificPrefix"] = record.honorific
    if record.credentials:
        data["honorificSuffix"] = record.credentials
    if record.bio:
        data["description"] = record.bio
    if image_url:
        data["image"] = image_url
    return data


def review(page):
    """schema.org's WebPage review credit from the Medical review workflow's stamp; empty when unreviewed."""
    if not page.medically_reviewed_by:
        return {}
    return {
        "lastReviewed": timezone.localdate(page.medically_reviewed_at).isoformat(),
        "reviewedBy": {"@type": "Person", "name": page.medical_reviewer_name},
    }


def blog_posting(post, url, site_url, image_url=None):
    """``lastReviewed`` and ``reviewedBy`` belong to a WebPage, not an article: they go on ``mainEntityOfPage``."""
    data = {
        "@context": SCHEMA,
        "@type": "BlogPosting",
        "headline": post.title,
        "description": post.intro,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, **review(post)},
        "datePublished": post.date_published.isoformat(),
        "publisher": {"@id": f"{site_url}/#clinic"},
    }
    if post.last_published_at:
        data["dateModified"] = post.last_published_at.isoformat()
    if post.author:
        data["author"] = person(post.author)
    if image_url:
        data["image"] = image_url
    return data


def medical_web_page(service, url, site_url):
    return {
        "@context": SCHEMA,
        "@type": "MedicalWebPage",
        "name": service.title,
        "url": url,
        "description": service.summary,
        "about": {"@type": "MedicalCondition", "name": service.condition_name, "alternateName": service.short_name},
        "publisher": {"@id": f"{site_url}/#clinic"},
        **review(service),
    }
