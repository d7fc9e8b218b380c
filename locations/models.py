"""Clinic locations, each with its weekly opening hours and dated closures."""

from urllib.parse import quote_plus

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core.pages import IndexPage, SitePage

from . import hours, structured_data
from .panels import TimeOfDaySelect, UpcomingClosuresPanel, WeekdaySelect

WEEKDAY_CHOICES = list(enumerate(hours.DAY_NAMES))


class LocationIndexPage(IndexPage):
    subpage_types = ["locations.LocationPage"]
    listing_name = "locations"
    #: Site managers add, edit and publish locations: hours and closures (editorial.signals).
    site_managers_section = True

    def listing(self, request):
        return super().listing(request).prefetch_related("opening_hours")


class LocationPage(SitePage):
    street_address = models.CharField(max_length=120, help_text="e.g. 8200 Wednesbury Ln, Suite 225")
    locality = models.CharField("City", max_length=60, default="Houston")
    region = models.CharField("State", max_length=2, default="TX")
    postal_code = models.CharField("ZIP code", max_length=10)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    intro = models.TextField(max_length=400, blank=True)
    directions = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)
    parking = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("region"), FieldPanel("postal_code")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Address",
        ),
        FieldPanel("intro"),
        InlinePanel(
            "opening_hours",
            heading="Opening hours",
            label="Opening interval",
            help_text="One row per interval. A day with no row, or marked closed, is shown as closed. "
            "Add two rows for a day with a lunch break.",
        ),
        UpcomingClosuresPanel(
            "closures",
            heading="Closures",
            label="Closure",
            help_text="Holidays and other dates the clinic is shut. Past closures are not listed here; "
            "they are kept in the page's history.",
        ),
        FieldPanel("directions"),
        FieldPanel("parking"),
    ]

    parent_page_types = ["locations.LocationIndexPage"]
    subpage_types = []
    #: The primary location's hours are in the header of every page.
    shown_on_every_page = True
    #: What the hours, the open status and the closures read (core.models.ClinicSettings fetches them too).
    prefetch_for_hours = ("opening_hours", "closures")

    def summary_text(self):
        return self.intro

    def clinic_place_data(self):
        """Its address, map point and hours, for the clinic's JSON-LD (core.seo.medical_clinic)."""
        return structured_data.place(self)

    @property
    def address_line(self):
        return f"{self.locality}, {self.region} {self.postal_code}"

    @property
    def full_address(self):
        return f"{self.street_address}, {self.address_line}"

    @property
    def map_url(self):
        """A link to a map of the address; nothing third-party is embedded in the page."""
        return f"https://www.openstreetmap.org/search?query={quote_plus(self.full_address)}"

    @property
    def directions_url(self):
        return f"https://www.google.com/maps/dir/?api=1&destination={quote_plus(self.full_address)}"

    def get_context(self, request, *args, **kwargs):
        prefetch_related_objects([self], *self.prefetch_for_hours)  # read by several methods below
        return super().get_context(request, *args, **kwargs)

    def intervals(self):
        return [row.as_interval() for row in self.opening_hours.all() if not row.closed]

    def closure_list(self):
        return [row.as_closure() for row in self.closures.all()]

    def upcoming_closures(self, today=None):
        today = today or timezone.localdate()
        return sorted((row for row in self.closures.all() if row.last_day >= today), key=lambda row: row.start_date)

    @property
    def hours_summary(self):
        return hours.summarise_week(self.intervals())

    def week_table(self):
        return hours.week_table(self.intervals())

    def open_status(self, now=None):
        now = timezone.localtime(now)
        return hours.open_status(self.intervals(), self.closure_list(), now)

    def open_status_changes_at(self, now=None):
        now = timezone.localtime(now)
        return hours.next_change(self.intervals(), self.closure_list(), now)

    def hours_today(self, today=None):
        return hours.hours_on(self.intervals(), self.closure_list(), today or timezone.localdate())


class OpeningHours(Orderable):
    location = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAY_CHOICES)
    opens = models.TimeField(null=True, blank=True)
    closes = models.TimeField(null=True, blank=True, help_text="Earlier than the opening time means past midnight.")
    closed = models.BooleanField(default=False, help_text="Tick to show this day as closed.")

    panels = [
        FieldRowPanel(
            [
                FieldPanel("weekday", widget=WeekdaySelect(choices=WEEKDAY_CHOICES)),
                FieldPanel("opens", widget=TimeOfDaySelect()),
                FieldPanel("closes", widget=TimeOfDaySelect()),
                FieldPanel("closed"),
            ]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = "opening interval"
        verbose_name_plural = "opening hours"

    def clean(self):
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError("Give both an opening and a closing time, or tick “closed”.")
        if not self.closed and self.opens == self.closes:
            raise ValidationError({"closes": "Closing time must differ from the opening time."})

    def as_interval(self):
        return hours.Interval(self.weekday, self.opens, self.closes)


class Closure(Orderable):
    location = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="closures")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="Leave empty for a single day.")
    reason = models.CharField(max_length=80, help_text="Shown to patients, e.g. “Thanksgiving”.")

    #: The reason gets a row of its own, as wide as the panel: "Closed (Thanksgiving)" is read by patients.
    panels = [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]), FieldPanel("reason")]

    class Meta(Orderable.Meta):
        verbose_name = "closure"

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The last day must be on or after the first."})

    @property
    def last_day(self):
        return self.end_date or self.start_date

    def as_closure(self):
        return hours.Closure(self.start_date, self.last_day, self.reason)
