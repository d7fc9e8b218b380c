"""A LocationPage's hours come from its OpeningHours and Closure rows, and bad rows are refused."""

import datetime
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from locations.models import Closure, LocationPage, OpeningHours
from tests.factories import WEEKDAYS_8_TO_5, ClosureFactory, LocationPageFactory, OpeningHoursFactory

CHICAGO = ZoneInfo("America/Chicago")
UTC = datetime.UTC

#: Wednesday 25 November 2026; Thanksgiving is the next day.
WEDNESDAY = date(2026, 11, 25)


def reloaded(location):
    """The page as a request would see it: fresh from the database, rows and all."""
    return LocationPage.objects.get(pk=location.pk)


@pytest.fixture
def houston(db):
    return LocationPageFactory(title="Houston", slug="houston", hours=WEEKDAYS_8_TO_5)


@pytest.mark.django_db
class TestHoursFromRows:
    def test_hours_summary_follows_opening_hours_rows(self, houston):
        assert reloaded(houston).hours_summary == "Mon - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun"

        OpeningHoursFactory(location=houston, weekday=5, opens=time(9), closes=time(12))
        assert reloaded(houston).hours_summary == "Mon - Fri (8 A.M. - 5 P.M.) · Sat (9 A.M. - 12 P.M.) · Closed Sun"

    def test_a_row_marked_closed_is_not_an_opening_interval(self, houston):
        OpeningHoursFactory(location=houston, weekday=5, opens=None, closes=None, closed=True)
        OpeningHoursFactory(location=houston, weekday=6, opens=time(9), closes=time(12), closed=True)
        location = reloaded(houston)
        assert location.hours_summary == "Mon - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun"
        assert dict(location.week_table())["Sunday"] == "Closed"

    def test_a_location_without_rows_is_closed(self, db):
        location = reloaded(LocationPageFactory())
        now = datetime.datetime(2026, 11, 25, 10, tzinfo=CHICAGO)
        assert location.hours_summary == "Closed"
        assert location.hours_today(WEDNESDAY) == "Closed"
        assert location.open_status(now).describe(now) == "Closed now"

    def test_hours_belong_to_their_own_location(self, houston):
        LocationPageFactory(title="Sugar Land", hours=[(5, time(9), time(13))])
        assert reloaded(houston).hours_summary == "Mon - Fri (8 A.M. - 5 P.M.) · Closed Sat & Sun"

    def test_week_table_follows_rows(self, houston):
        OpeningHoursFactory(location=houston, weekday=2, opens=time(18), closes=time(20))
        assert reloaded(houston).week_table() == [
            ("Monday", "8 A.M. - 5 P.M."),
            ("Tuesday", "8 A.M. - 5 P.M."),
            ("Wednesday", "8 A.M. - 5 P.M., 6 P.M. - 8 P.M."),
            ("Thursday", "8 A.M. - 5 P.M."),
            ("Friday", "8 A.M. - 5 P.M."),
            ("Saturday", "Closed"),
            ("Sunday", "Closed"),
        ]


@pytest.mark.django_db
class TestOpenStatusFromRows:
    def test_open_during_hours_in_houston(self, houston):
        now = datetime.datetime(2026, 11, 25, 10, tzinfo=CHICAGO)
        status = reloaded(houston).open_status(now)
        assert status.is_open
        assert status.closes_at == datetime.datetime(2026, 11, 25, 17, tzinfo=CHICAGO)

    def test_a_utc_moment_is_judged_by_houston_wall_clock(self, houston):
        # 15:00 UTC is 9 A.M. in Houston: open. 23:30 UTC is 5:30 P.M. in Houston: closed.
        location = reloaded(houston)
        morning = location.open_status(datetime.datetime(2026, 11, 25, 15, tzinfo=UTC))
        assert morning.is_open
        assert morning.closes_at == datetime.datetime(2026, 11, 25, 17, tzinfo=CHICAGO)

        evening_utc = datetime.datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
        evening = location.open_status(evening_utc)
        assert not evening.is_open
        assert evening.opens_at == datetime.datetime(2026, 11, 26, 8, tzinfo=CHICAGO)
        assert evening.opens_at.utcoffset() == datetime.timedelta(hours=-6)

    def test_closed_on_a_closure_row_with_its_reason(self, houston):
        ClosureFactory(
            location=houston, start_date=date(2026, 11, 26), end_date=date(2026, 11, 27), reason="Thanksgiving"
        )
        now = datetime.datetime(2026, 11, 26, 10, tzinfo=CHICAGO)
        status = reloaded(houston).open_status(now)
        assert not status.is_open
        assert status.closure.reason == "Thanksgiving"
        assert status.closure.end == date(2026, 11, 27)
        assert status.opens_at == datetime.datetime(2026, 11, 30, 8, tzinfo=CHICAGO)
        assert status.describe(now) == "Closed today (Thanksgiving) · opens Mon 8 A.M."

    def test_a_single_day_closure_has_no_end_date(self, houston):
        ClosureFactory(location=houston, start_date=date(2026, 11, 26), end_date=None, reason="Thanksgiving")
        location = reloaded(houston)
        assert not location.open_status(datetime.datetime(2026, 11, 26, 10, tzinfo=CHICAGO)).is_open
        assert location.open_status(datetime.datetime(2026, 11, 27, 10, tzinfo=CHICAGO)).is_open

    def test_another_locations_closure_does_not_close_this_one(self, houston):
        ClosureFactory(start_date=date(2026, 11, 25), reason="Flooding")
        assert reloaded(houston).open_status(datetime.datetime(2026, 11, 25, 10, tzinfo=CHICAGO)).is_open


@pytest.mark.django_db
class TestClosuresAndToday:
    def test_upcoming_closures_leave_out_past_ones_and_come_in_date_order(self, houston):
        ClosureFactory(location=houston, start_date=date(2026, 12, 24), end_date=date(2026, 12, 26), reason="Christmas")
        ClosureFactory(location=houston, start_date=date(2026, 7, 3), reason="Independence Day")
        ClosureFactory(
            location=houston, start_date=date(2026, 11, 26), end_date=date(2026, 11, 27), reason="Thanksgiving"
        )
        ClosureFactory(
            location=houston, start_date=date(2026, 11, 20), end_date=date(2026, 11, 25), reason="Renovation"
        )

        upcoming = reloaded(houston).upcoming_closures(today=WEDNESDAY)
        # Renovation ends today, so it is still shown.
        assert [closure.reason for closure in upcoming] == ["Renovation", "Thanksgiving", "Christmas"]

    def test_a_closure_is_no_longer_upcoming_the_day_after_it_ends(self, houston):
        ClosureFactory(
            location=houston, start_date=date(2026, 11, 26), end_date=date(2026, 11, 27), reason="Thanksgiving"
        )
        location = reloaded(houston)
        assert [c.reason for c in location.upcoming_closures(today=date(2026, 11, 27))] == ["Thanksgiving"]
        assert location.upcoming_closures(today=date(2026, 11, 28)) == []

    def test_hours_today_on_a_weekday_a_weekend_and_a_closure(self, houston):
        ClosureFactory(location=houston, start_date=date(2026, 11, 26), reason="Thanksgiving")
        location = reloaded(houston)
        assert location.hours_today(WEDNESDAY) == "8 A.M. - 5 P.M."
        assert location.hours_today(date(2026, 11, 26)) == "Closed (Thanksgiving)"
        assert location.hours_today(date(2026, 11, 28)) == "Closed"


class TestOpeningHoursValidation:
    def test_an_open_day_needs_both_times(self):
        for opens, closes in [(None, time(17)), (time(8), None), (None, None)]:
            with pytest.raises(ValidationError) as error:
                OpeningHours(weekday=0, opens=opens, closes=closes).clean()
            assert error.value.messages == ["Give both an opening and a closing time, or tick “closed”."]

    def test_opening_and_closing_at_the_same_time_is_refused_on_the_closing_field(self):
        with pytest.raises(ValidationError) as error:
            OpeningHours(weekday=0, opens=time(8), closes=time(8)).clean()
        assert error.value.message_dict == {"closes": ["Closing time must differ from the opening time."]}

    def test_a_closed_day_needs_no_times(self):
        OpeningHours(weekday=5, closed=True).clean()

    def test_an_ordinary_and_an_overnight_interval_are_accepted(self):
        OpeningHours(weekday=0, opens=time(8), closes=time(17)).clean()
        OpeningHours(weekday=4, opens=time(20), closes=time(2)).clean()


class TestClosureValidation:
    def test_a_closure_cannot_end_before_it_starts(self):
        with pytest.raises(ValidationError) as error:
            Closure(start_date=date(2026, 11, 27), end_date=date(2026, 11, 26), reason="Thanksgiving").clean()
        assert error.value.message_dict == {"end_date": ["The last day must be on or after the first."]}

    def test_a_one_day_closure_may_leave_the_end_empty_or_repeat_the_start(self):
        Closure(start_date=date(2026, 11, 26), reason="Thanksgiving").clean()
        Closure(start_date=date(2026, 11, 26), end_date=date(2026, 11, 26), reason="Thanksgiving").clean()
        assert Closure(start_date=date(2026, 11, 26)).last_day == date(2026, 11, 26)
