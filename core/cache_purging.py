"""What each edit purges from the page cache (core.page_cache) and the CDN in front (core.cdn_purge).

| edit | purged |
|---|---|
| a page published or unpublished | what the page type says (``paths_to_purge``, core.pages.SitePage): by default the page, its parent (which may list it) and the sitemap; everything for home and its children (menu, footer) and for types shown on every page (condition pages in the menu, a location's hours in the header); a blog post purges the listings that show it (blog.models) |
| a page moved, renamed (slug) or deleted while live | everything |
| ClinicSettings, a person (bylines, review credits), an image changed or deleted, a site, a page's privacy | everything |
| a non-page model that pages show (a blog category) | what its own app says (blog.signals), through ``purge`` |

Each edit makes one list of purge paths (exact paths, ``/blog/*`` for a section, ``/*`` for everything:
core.page_cache.purge), and that list goes to both caches. The page cache is purged at once and again
when the database transaction commits, so a visitor who asks for the page between the two cannot leave
the old version in the cache; the CDN only after the commit, once the new content can be served. The
same receivers refresh the header facts and menu kept across requests (core.site_cache): one place
decides what an edit reaches.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import cdn_purge, page_cache, site_cache
from core.models import ClinicSettings, Person


def purge(paths):
    """Purge ``paths`` from the page cache now and after the commit, and from the CDN after the commit."""
    site_cache.invalidate()
    page_cache.purge(paths)

    def after_commit():
        page_cache.purge(paths)
        cdn_purge.purge(paths)

    transaction.on_commit(after_commit)


def purge_everything():
    purge([page_cache.EVERYTHING])


def paths_to_purge(page):
    """What an edit of ``page`` purges: what its type says (core.pages.SitePage.paths_to_purge); everything
    for a page of a type from outside the site's apps, which says nothing."""
    page = page.specific_deferred
    return page.paths_to_purge() if hasattr(page, "paths_to_purge") else [page_cache.EVERYTHING]


@receiver(page_published, dispatch_uid="page_cache_published")
@receiver(page_unpublished, dispatch_uid="page_cache_unpublished")
def page_went_live_or_off(sender, instance, **kwargs):
    purge(paths_to_purge(instance))


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
@receiver(post_delete, sender=Site, dispatch_uid="page_cache_site_deleted")
@receiver(post_save, sender=PageViewRestriction, dispatch_uid="page_cache_privacy_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="page_cache_privacy_deleted")
def site_wide_fact_changed(sender, raw=False, update_fields=None, **kwargs):
    """A save that only moves Clinic settings' pointer to their newest revision (Wagtail's ``save_revision``,
    core.settings_history) changes nothing a page shows: the edit's own save has purged already."""
    if not raw and set(update_fields or ()) != {"latest_revision"}:
        purge_everything()


@receiver(post_save, sender=get_image_model(), dispatch_uid="page_cache_image_saved")
def image_saved(sender, instance, created, raw=False, **kwargs):
    """A new upload shows nowhere yet; a changed one (alt text, focal point, file) may show anywhere."""
    if not created and not raw:
        purge_everything()


@receiver(post_delete, sender=get_image_model(), dispatch_uid="page_cache_image_deleted")
def image_deleted(sender, **kwargs):
    purge_everything()
