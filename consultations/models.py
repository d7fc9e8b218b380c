"""The consultation-request page."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from core.blocks import BaseStreamBlock


class ConsultationPage(Page):
    intro = models.TextField(max_length=600, help_text="What happens when a patient asks for a consultation.")
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
