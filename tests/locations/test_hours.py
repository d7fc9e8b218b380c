"""Opening hours as the patient reads them: the header line, the week's table, "open now".

Everything here is plain functions over intervals, closures and a datetime; no database.
The reference week is Monday 23 – Sunday 29 November 2026 (Thanksgiving is Thursday 26th).
"""

import itertools
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from locations.hours import (
    DAY_ABBREVIATIONS,
    LOOKAHEAD_DAYS,
    Closure,
    Interval,
    describe_moment,
    format_interval,
    format_time,
    hours_on,
    intervals_by_day,
    next_change,
    open_status,
    summarise_week,
    week_table,
)

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
CHICAGO = ZoneInfo("America/Chicago")


def on(day, hour, minute=0, second=0, tzinfo=None):
    """A moment in the reference week: ``on(FRI, 18)`` is Friday 27 November 2026, 6 P.M."""
    return datetime(2026, 11, 23 + day, hour, minute, second, tzinfo=tzinfo)


def every(days, opens, closes):
    return [Interval(day, opens, closes) for day in days]


STANDARD_WEEK = every(range(MON, SAT), time(8), time(17))
THANKSGIVING = Closure(date(2026, 11, 26), date(2026, 11, 26), "Thanksgiving")


# Reading a summary back into days, so "no day is dropped" can be checked for any week.

DAY_NUMBERS = {abbreviation: number for number, abbreviation in enumerate(DAY_ABBREVIATIONS)}


def expand_days(text):
    """ "Mon - Fri" → [0, 1, 2, 3, 4]; "Sat" → [5]."""
    first, _, last = text.partition(" - ")
    return list(range(DAY_NUMBERS[first], DAY_NUMBERS[last or first] + 1))


def read_summary(summary):
    """The summary as groups of (days, hours text); closed days have the hours text "Closed"."""
    if summary == "Closed":
        return [(list(range(7)), "Closed")]
    groups = []
    for part in summary.split(" · "):
        if part.startswith("Closed "):
            for name in re.split(r", | & ", part.removeprefix("Closed ")):
                groups.append((expand_days(name), "Closed"))
        else:
            match = re.fullmatch(r"(\w{3}(?: - \w{3})?) \((.+)\)", part)
            assert match, f"unreadable part {part!r} in {summary!r}"
            groups.append((expand_days(match[1]), match[2]))
    return groups


def days_in_summary(summary):
    """{weekday: hours text} from a summary, failing if a day is named twice."""
    days = {}
    for group_days, text in read_summary(summary):
        for day in group_days:
            assert day not in days, f"{DAY_ABBREVIATIONS[day]} appears twice in {summary!r}"
            days[day] = text
    return days


class TestFormatTime:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (time(8), "8 A.M."),
            (time(17), "5 P.M."),
            (time(17, 30), "5:30 P.M."),
            (time(9, 5), "9:05 A.M."),
            (time(12), "12 P.M."),
            (time(12, 30), "12:30 P.M."),
            (time(0), "12 A.M."),
            (time(0, 15), "12:15 A.M."),
            (time(11, 59), "11:59 A.M."),
            (time(23, 59), "11:59 P.M."),
        ],
    )
    def test_times_read_as_the_clinic_writes_them(self, value, expected):
        assert format_time(value) == expected

    def test_an_interval_reads_opening_dash_closing(self):
        assert format_interval(Interval(MON, time(8, 30), time(12))) == "8:30 A.M. - 12 P.M."


class TestSummariseWeek:
    def test_standard_week_reads_as_on_the_current_site(self):
        assert summarise_week(STANDARD_WEEK) == "Mon - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun"

    def test_saturday_morning_gets_its_own_group(self):
        week = STANDARD_WEEK + [Interval(SAT, time(9), time(12))]
        assert summarise_week(week) == "Mon - Fri (8 A.M. - 5 P.M.) · Sat (9 A.M. - 12 P.M.) · Closed Sun"

    def test_rows_in_any_order_give_the_same_line(self):
        assert summarise_week(list(reversed(STANDARD_WEEK))) == summarise_week(STANDARD_WEEK)

    def test_a_day_with_a_lunch_break_lists_both_intervals_in_order(self):
        week = every([MON, TUE, THU, FRI], time(8), time(17)) + [
            Interval(WED, time(13), time(17)),
            Interval(WED, time(8), time(12)),
        ]
        assert summarise_week(week) == (
            "Mon - Tue (8 A.M. - 5 P.M.) · Wed (8 A.M. - 12 P.M., 1 P.M. - 5 P.M.) · "
            "Thu - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun"
        )

    def test_days_with_the_same_lunch_break_are_grouped(self):
        week = every(range(MON, SAT), time(8), time(12)) + every(range(MON, SAT), time(13), time(17))
        assert summarise_week(week) == "Mon - Fri (8 A.M. - 12 P.M., 1 P.M. - 5 P.M.) · Closed Sat & Sun"

    def test_a_shorter_friday_breaks_the_group(self):
        week = every(range(MON, FRI), time(8), time(17)) + [Interval(FRI, time(8), time(12))]
        assert summarise_week(week) == "Mon - Thu (8 A.M. - 5 P.M.) · Fri (8 A.M. - 12 P.M.) · Closed Sat & Sun"

    def test_a_single_open_day(self):
        assert summarise_week([Interval(TUE, time(10), time(14))]) == "Tue (10 A.M. - 2 P.M.) · Closed Mon & Wed - Sun"

    def test_non_consecutive_closed_days_are_listed(self):
        week = every([MON, TUE, THU, FRI], time(8), time(17))
        assert summarise_week(week) == (
            "Mon - Tue (8 A.M. - 5 P.M.) · Thu - Fri (8 A.M. - 5 P.M.) · Closed Wed, Sat & Sun"
        )

    def test_three_or_more_consecutive_closed_days_become_a_range(self):
        week = every(range(MON, FRI), time(8), time(17))
        assert summarise_week(week) == "Mon - Thu (8 A.M. - 5 P.M.) · Closed Fri - Sun"

    def test_a_week_open_every_day_has_no_closed_part(self):
        assert summarise_week(every(range(7), time(8), time(17))) == "Mon - Sun (8 A.M. - 5 P.M.)"

    def test_a_week_with_no_hours_is_closed(self):
        assert summarise_week([]) == "Closed"

    def test_half_hours_show_their_minutes(self):
        week = every(range(MON, SAT), time(8, 30), time(17, 30))
        assert summarise_week(week) == "Mon - Fri (8:30 A.M. - 5:30 P.M.) · Closed Sat & Sun"

    def test_midnight_and_noon(self):
        week = [Interval(SAT, time(0), time(12))]
        assert summarise_week(week) == "Sat (12 A.M. - 12 P.M.) · Closed Mon - Fri & Sun"

    def test_an_overnight_interval_is_listed_on_the_day_it_starts(self):
        week = STANDARD_WEEK + [Interval(FRI, time(20), time(2))]
        assert summarise_week(week) == (
            "Mon - Thu (8 A.M. - 5 P.M.) · Fri (8 A.M. - 5 P.M., 8 P.M. - 2 A.M.) · Closed Sat & Sun"
        )


SHAPES = {
    "closed": (),
    "8-5": ((time(8), time(17)),),
    "9-12": ((time(9), time(12)),),
    "lunch break": ((time(8), time(12)), (time(13), time(17))),
}


@pytest.mark.parametrize("first_day_shape", list(SHAPES))
def test_no_day_is_ever_dropped_from_the_summary(first_day_shape):
    """For every week made of these shapes (4⁷ of them), each weekday appears exactly once,

    with its own hours or in the "Closed" part, and neighbours with equal hours share a group.
    """
    weeks_checked = 0
    for rest in itertools.product(SHAPES.values(), repeat=6):
        shapes = (SHAPES[first_day_shape], *rest)
        week = [Interval(day, opens, closes) for day, shape in enumerate(shapes) for opens, closes in shape]
        summary = summarise_week(week)

        expected = {
            day: ", ".join(f"{format_time(opens)} - {format_time(closes)}" for opens, closes in shape) or "Closed"
            for day, shape in enumerate(shapes)
        }
        assert days_in_summary(summary) == expected, summary

        open_groups = [(days, text) for days, text in read_summary(summary) if text != "Closed"]
        for (days, text), (next_days, next_text) in itertools.pairwise(open_groups):
            assert not (days[-1] + 1 == next_days[0] and text == next_text), f"ungrouped neighbours in {summary!r}"
        weeks_checked += 1
    assert weeks_checked == 4**6


class TestWeekTable:
    def test_standard_week(self):
        assert week_table(STANDARD_WEEK) == [
            ("Monday", "8 A.M. - 5 P.M."),
            ("Tuesday", "8 A.M. - 5 P.M."),
            ("Wednesday", "8 A.M. - 5 P.M."),
            ("Thursday", "8 A.M. - 5 P.M."),
            ("Friday", "8 A.M. - 5 P.M."),
            ("Saturday", "Closed"),
            ("Sunday", "Closed"),
        ]

    def test_every_day_has_a_row_even_when_closed_all_week(self):
        assert week_table([]) == [
            (name, "Closed") for name in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        ]

    def test_a_split_day_and_an_overnight_interval(self):
        week = [
            Interval(WED, time(13), time(17, 30)),
            Interval(WED, time(8), time(12)),
            Interval(FRI, time(20), time(2)),
        ]
        table = dict(week_table(week))
        assert table["Wednesday"] == "8 A.M. - 12 P.M., 1 P.M. - 5:30 P.M."
        assert table["Friday"] == "8 P.M. - 2 A.M."
        assert table["Saturday"] == "Closed"


class TestIntervalsAndClosures:
    def test_an_interval_closing_at_or_before_it_opens_runs_past_midnight(self):
        assert Interval(FRI, time(20), time(2)).overnight
        assert Interval(FRI, time(20), time(0)).overnight
        assert Interval(FRI, time(8), time(8)).overnight  # a full 24 hours
        assert not Interval(FRI, time(8), time(17)).overnight

    def test_a_closure_covers_its_first_and_last_days(self):
        closure = Closure(date(2026, 12, 24), date(2026, 12, 26), "Christmas")
        assert not closure.covers(date(2026, 12, 23))
        assert closure.covers(date(2026, 12, 24))
        assert closure.covers(date(2026, 12, 26))
        assert not closure.covers(date(2026, 12, 27))

    def test_intervals_by_day_sorts_each_day_by_opening_time(self):
        week = intervals_by_day([Interval(WED, time(13), time(17)), Interval(WED, time(8), time(12))])
        assert [i.opens for i in week[WED]] == [time(8), time(13)]
        assert len(week) == 7
        assert week[MON] == ()


class TestOpenStatus:
    def test_open_during_hours(self):
        status = open_status(STANDARD_WEEK, [], on(WED, 10))
        assert status.is_open
        assert status.closes_at == on(WED, 17)
        assert status.opens_at is None
        assert status.describe(on(WED, 10)) == "Open now · closes 5 P.M."

    def test_open_at_the_exact_opening_minute(self):
        status = open_status(STANDARD_WEEK, [], on(WED, 8))
        assert status.is_open
        assert status.closes_at == on(WED, 17)

    def test_open_in_the_last_second_before_closing(self):
        assert open_status(STANDARD_WEEK, [], on(WED, 16, 59, 59)).is_open

    def test_closed_before_opening_opens_later_today(self):
        now = on(WED, 7, 59)
        status = open_status(STANDARD_WEEK, [], now)
        assert not status.is_open
        assert status.closes_at is None
        assert status.opens_at == on(WED, 8)
        assert status.describe(now) == "Closed now · opens 8 A.M."

    def test_closed_at_the_exact_closing_minute(self):
        now = on(WED, 17)
        status = open_status(STANDARD_WEEK, [], now)
        assert not status.is_open
        assert status.opens_at == on(THU, 8)
        assert status.describe(now) == "Closed now · opens Thu 8 A.M."

    def test_friday_evening_points_to_monday_morning(self):
        now = on(FRI, 18)
        status = open_status(STANDARD_WEEK, [], now)
        assert not status.is_open
        assert status.opens_at == datetime(2026, 11, 30, 8)
        assert status.describe(now) == "Closed now · opens Mon 8 A.M."

    def test_sunday_points_to_the_next_morning(self):
        now = on(SUN, 12)
        assert open_status(STANDARD_WEEK, [], now).describe(now) == "Closed now · opens Mon 8 A.M."

    def test_over_lunch_it_opens_again_in_the_afternoon(self):
        week = [Interval(WED, time(8), time(12)), Interval(WED, time(13), time(17))]
        morning = open_status(week, [], on(WED, 10))
        assert morning.is_open and morning.closes_at == on(WED, 12)
        lunch = open_status(week, [], on(WED, 12, 30))
        assert not lunch.is_open
        assert lunch.describe(on(WED, 12, 30)) == "Closed now · opens 1 P.M."

    def test_rows_may_come_from_any_iterable(self):
        status = open_status((i for i in STANDARD_WEEK), iter([]), on(WED, 10))
        assert status.is_open


class TestOpenStatusOvernight:
    WEEK = [Interval(FRI, time(20), time(2))]

    def test_still_open_after_midnight(self):
        now = on(SAT, 1)
        status = open_status(self.WEEK, [], now)
        assert status.is_open
        assert status.closes_at == on(SAT, 2)
        assert status.describe(now) == "Open now · closes 2 A.M."

    def test_open_just_before_midnight(self):
        status = open_status(self.WEEK, [], on(FRI, 23, 59))
        assert status.is_open
        assert status.closes_at == on(SAT, 2)

    def test_closed_at_the_closing_minute_after_midnight(self):
        now = on(SAT, 2)
        status = open_status(self.WEEK, [], now)
        assert not status.is_open
        assert status.opens_at == datetime(2026, 12, 4, 20)
        assert status.describe(now) == "Closed now · opens Fri 8 P.M."

    def test_closed_before_it_starts(self):
        now = on(FRI, 19, 59)
        status = open_status(self.WEEK, [], now)
        assert not status.is_open
        assert status.describe(now) == "Closed now · opens 8 P.M."

    def test_a_closure_on_the_starting_day_cancels_the_whole_interval(self):
        friday_closed = Closure(date(2026, 11, 27), date(2026, 11, 27), "Staff training")
        status = open_status(self.WEEK, [friday_closed], on(SAT, 1))
        assert not status.is_open
        assert status.closure is None  # Saturday itself is not a closure day.
        assert status.opens_at == datetime(2026, 12, 4, 20)

    def test_a_closure_on_the_next_day_does_not_cut_the_night_short(self):
        saturday_closed = Closure(date(2026, 11, 28), date(2026, 11, 28), "Maintenance")
        status = open_status(self.WEEK, [saturday_closed], on(SAT, 1))
        assert status.is_open
        assert status.closes_at == on(SAT, 2)

    def test_an_interval_closing_at_midnight_closes_at_the_start_of_the_next_day(self):
        status = open_status([Interval(FRI, time(18), time(0))], [], on(FRI, 23))
        assert status.is_open
        assert status.closes_at == on(SAT, 0)
        assert status.describe(on(FRI, 23)) == "Open now · closes 12 A.M."


class TestOpenStatusWithClosures:
    def test_closed_on_a_closure_date_with_the_reason(self):
        now = on(THU, 10)
        status = open_status(STANDARD_WEEK, [THANKSGIVING], now)
        assert not status.is_open
        assert status.closure == THANKSGIVING
        assert status.opens_at == on(FRI, 8)
        assert status.describe(now) == "Closed today (Thanksgiving) · opens Fri 8 A.M."

    def test_the_evening_before_a_closure_skips_the_closed_day(self):
        now = on(WED, 18)
        status = open_status(STANDARD_WEEK, [THANKSGIVING], now)
        assert status.closure is None
        assert status.opens_at == on(FRI, 8)
        assert status.describe(now) == "Closed now · opens Fri 8 A.M."

    def test_a_closure_spanning_several_days(self):
        thanksgiving_break = Closure(date(2026, 11, 26), date(2026, 11, 27), "Thanksgiving")
        for now in (on(THU, 10), on(FRI, 10)):
            status = open_status(STANDARD_WEEK, [thanksgiving_break], now)
            assert not status.is_open
            assert status.opens_at == datetime(2026, 11, 30, 8)
            assert status.describe(now) == "Closed today (Thanksgiving) · opens Mon 8 A.M."

    def test_a_closure_more_than_a_week_long_gives_the_full_date(self):
        winter_break = Closure(date(2026, 12, 21), date(2027, 1, 1), "Winter break")
        now = datetime(2026, 12, 21, 10)
        status = open_status(STANDARD_WEEK, [winter_break], now)
        assert status.opens_at == datetime(2027, 1, 4, 8)
        assert status.describe(now) == "Closed today (Winter break) · opens Mon, Jan 4, 8 A.M."

    def test_a_closure_without_a_reason_reads_closed_now(self):
        now = on(THU, 10)
        status = open_status(STANDARD_WEEK, [Closure(date(2026, 11, 26), date(2026, 11, 26))], now)
        assert not status.is_open
        assert status.describe(now) == "Closed now · opens Fri 8 A.M."

    def test_a_closure_that_is_over_changes_nothing(self):
        past = Closure(date(2026, 11, 2), date(2026, 11, 6), "Renovation")
        assert open_status(STANDARD_WEEK, [past], on(WED, 10)).is_open

    def test_the_next_opening_is_found_up_to_the_lookahead_and_no_further(self):
        every_day = every(range(7), time(8), time(17))
        start = date(2026, 11, 23)
        just_within = Closure(start, start + timedelta(days=LOOKAHEAD_DAYS - 1), "Renovation")
        status = open_status(every_day, [just_within], on(MON, 10))
        assert status.opens_at == datetime.combine(start + timedelta(days=LOOKAHEAD_DAYS), time(8))

        beyond = Closure(start, start + timedelta(days=LOOKAHEAD_DAYS), "Renovation")
        status = open_status(every_day, [beyond], on(MON, 10))
        assert status.opens_at is None
        assert status.describe(on(MON, 10)) == "Closed today (Renovation)"


class TestOpenStatusWithoutHours:
    def test_a_week_with_no_intervals_never_opens(self):
        now = on(WED, 10)
        status = open_status([], [], now)
        assert not status.is_open
        assert status.opens_at is None
        assert status.closes_at is None
        assert status.describe(now) == "Closed now"

    def test_a_closure_still_gives_its_reason(self):
        now = on(THU, 10)
        assert open_status([], [THANKSGIVING], now).describe(now) == "Closed today (Thanksgiving)"


class TestOpenStatusInTheClinicsTimeZone:
    def test_closing_time_keeps_the_time_zone_of_now(self):
        now = on(WED, 10, tzinfo=CHICAGO)
        status = open_status(STANDARD_WEEK, [], now)
        assert status.is_open
        assert status.closes_at == on(WED, 17, tzinfo=CHICAGO)
        assert status.closes_at.tzinfo is CHICAGO
        assert status.closes_at.utcoffset() == timedelta(hours=-6)

    def test_opening_time_keeps_the_time_zone_of_now(self):
        now = on(FRI, 18, tzinfo=CHICAGO)
        status = open_status(STANDARD_WEEK, [], now)
        assert status.opens_at == datetime(2026, 11, 30, 8, tzinfo=CHICAGO)
        assert status.opens_at.tzinfo is CHICAGO
        assert status.describe(now) == "Closed now · opens Mon 8 A.M."

    def test_opening_across_the_end_of_daylight_saving_is_8_a_m_wall_clock(self):
        # Daylight saving time ends on Sunday 1 November 2026.
        now = datetime(2026, 10, 30, 18, tzinfo=CHICAGO)
        status = open_status(STANDARD_WEEK, [], now)
        assert now.utcoffset() == timedelta(hours=-5)
        assert status.opens_at == datetime(2026, 11, 2, 8, tzinfo=CHICAGO)
        assert status.opens_at.utcoffset() == timedelta(hours=-6)
        assert status.opens_at.astimezone(ZoneInfo("UTC")).hour == 14

    def test_overnight_interval_with_aware_datetimes(self):
        status = open_status([Interval(FRI, time(20), time(2))], [], on(SAT, 1, tzinfo=CHICAGO))
        assert status.is_open
        assert status.closes_at == on(SAT, 2, tzinfo=CHICAGO)


class TestDescribeMoment:
    def test_later_today_is_just_the_time(self):
        assert describe_moment(on(WED, 13, 30), on(WED, 9)) == "1:30 P.M."

    def test_tomorrow_names_the_day_even_if_less_than_24_hours_away(self):
        assert describe_moment(on(THU, 8), on(WED, 23)) == "Thu 8 A.M."

    def test_six_days_ahead_names_the_day(self):
        assert describe_moment(datetime(2026, 11, 30, 8), on(TUE, 18)) == "Mon 8 A.M."

    def test_a_week_or_more_ahead_gives_the_date(self):
        assert describe_moment(datetime(2026, 12, 1, 8), on(TUE, 18)) == "Tue, Dec 1, 8 A.M."
        assert describe_moment(datetime(2027, 1, 4, 8, 30), on(MON, 10)) == "Mon, Jan 4, 8:30 A.M."


class TestHoursOn:
    def test_an_ordinary_weekday(self):
        assert hours_on(STANDARD_WEEK, [], date(2026, 11, 25)) == "8 A.M. - 5 P.M."

    def test_a_weekend_day(self):
        assert hours_on(STANDARD_WEEK, [], date(2026, 11, 28)) == "Closed"

    def test_a_closure_day_gives_the_reason(self):
        assert hours_on(STANDARD_WEEK, [THANKSGIVING], date(2026, 11, 26)) == "Closed (Thanksgiving)"

    def test_a_closure_without_a_reason(self):
        closure = Closure(date(2026, 11, 26), date(2026, 11, 26))
        assert hours_on(STANDARD_WEEK, [closure], date(2026, 11, 26)) == "Closed"

    def test_a_several_day_closure_ends_on_its_last_day(self):
        closure = Closure(date(2026, 11, 26), date(2026, 11, 27), "Thanksgiving")
        assert hours_on(STANDARD_WEEK, [closure], date(2026, 11, 27)) == "Closed (Thanksgiving)"
        assert hours_on(STANDARD_WEEK, [closure], date(2026, 11, 30)) == "8 A.M. - 5 P.M."

    def test_a_day_with_a_lunch_break(self):
        week = [Interval(WED, time(13), time(17)), Interval(WED, time(8), time(12))]
        assert hours_on(week, [], date(2026, 11, 25)) == "8 A.M. - 12 P.M., 1 P.M. - 5 P.M."


def test_back_to_back_intervals_close_at_the_end_of_the_last_one():
    week = [Interval(WED, time(8), time(12)), Interval(WED, time(12), time(17))]
    status = open_status(week, [], on(WED, 10))
    assert status.is_open
    assert status.describe(on(WED, 10)) == "Open now · closes 5 P.M."


def test_a_lunch_break_closes_at_noon_and_reopens_at_one():
    week = [Interval(WED, time(8), time(12)), Interval(WED, time(13), time(17))]
    assert open_status(week, [], on(WED, 10)).describe(on(WED, 10)) == "Open now · closes 12 P.M."
    assert open_status(week, [], on(WED, 12, 30)).describe(on(WED, 12, 30)) == "Closed now · opens 1 P.M."


# --- when "open now" next reads differently (how long a cached page may keep it) ---------------------

NINE_TO_FIVE = every(range(MON, SAT), time(9), time(17))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (on(MON, 7), on(MON, 9)),  # before opening: the opening
        (on(MON, 12), on(MON, 17)),  # open: the closing
        (on(MON, 18), on(TUE, 0)),  # after closing: midnight, when "opens Tue" becomes "opens 9 A.M."
        (on(SAT, 10), on(SUN, 0)),  # a closed day: midnight
        (on(MON, 17), on(TUE, 0)),  # at the very closing time: the next change, not this one
    ],
)
def test_next_change_is_the_next_opening_closing_or_midnight(now, expected):
    assert next_change(NINE_TO_FIVE, [], now) == expected


def test_next_change_ignores_hours_cancelled_by_a_closure():
    assert next_change(NINE_TO_FIVE, [THANKSGIVING], on(THU, 7)) == on(FRI, 0)


def test_next_change_sees_an_overnight_interval_end_after_midnight():
    overnight = [Interval(MON, time(20), time(2))]
    assert next_change(overnight, [], on(TUE, 1)) == on(TUE, 2)


def test_next_change_keeps_the_time_zone_and_the_status_holds_until_then():
    now = on(MON, 12, tzinfo=CHICAGO)
    change = next_change(NINE_TO_FIVE, [], now)
    assert change == on(MON, 17, tzinfo=CHICAGO)
    before = change - timedelta(seconds=1)
    assert open_status(NINE_TO_FIVE, [], before).describe(before) == open_status(NINE_TO_FIVE, [], now).describe(now)
    assert open_status(NINE_TO_FIVE, [], change).describe(change) != open_status(NINE_TO_FIVE, [], now).describe(now)
