"""Factories for every page type, snippet, setting and inline row.

Pages are built with wagtail-factories, so ``parent`` is the page to add the new one
under. Each factory knows where its page type lives in the tree and, when no parent
is given, finds (or makes) that parent: ``ServicePageFactory()`` on an empty database
gives a HomePage (in place of Wagtail's welcome page), a services index and the
service. Section pages that may exist only once are reused rather than duplicated.
"""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from consultations.models import ConsultationPage
from core.models import ClinicSettings, Person
from home.models import HomePage, StandardPage
from locations.models import Closure, LocationIndexPage, LocationPage, OpeningHours
from services.models import ServiceIndexPage, ServicePage
from team.models import TeamPage

#: Monday to Friday, 8 A.M. to 5 P.M. — the clinic's week, as (weekday, opens, closes).
WEEKDAYS_8_TO_5 = [(day, datetime.time(8), datetime.time(17)) for day in range(5)]


# StreamField content in Wagtail's raw JSON form.


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def install_home_page(**kwargs):
    """Replace Wagtail's "Welcome to your new Wagtail site!" page with a HomePage and make it the default site's root."""
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        # The site's root page is deleted below and Site.root_page cascades: park the site on the tree root first.
        Site.objects.filter(pk=site.pk).update(root_page=root)
    for welcome_page in root.get_children().exact_type(Page):
        welcome_page.delete()
    home = HomePageFactory(parent=root, **kwargs)
    if site:
        site.refresh_from_db()
        site.root_page = home
        site.save()
    else:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="KureIV")
    return home


def home_page():
    """The site's HomePage, installed if there is none yet."""
    return HomePage.objects.first() or install_home_page()


def default_site():
    """The default Site, its root the HomePage."""
    home_page()
    return Site.objects.get(is_default_site=True)


def _one(model, factory_class):
    """A lazy parent: the single page of ``model`` (a max_count=1 section), made if missing."""
    return factory.LazyFunction(lambda: model.objects.first() or factory_class())


class HomePageFactory(wagtail_factories.PageFactory):
    """A bare HomePage under the tree root. Use ``install_home_page()`` to make it the site's root."""

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "KureIV"
    slug = "home"
    hero_heading = "Ketamine infusion therapy in Houston"
    hero_text = "Evidence based treatments for depression, anxiety, PTSD and chronic pain."
    body = factory.LazyFunction(list)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(home_page)
    title = factory.Sequence(lambda n: f"About page {n}")
    intro = "Who we are and how we work."
    body = factory.LazyFunction(lambda: [heading("Our team"), paragraph("Board-certified clinicians.")])

    class Meta:
        model = StandardPage


class TeamPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(home_page)
    title = "Our team"
    slug = "team"
    intro = "The clinicians who will look after you."

    class Meta:
        model = TeamPage


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(home_page)
    title = "Conditions we treat"
    slug = "services"
    intro = "Ketamine infusion therapy for conditions that have not responded to other treatment."

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    parent = _one(ServiceIndexPage, ServiceIndexPageFactory)
    title = factory.Sequence(lambda n: f"Condition {n}")
    short_name = factory.LazyAttribute(lambda page: page.title[:40])
    condition_name = factory.LazyAttribute(lambda page: page.title)
    summary = "What the condition is and how ketamine infusions can help."
    mental_health = True
    body = factory.LazyFunction(
        lambda: [
            heading("How ketamine treatment can help"),
            paragraph("A course of six infusions over two to three weeks."),
        ]
    )

    class Meta:
        model = ServicePage


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(home_page)
    title = "Blog"
    slug = "blog"
    intro = "News and articles from the clinic."

    class Meta:
        model = BlogIndexPage


class BlogCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))

    class Meta:
        model = BlogCategory
        django_get_or_create = ("slug",)


class PersonFactory(DjangoModelFactory):
    honorific = "Dr."
    name = factory.Sequence(lambda n: f"Clinician {n}")
    credentials = "MD"
    role = "Medical Director"

    class Meta:
        model = Person


class BlogPageFactory(wagtail_factories.PageFactory):
    """A post. ``categories=[...]`` and ``related_services=[...]`` may be passed straight in."""

    parent = _one(BlogIndexPage, BlogIndexPageFactory)
    title = factory.Sequence(lambda n: f"Blog post {n}")
    intro = "A two-sentence summary of the post."
    date_published = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    body = factory.LazyFunction(lambda: [heading("What the research says"), paragraph("Several trials have shown ...")])

    class Meta:
        model = BlogPage


class LocationIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(home_page)
    title = "Locations"
    slug = "locations"

    class Meta:
        model = LocationIndexPage


class LocationPageFactory(wagtail_factories.PageFactory):
    """A clinic. ``hours=[(weekday, opens, closes), ...]`` adds OpeningHours rows, e.g. ``hours=WEEKDAYS_8_TO_5``."""

    parent = _one(LocationIndexPage, LocationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Clinic {n}")
    street_address = "8200 Wednesbury Ln, Suite 225"
    locality = "Houston"
    region = "TX"
    postal_code = "77074"

    class Meta:
        model = LocationPage
        skip_postgeneration_save = True

    @factory.post_generation
    def hours(location, create, extracted, **kwargs):
        for weekday, opens, closes in extracted or ():
            OpeningHoursFactory(location=location, weekday=weekday, opens=opens, closes=closes)


class OpeningHoursFactory(DjangoModelFactory):
    location = factory.SubFactory(LocationPageFactory)
    weekday = 0
    opens = datetime.time(8)
    closes = datetime.time(17)
    closed = False

    class Meta:
        model = OpeningHours


class ClosureFactory(DjangoModelFactory):
    location = factory.SubFactory(LocationPageFactory)
    start_date = datetime.date(2026, 11, 26)
    end_date = None
    reason = "Thanksgiving"

    class Meta:
        model = Closure


class ConsultationPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(home_page)
    title = "Request a consultation"
    slug = "consultation"
    intro = "Tell us a little about yourself and we will call you back within one working day."
    body = factory.LazyFunction(list)

    class Meta:
        model = ConsultationPage


class ClinicSettingsFactory(DjangoModelFactory):
    """The clinic's settings for the default site (the site whose root is the HomePage)."""

    site = factory.LazyFunction(default_site)
    phone = "(713) 555-0142"
    about_text = (
        "KureIV treats major depression, bipolar disorder, severe anxiety, PTSD, OCD and chronic pain "
        "with ketamine infusion therapy."
    )
    crisis_notice = "<p>If you are in crisis, call or text <b>988</b>, or call <b>911</b>.</p>"
    disclaimer = "<p>Ketamine infusion therapy is not right for everyone. Results vary.</p>"

    class Meta:
        model = ClinicSettings
