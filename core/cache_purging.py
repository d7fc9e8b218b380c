"""What each edit purges from the page cache (core.page_cache).

| edit | purged |
|---|---|
| a blog post published, unpublished or deleted | the blog section (index and its pages, categories, tags, feed, every article's "Recent Posts"), the home page (newest posts), the services section (related posts), the sitemap |
| any page in the menu or footer (home and its children), a service page (menu), a location (header hours) | everything |
| any other page | the page, its parent (which may list it) and the sitemap |
| a page moved, renamed (slug) or deleted while live | everything |
| ClinicSettings, a person (bylines, review credits), an image changed or deleted, a site, a page's privacy | everything |
| a blog category | the blog section |

Each purge runs at once and again when the database transaction commits, so a visitor who asks for
the page between the two cannot leave the old version in the cache. The same receivers refresh the
header facts and menu kept across requests (core.site_cache): one place decides what an edit reaches.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from core import page_cache, site_cache
from core.models import ClinicSettings, Person
from locations.models import LocationPage
from services.models import ServiceIndexPage, ServicePage

#: Home is depth 2 and its children depth 3: those are in the menu or the footer of every page.
NAVIGATION_DEPTH = 3
SITEMAP_PATH = "/sitemap.xml"


def _now_and_on_commit(purge):
    site_cache.invalidate()
    purge()
    transaction.on_commit(purge)


def path_of(page):
    """The page's path on its site ("/blog/my-post/"), or "/" for a page with no URL (nothing cached)."""
    parts = page.get_url_parts()
    return parts[2] if parts else "/"


def purge_everything():
    _now_and_on_commit(page_cache.purge_everything)


def purge_for(page):
    """Purge what shows ``page``: the rule table in this module's docstring."""
    page = page.specific_deferred
    if isinstance(page, BlogPage):
        sections = [path_of(page)] + [path_of(services) for services in ServiceIndexPage.objects.all()]

        def purge():
            page_cache.purge_sections(sections)
            page_cache.purge_paths(["/", SITEMAP_PATH])

        _now_and_on_commit(purge)
    elif page.depth <= NAVIGATION_DEPTH or isinstance(page, (ServicePage, LocationPage)):
        purge_everything()
    else:
        paths = [path_of(page), path_of(page.get_parent()), SITEMAP_PATH]
        _now_and_on_commit(lambda: page_cache.purge_paths(paths))


@receiver(page_published, dispatch_uid="page_cache_published")
@receiver(page_unpublished, dispatch_uid="page_cache_unpublished")
def page_went_live_or_off(sender, instance, **kwargs):
    purge_for(instance)


@receiver(post_page_move, dispatch_uid="page_cache_moved")
@receiver(page_slug_changed, dispatch_uid="page_cache_slug_changed")
def page_url_changed(sender, **kwargs):
    purge_everything()


@receiver(pre_delete, dispatch_uid="page_cache_deleted")
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge_everything()


@receiver(post_save, sender=ClinicSettings, dispatch_uid="page_cache_settings")
@receiver(post_save, sender=Person, dispatch_uid="page_cache_person_saved")
@receiver(post_delete, sender=Person, dispatch_uid="page_cache_person_deleted")
@receiver(post_save, sender=Site, dispatch_uid="page_cache_site")
@receiver(post_save, sender=PageViewRestriction, dispatch_uid="page_cache_privacy_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="page_cache_privacy_deleted")
def site_wide_fact_changed(sender, raw=False, **kwargs):
    if not raw:
        purge_everything()


@receiver(post_save, sender=get_image_model(), dispatch_uid="page_cache_image_saved")
def image_saved(sender, instance, created, raw=False, **kwargs):
    """A new upload shows nowhere yet; a changed one (alt text, focal point, file) may show anywhere."""
    if not created and not raw:
        purge_everything()


@receiver(post_delete, sender=get_image_model(), dispatch_uid="page_cache_image_deleted")
def image_deleted(sender, **kwargs):
    purge_everything()


@receiver(post_save, sender=BlogCategory, dispatch_uid="page_cache_category_saved")
@receiver(post_delete, sender=BlogCategory, dispatch_uid="page_cache_category_deleted")
def blog_category_changed(sender, raw=False, **kwargs):
    if raw:
        return
    sections = [path_of(blog) for blog in BlogIndexPage.objects.all()]
    _now_and_on_commit(lambda: page_cache.purge_sections(sections))
