"""Opening hours as plain functions over rows and a datetime.

The LocationPage stores one row per opening interval (weekday, opens, closes, or
"closed") and dated closures. Everything a patient reads about hours — the header
summary, the week's table, "Open now" — is derived here from those rows, so the
clinic's hours are typed once. Nothing in this module touches the database.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DAY_ABBREVIATIONS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

#: How far ahead "opens …" looks before giving up (a long closure or an empty week).
LOOKAHEAD_DAYS = 60


@dataclass(frozen=True)
class Interval:
    """One opening interval on a weekday (0 = Monday). ``closes <= opens`` runs past midnight."""

    weekday: int
    opens: time
    closes: time

    @property
    def overnight(self):
        return self.closes <= self.opens


@dataclass(frozen=True)
class Closure:
    """The clinic is closed all day from ``start`` to ``end`` inclusive."""

    start: date
    end: date
    reason: str = ""

    def covers(self, day):
        return self.start <= day <= self.end


@dataclass(frozen=True)
class OpenStatus:
    is_open: bool
    #: When the current interval ends (if open) — a naive-or-aware datetime like ``now``.
    closes_at: datetime | None
    #: When the clinic next opens (if closed), or None when nothing opens within the lookahead.
    opens_at: datetime | None
    #: The closure in force today, if any.
    closure: Closure | None

    def describe(self, now):
        """A short sentence, e.g. "Open now · closes 5 P.M." or "Closed now · opens Mon 8 A.M."."""
        if self.is_open:
            return f"Open now · closes {format_time(self.closes_at.time())}"
        head = f"Closed today ({self.closure.reason})" if self.closure and self.closure.reason else "Closed now"
        if self.opens_at is None:
            return head
        return f"{head} · opens {describe_moment(self.opens_at, now)}"


def format_time(value):
    """8:00 → "8 A.M.", 17:30 → "5:30 P.M.", 12:00 → "12 P.M.", 0:00 → "12 A.M."."""
    hour = value.hour % 12 or 12
    suffix = "A.M." if value.hour < 12 else "P.M."
    if value.minute:
        return f"{hour}:{value.minute:02d} {suffix}"
    return f"{hour} {suffix}"


def format_interval(interval):
    return f"{format_time(interval.opens)} - {format_time(interval.closes)}"


def describe_moment(moment, now):
    """ "8 A.M." today, "Mon 8 A.M." within the week, "Mon, Dec 1, 8 A.M." further out."""
    days_ahead = (moment.date() - now.date()).days
    if days_ahead == 0:
        return format_time(moment.time())
    if days_ahead < 7:
        return f"{DAY_ABBREVIATIONS[moment.weekday()]} {format_time(moment.time())}"
    return f"{DAY_ABBREVIATIONS[moment.weekday()]}, {moment:%b} {moment.day}, {format_time(moment.time())}"


def intervals_by_day(intervals):
    """Seven tuples (Mon … Sun) of that day's intervals, sorted by opening time."""
    week = [[] for _ in range(7)]
    for interval in intervals:
        week[interval.weekday].append(interval)
    return [tuple(sorted(day, key=lambda i: i.opens)) for day in week]


def _day_range(first, last):
    if first == last:
        return DAY_ABBREVIATIONS[first]
    return f"{DAY_ABBREVIATIONS[first]} - {DAY_ABBREVIATIONS[last]}"


def _runs(days):
    """Group sorted weekday numbers into consecutive runs: [0,1,2,5] → [(0,2),(5,5)]."""
    runs = []
    for day in days:
        if runs and runs[-1][1] == day - 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _join(parts):
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} & {parts[-1]}"


def summarise_week(intervals):
    """One line for the header, e.g. "Mon - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun".

    Consecutive days with identical hours are grouped; every open day appears in
    some group and every closed day in the "Closed …" part, so no day is dropped.
    """
    week = intervals_by_day(intervals)
    groups = []
    for day, hours in enumerate(week):
        if not hours:
            continue
        if groups and groups[-1][1] == day - 1 and groups[-1][2] == _shape(hours):
            groups[-1] = (groups[-1][0], day, groups[-1][2])
        else:
            groups.append((day, day, _shape(hours)))
    parts = [
        f"{_day_range(first, last)} ({', '.join(format_interval(i) for i in week[first])})" for first, last, _ in groups
    ]
    closed = [day for day, hours in enumerate(week) if not hours]
    if len(closed) == 7:
        return "Closed"
    if closed:
        names = []
        for first, last in _runs(closed):
            if last - first >= 2:
                names.append(_day_range(first, last))
            else:
                names.extend(DAY_ABBREVIATIONS[first : last + 1])
        parts.append(f"Closed {_join(names)}")
    return " · ".join(parts)


def _shape(hours):
    return tuple((i.opens, i.closes) for i in hours)


def week_table(intervals):
    """Rows for the location page's table: (day name, "8 A.M. - 5 P.M." or "Closed")."""
    return [
        (DAY_NAMES[day], ", ".join(format_interval(i) for i in hours) if hours else "Closed")
        for day, hours in enumerate(intervals_by_day(intervals))
    ]


def _closure_on(closures, day):
    return next((closure for closure in closures if closure.covers(day)), None)


def _spans_on(intervals, day, closures):
    """(start, end) datetimes of the intervals that begin on ``day``, unless ``day`` is closed."""
    if _closure_on(closures, day):
        return []
    spans = []
    for interval in intervals:
        if interval.weekday != day.weekday():
            continue
        start = datetime.combine(day, interval.opens)
        end = datetime.combine(day + timedelta(days=1) if interval.overnight else day, interval.closes)
        spans.append((start, end))
    return sorted(spans)


def _merge_touching(spans):
    """Back-to-back or overlapping spans become one, so "closes …" names the real closing time."""
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def open_status(intervals, closures, now):
    """Whether the clinic is open at ``now`` (a wall-clock datetime in the clinic's time zone).

    An interval that runs past midnight belongs to the day it starts on, so a
    closure on that day cancels it and a closure on the next day does not.
    """
    tzinfo = now.tzinfo
    wall = now.replace(tzinfo=None)
    today = wall.date()
    intervals = list(intervals)
    closures = list(closures)
    nearby = [span for offset in (-1, 0, 1) for span in _spans_on(intervals, today + timedelta(days=offset), closures)]
    for start, end in _merge_touching(nearby):
        if start <= wall < end:
            return OpenStatus(True, end.replace(tzinfo=tzinfo), None, None)
    opens_at = None
    for offset in range(LOOKAHEAD_DAYS + 1):
        upcoming = [
            start for start, _ in _spans_on(intervals, today + timedelta(days=offset), closures) if start > wall
        ]
        if upcoming:
            opens_at = upcoming[0].replace(tzinfo=tzinfo)
            break
    return OpenStatus(False, None, opens_at, _closure_on(closures, today))


def next_change(intervals, closures, now):
    """The first moment after ``now`` at which ``open_status`` may read differently: the next opening
    or closing time, or midnight (when "today", "Mon" and the day's closure move on), whichever is first."""
    tzinfo = now.tzinfo
    wall = now.replace(tzinfo=None)
    today = wall.date()
    intervals = list(intervals)
    closures = list(closures)
    midnight = datetime.combine(today + timedelta(days=1), time())
    moments = [
        moment
        for offset in (-1, 0)
        for span in _spans_on(intervals, today + timedelta(days=offset), closures)
        for moment in span
        if wall < moment < midnight
    ]
    return min(moments, default=midnight).replace(tzinfo=tzinfo)


def hours_on(intervals, closures, day):
    """ "8 A.M. - 5 P.M.", "Closed" or "Closed (Thanksgiving)" for one calendar date."""
    closure = _closure_on(closures, day)
    if closure:
        return f"Closed ({closure.reason})" if closure.reason else "Closed"
    hours = intervals_by_day(intervals)[day.weekday()]
    return ", ".join(format_interval(i) for i in hours) if hours else "Closed"
