"""What a location adds to the clinic's schema.org MedicalClinic: its address, map point and opening hours."""

from collections import defaultdict

from .hours import DAY_NAMES


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


def place(location):
    """The MedicalClinic properties a LocationPage gives (core.seo.medical_clinic's ``place``)."""
    data = {
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.street_address,
            "addressLocality": location.locality,
            "addressRegion": location.region,
            "postalCode": location.postal_code,
            "addressCountry": "US",
        },
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
