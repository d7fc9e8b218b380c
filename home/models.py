"""The home page and the plain standard pages (About, Privacy policy) that sit beside it."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blog.models import BlogIndexPage, BlogPage
from core.blocks import BaseStreamBlock
from core.pages import SitePage
from core.view_restrictions import public
from services.models import ServicePage


class HomePage(SitePage):
    hero_heading = models.CharField(max_length=120, help_text="The first thing a patient reads.")
    hero_text = models.TextField(max_length=400, help_text="One or two sentences under the heading.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_image_alt = models.CharField(
        max_length=200, blank=True, help_text="Describe the image. Leave empty to use the image's own description."
    )
    hero_button_label = models.CharField(max_length=40, default="Request a consultation")
    conditions_heading = models.CharField(max_length=120, default="Conditions we treat")
    conditions_intro = models.TextField(max_length=400, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, help_text="Optional sections below the latest posts.")

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_button_label"),
            ],
            heading="Hero",
        ),
        MultiFieldPanel([FieldPanel("conditions_heading"), FieldPanel("conditions_intro")], heading="Conditions"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "services.ServiceIndexPage",
        "blog.BlogIndexPage",
        "locations.LocationIndexPage",
        "consultations.ConsultationPage",
        "home.StandardPage",
        "services.FaqPage",
        "team.TeamPage",
    ]
    max_count = 1

    def summary_text(self):
        return self.hero_text

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = public(ServicePage.objects.live().descendant_of(self), request).order_by("path")
        context["blog_index"] = BlogIndexPage.objects.child_of(self).live().first()
        context["latest_posts"] = BlogPage.objects.for_listing(request).descendant_of(self).with_card_images()[:3]
        return context


class StandardPage(SitePage):
    """About, Privacy policy and other pages that are just a title, an intro and a body."""

    in_footer = True
    #: Site managers add, edit and publish standard pages (editorial.signals).
    site_managers_section = True

    intro = models.TextField(max_length=400, blank=True)
    body = StreamField(BaseStreamBlock())
    menu_title = models.CharField(
        max_length=30,
        blank=True,
        help_text="A short name for the menu and the footer, e.g. “About” for “About KureIV”. Leave empty to use the title.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("menu_title")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    @property
    def menu_label(self):
        return self.menu_title or self.title

    def summary_text(self):
        return self.intro
