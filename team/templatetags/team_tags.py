"""Links to a person's page on the team page, for bylines and review credits."""

from django import template

from core import site_cache
from team.models import TeamPage

register = template.Library()


@register.simple_tag(takes_context=True)
def team_member_url(context, person):
    """``person``'s page (/team/<slug>/), or "" when they are not shown on the site or no team page is public.

    The team page's address is kept with the site's navigation (core.site_cache): no query per link.
    """
    if person is None or not person.show_on_site:
        return ""
    request = context.get("request")
    team_url = site_cache.remember(request, "team_page_url", lambda: TeamPage.public_url(request))
    return f"{team_url}{person.slug}/" if team_url else ""
