"""The hours editor: times chosen as the site shows them ("8 A.M."), each interval headed by its weekday,
and only the closures still to come (past ones stay in the page and its revisions, out of the way)."""

from datetime import datetime, time, timedelta

from django import forms
from django.utils import timezone
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel

from . import hours

#: The times offered, every quarter hour; a stored time off this grid is offered too (``TimeOfDaySelect``).
STEP = timedelta(minutes=15)


def quarter_hours():
    start = datetime(2000, 1, 1)
    return [(start + STEP * step).time() for step in range(24 * 60 // 15)]


def _as_time(value):
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(value) if value else None
    except ValueError:
        return None


class TimeOfDaySelect(forms.Select):
    """A time of day chosen from a list that reads "8 A.M.", "12:30 P.M." — as patients see it on the site."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = [("", "—")] + [(value.isoformat(), hours.format_time(value)) for value in quarter_hours()]

    def format_value(self, value):
        value = _as_time(value)
        return [value.isoformat()] if value else [""]

    def get_context(self, name, value, attrs):
        current = _as_time(value)
        if current and current.isoformat() not in dict(self.choices):  # e.g. 8:10, typed before this list
            self.choices = sorted([*self.choices[1:], (current.isoformat(), hours.format_time(current))])
            self.choices.insert(0, ("", "—"))
        return super().get_context(name, value, attrs)


class WeekdaySelect(forms.Select):
    """The weekday of an opening interval; admin/opening_hours.js heads the interval's row with it."""

    def __init__(self, attrs=None, choices=()):
        super().__init__({"data-weekday-select": "", **(attrs or {})}, choices)

    class Media:
        js = ["js/admin/opening_hours.js"]


class UpcomingClosuresFormSet(BaseChildFormSet):
    """The closures whose last day is today or later; past ones are not shown, so they are not changed."""

    def __init__(self, data=None, files=None, instance=None, queryset=None, **kwargs):
        if queryset is None and instance is not None:
            today = timezone.localdate()
            queryset = instance.closures.exclude(end_date__lt=today).exclude(end_date=None, start_date__lt=today)
        super().__init__(data, files, instance=instance, queryset=queryset, **kwargs)


class UpcomingClosuresPanel(InlinePanel):
    """The closures InlinePanel, limited to upcoming closures (``UpcomingClosuresFormSet``)."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = UpcomingClosuresFormSet
        return options
