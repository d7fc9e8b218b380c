"""How a stored request reads to patient coordinators, the same in the admin list, the detail page and the CSV.

Times are in Houston time, the clinic's (settings.TIME_ZONE), whatever time zone a coordinator chose for
their own admin: a patient's "call me in the morning" means a Houston morning. Codes read as their labels,
a request nobody has called back yet reads "Not yet", and a coordinator is named by their full name.
"""

import zoneinfo

from django.conf import settings
from django.utils import dateformat, timezone
from wagtail.admin.utils import get_user_display_name

NOT_YET = "Not yet"


def clinic_time(moment):
    """``moment`` (an aware datetime) on Houston's clock."""
    return timezone.localtime(moment, zoneinfo.ZoneInfo(settings.TIME_ZONE))


def readable_time(moment):
    """For people: "Nov. 28, 2026, 7:13 a.m."."""
    return dateformat.format(clinic_time(moment), "N j, Y, P")


def spreadsheet_time(moment):
    """For spreadsheets, which read it as a date and time: "2026-11-28 07:13"."""
    return clinic_time(moment).strftime("%Y-%m-%d %H:%M")


def spreadsheet_datetime(moment):
    """For XLSX cells, which hold no time zone: the Houston wall-clock time."""
    return timezone.make_naive(moment, zoneinfo.ZoneInfo(settings.TIME_ZONE))


def coordinator_name(user):
    """The full name of whoever marked a request contacted; their username if they have none."""
    return get_user_display_name(user) if user else ""


def received(consultation):
    return readable_time(consultation.created_at)


def contacted(consultation):
    """ "Not yet", or when and by whom the patient was contacted."""
    if consultation.contacted_at is None:
        return NOT_YET
    when = readable_time(consultation.contacted_at)
    return f"{when} by {coordinator_name(consultation.contacted_by)}" if consultation.contacted_by else when
