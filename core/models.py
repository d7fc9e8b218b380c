"""Site-wide models: the clinic's facts (ClinicSettings) and the people who write and review."""

import re

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.snippets.models import register_snippet

NOTICE_FEATURES = ["bold", "italic", "link"]


@register_setting(icon="site")
class ClinicSettings(BaseSiteSetting):
    """The facts every page shows. Edit under Settings › Clinic settings."""

    select_related = ["logo", "primary_location", "consultation_page"]

    name = models.CharField(max_length=80, default="KureIV")
    tagline = models.CharField(max_length=120, default="Evidence Based Treatments That Work!")
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="A square mark shown beside the clinic's name in the header.",
    )
    phone = models.CharField(max_length=30, help_text="As patients should dial it, e.g. (713) 555-0142.")
    primary_location = models.ForeignKey(
        "locations.LocationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="Its address and opening hours appear in the header and footer of every page.",
    )
    consultation_page = models.ForeignKey(
        "consultations.ConsultationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="Where every “Request a consultation” button leads.",
    )
    about_text = models.TextField(
        help_text="The “About KureIV” paragraph in the footer.",
        default="",
    )
    crisis_notice = RichTextField(
        features=NOTICE_FEATURES,
        help_text="Shown on mental-health pages and in the footer. Tell a patient in crisis what to do now.",
    )
    disclaimer = RichTextField(
        features=NOTICE_FEATURES,
        help_text="The treatment disclaimer editors place in a page body with the “Treatment disclaimer” block.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("tagline"), FieldPanel("logo")], heading="Identity"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("primary_location")], heading="Contact"),
        FieldPanel("consultation_page"),
        FieldPanel("about_text"),
        MultiFieldPanel([FieldPanel("crisis_notice"), FieldPanel("disclaimer")], heading="Safety wording"),
    ]

    class Meta:
        verbose_name = "Clinic settings"

    @property
    def phone_href(self):
        """A tel: link in E.164 form; an extension ("ext. 3", "x3") is dropped, since it cannot be dialled."""
        number = re.split(r"(?i)\s*(?:ext\.?|x)\s*\d", self.phone)[0]
        digits = "".join(ch for ch in number if ch.isdigit())
        if len(digits) == 10:
            digits = "1" + digits
        return f"tel:+{digits}" if digits else ""


@register_snippet
class Person(index.Indexed, models.Model):
    """A clinician or writer. Blog bylines and medical-review credits point here."""

    honorific = models.CharField(max_length=10, blank=True, help_text="e.g. Dr.")
    name = models.CharField(max_length=100)
    credentials = models.CharField(max_length=60, blank=True, help_text="e.g. MD, CRNA, PMHNP-BC")
    role = models.CharField(max_length=100, blank=True, help_text="e.g. Medical Director")
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True, max_length=800)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="person",
        help_text="Their admin login, if they have one: pages they approve in medical review are credited to this person.",
    )

    panels = [
        FieldPanel("honorific"),
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """"Dr. Maya Okafor, MD" — built from the one record."""
        full = f"{self.honorific} {self.name}".strip()
        return f"{full}, {self.credentials}" if self.credentials else full
