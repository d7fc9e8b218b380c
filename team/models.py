"""The clinic's team: one page listing the people shown on the site, and a page of its own for each.

The people are core's Person snippets (the records bylines and review credits use), so a clinician's
photo, credentials, role and bio are written once. A Person change purges everything already
(core.cache_purging), and the team page sits in the footer of every page, so its own changes do too.
"""

from django.shortcuts import get_object_or_404
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core import seo
from core.models import Person
from core.pages import IndexPage
from core.view_restrictions import public

#: The portrait in a person's JSON-LD: square, as a face is, not the 1200×630 crop of a link preview.
PORTRAIT_SHARE = "fill-400x400|format-jpeg"


class TeamPage(RoutablePageMixin, IndexPage):
    """ "Our team": the people marked "Shown on the site", each at /team/<slug>/."""

    in_footer = True
    subpage_types = []
    listing_name = "people"
    template = "team/team_page.html"
    #: The person whose page is being served (set by ``person_route``), for ``structured_data``.
    shown_person = None

    def listing(self, request):
        return Person.objects.filter(show_on_site=True).select_related("photo").prefetch_related("photo__renditions")

    def summary_text(self):
        """On a person's page, their bio describes it; on the team page, the intro."""
        return self.shown_person.bio if self.shown_person else self.intro

    @classmethod
    def public_url(cls, request):
        """The address of the request's site's live, public team page, or "" when there is none."""
        team = public(cls.objects.live(), request).order_by("path").first()
        return team.get_url(request) if team else ""

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("<slug:slug>/")
    def person_route(self, request, slug):
        person = get_object_or_404(Person.objects.select_related("photo"), slug=slug, show_on_site=True)
        self.shown_person = person
        return self.render(request, template="team/team_member_page.html", context_overrides={"person": person})

    def structured_data(self, site_url):
        person = self.shown_person
        if person is None:
            return super().structured_data(site_url)
        image = seo.absolute(site_url, person.photo.get_rendition(PORTRAIT_SHARE).url) if person.photo else None
        return [seo.team_member(person, f"{site_url}{self.url}{person.slug}/", site_url, image)]
