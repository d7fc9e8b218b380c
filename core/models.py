"""Site-wide models: the clinic's facts (ClinicSettings) and the people who write and review."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import RevisionMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.phone import normalise_clinic_phone, split_extension

NOTICE_FEATURES = ["bold", "italic", "link"]
#: The rule is the consultation form's (core.phone): a typo here would go live on every page as a broken link.
PHONE_ERROR = "Enter a US phone number with its area code, like (713) 555-0142 (an extension may follow: “ext. 3”)."


@register_setting(icon="site")
class ClinicSettings(RevisionMixin, BaseSiteSetting):
    """The facts every page shows. Edit under Settings › Clinic settings.

    Every save keeps a revision (who and when), so Settings › Clinic settings history can show the
    changes and put earlier values back (core.settings_history).
    """

    #: The page types the two page choosers offer. Core names them, never imports them: a location page
    #: answers ``clinic_place_data()`` and ``hours_summary`` and says what to read with ``prefetch_for_hours``.
    LOCATION_PAGE_TYPE = "locations.LocationPage"
    CONSULTATION_PAGE_TYPE = "consultations.ConsultationPage"
    COST_PAGE_TYPE = "home.StandardPage"
    #: The location is read as its own type in the same query, through the page's link to its specific row.
    _location_row = LOCATION_PAGE_TYPE.split(".")[1].lower()
    select_related = ["logo", f"primary_location__{_location_row}", "consultation_page", "cost_page"]

    name = models.CharField(max_length=80, default="KureIV")
    tagline = models.CharField(max_length=120, default="Evidence Based Treatments That Work!")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A square mark shown beside the clinic's name in the header.",
    )
    phone = models.CharField(max_length=30, help_text="As patients should dial it, e.g. (713) 555-0142.")
    email = models.EmailField(
        blank=True, help_text="Shown in the footer and beside the phone number. Leave empty to show none."
    )
    primary_location = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Its address and opening hours appear in the header and footer of every page.",
    )
    consultation_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where every “Request a consultation” button leads.",
    )
    cost_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page on cost, insurance and payment, linked from every condition page and the consultation page.",
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
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), PageChooserPanel("primary_location", LOCATION_PAGE_TYPE)],
            heading="Contact",
        ),
        PageChooserPanel("consultation_page", CONSULTATION_PAGE_TYPE),
        PageChooserPanel("cost_page", COST_PAGE_TYPE),
        FieldPanel("about_text"),
        MultiFieldPanel([FieldPanel("crisis_notice"), FieldPanel("disclaimer")], heading="Safety wording"),
    ]

    class Meta:
        verbose_name = "Clinic settings"

    def clean(self):
        super().clean()
        errors = {}
        try:
            self.phone = normalise_clinic_phone(self.phone)
        except ValueError:
            errors["phone"] = PHONE_ERROR
        for name, page_type in (
            ("primary_location", self.LOCATION_PAGE_TYPE),
            ("consultation_page", self.CONSULTATION_PAGE_TYPE),
            ("cost_page", self.COST_PAGE_TYPE),
        ):
            page = getattr(self, name)
            if page is not None and page.specific_class._meta.label != page_type:
                errors[name] = f"Choose a {page_type.split('.')[1].removesuffix('Page').lower()} page."
        if errors:
            raise ValidationError(errors)

    def primary_location_page(self):
        """The primary location as its own page type, with what it reads to tell its hours fetched up front."""
        if self.primary_location is None:
            return None
        try:
            location = getattr(self.primary_location, self._location_row)
        except ObjectDoesNotExist:  # a page of another type: clean() refuses it, so only from outside the admin
            return None
        prefetch_related_objects([location], *location.prefetch_for_hours)
        return location

    @property
    def phone_href(self):
        """A tel: link in E.164 form; an extension ("ext. 3", "x3") is dropped, since it cannot be dialled."""
        number, _ = split_extension(self.phone)
        digits = "".join(ch for ch in number if ch.isdigit())
        if len(digits) == 10:
            digits = "1" + digits
        return f"tel:+{digits}" if digits else ""


class PersonForm(WagtailAdminModelForm):
    """Saving a person in the admin makes them real: whoever edits a demo person has made them the clinic's."""

    def save(self, commit=True):
        self.instance.is_demo = False
        return super().save(commit)


@register_snippet
class Person(index.Indexed, models.Model):
    """A clinician or writer. Blog bylines and medical-review credits point here."""

    honorific = models.CharField(max_length=10, blank=True, help_text="e.g. Dr.")
    name = models.CharField(max_length=100)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        blank=True,
        help_text="Their page's address on the team page: /team/<slug>/. Left empty, it is made from the name.",
    )
    show_on_site = models.BooleanField(
        "Shown on the site",
        default=False,
        help_text="Listed on the team page with a page of their own; their byline and review credit link to it.",
    )
    credentials = models.CharField(max_length=60, blank=True, help_text="e.g. MD, CRNA, PMHNP-BC")
    role = models.CharField(max_length=100, blank=True, help_text="e.g. Medical Director")
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    bio = models.TextField(blank=True, max_length=800)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="Their admin login, if they have one: pages they approve in medical review are credited to this person.",
    )
    #: Set by the demo loader; ``check --deploy`` reports demo people still on the site (core.launch_checks).
    is_demo = models.BooleanField(default=False, editable=False)

    panels = [
        FieldPanel("honorific"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("show_on_site"),
        FieldPanel("user"),
    ]
    base_form_class = PersonForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_person_slug(self.name, Person.objects.exclude(pk=self.pk))
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        """ "Dr. Maya Okafor, MD" — built from the one record."""
        full = f"{self.honorific} {self.name}".strip()
        return f"{full}, {self.credentials}" if self.credentials else full


def unique_person_slug(name, others):
    """A slug made from ``name`` that none of ``others`` (Person rows) has: "anjali-mehta", else "anjali-mehta-2"…"""
    base = slugify(name)[:90] or "person"
    taken = set(others.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
