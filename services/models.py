"""Conditions the clinic treats: an index, one ServicePage per condition, and the FAQ page gathering their questions."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import seo
from core.blocks import BaseStreamBlock, FAQBlock, faq_items
from core.pages import IndexPage, SitePage
from core.view_restrictions import public
from editorial.models import MedicallyReviewedPage


class ServiceIndexPage(IndexPage):
    subpage_types = ["services.ServicePage"]
    listing_name = "services"
    #: Every condition page goes through Medical review (editorial.signals).
    medical_review_section = True

    def menu_children(self, request):
        """The condition pages, listed under the section in the menu and in the footer."""
        return list(self.listing(request))


class ServicePage(MedicallyReviewedPage, SitePage):
    """One condition, e.g. major depression: what it is, how ketamine can help, what treatment involves."""

    short_name = models.CharField(
        max_length=40,
        help_text="Used in menus and cards, e.g. “Depression”.",
    )
    condition_name = models.CharField(
        max_length=120,
        help_text="The medical name of the condition, e.g. “Major depressive disorder”.",
    )
    summary = models.TextField(max_length=400, help_text="Two sentences for cards and search results.")
    mental_health = models.BooleanField(
        default=True,
        help_text="Show the crisis notice (988, 911) on this page. Untick only for chronic pain.",
    )
    body = StreamField(
        BaseStreamBlock(),
        help_text="Sections: what the condition is, how ketamine treatment can help, "
        "what a course of treatment looks like, risks and who it is not for, FAQs.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("short_name"),
        FieldPanel("condition_name"),
        FieldPanel("summary"),
        FieldPanel("mental_health"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("short_name"),
        index.SearchField("condition_name"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []

    card_template = "includes/service_card.html"
    select_related_when_served = ["medically_reviewed_by__person"]
    #: The condition pages are in the menu of every page (and their FAQs on the FAQ page).
    shown_on_every_page = True

    @property
    def menu_label(self):
        return self.short_name

    def summary_text(self):
        return self.summary

    def structured_data(self, site_url):
        return [seo.medical_web_page(self, site_url + self.url, site_url), *super().structured_data(site_url)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_posts"] = self.related_posts.for_listing(request)[:3]
        return context


class FaqPage(MedicallyReviewedPage, SitePage):
    """The site-wide FAQ: its own general questions, then every live, public condition page's FAQ blocks.

    The condition pages' questions are read from their bodies each time the page is served, never
    copied, so an edit there shows here at once (a condition page's change purges every page). Its own
    questions are medical claims too: it goes live through Medical review like the condition pages.
    """

    in_footer = True
    medical_review_section = True

    intro = models.TextField(max_length=400, blank=True)
    body = StreamField(
        [("faq", FAQBlock())],
        blank=True,
        help_text="General questions, shown above the ones gathered from the condition pages. "
        "To change a condition's questions, edit that condition's page.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "FAQ page"

    def summary_text(self):
        return self.intro

    def conditions(self, request=None):
        """(condition page, its FAQ items) for each live, public condition page with questions, in menu order."""
        pages = public(ServicePage.objects.live().descendant_of(self.get_parent()), request).order_by("path")
        found = [(page, faq_items(page.body)) for page in pages]
        return [(page, items) for page, items in found if items]

    def structured_data(self, site_url):
        """One FAQPage object for the whole page: the general questions, then each condition's."""
        items = seo.faq_items(self.body) + [item for page, _ in self.conditions() for item in seo.faq_items(page.body)]
        return [seo.faq_page(items)] if items else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["conditions"] = self.conditions(request)
        return context
