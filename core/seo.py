"""Structured data (schema.org JSON-LD) built from the content, never typed by hand."""

from collections import defaultdict

from django.utils import timezone

from locations.hours import DAY_NAMES

SCHEMA = "https://schema.org"


def _time(value):
    return value.strftime("%H:%M")


def opening_hours_specification(intervals):
    """One OpeningHoursSpecification per distinct (opens, closes), listing its days."""
    days = defaultdict(list)
    for interval in sorted(intervals, key=lambda i: (i.weekday, i.opens)):
        days[(interval.opens, interval.closes)].append(DAY_NAMES[interval.weekday])
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": names, "opens": _time(opens), "closes": _time(closes)}
        for (opens, closes), names in sorted(days.items(), key=lambda item: DAY_NAMES.index(item[1][0]))
    ]


def special_opening_hours_specification(closures):
    """Closed all day: schema.org's convention is opens = closes = 00:00 over the dates."""
    return [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": closure.start.isoformat(),
            "validThrough": closure.end.isoformat(),
            "opens": "00:00",
            "closes": "00:00",
            "description": closure.reason,
        }
        for closure in sorted(closures, key=lambda c: c.start)
    ]


def medical_clinic(clinic_settings, location, site_url, logo_url=None):
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
    if logo_url:
        data["logo"] = logo_url
        data["image"] = logo_url
    if location is not None:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": location.street_address,
            "addressLocality": location.locality,
            "addressRegion": location.region,
            "postalCode": location.postal_code,
            "addressCountry": "US",
        }
        if location.latitude is not None and location.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(location.latitude),
                "longitude": float(location.longitude),
            }
        data["openingHoursSpecification"] = opening_hours_specification(location.intervals())
        closures = special_opening_hours_specification(location.closure_list())
        if closures:
            data["specialOpeningHoursSpecification"] = closures
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
