"""A blog category changes what the blog's listings show: purge the blog (core.cache_purging)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import cache_purging, page_cache
from core.pages import path_of

from .models import BlogCategory, BlogIndexPage


@receiver(post_save, sender=BlogCategory, dispatch_uid="page_cache_category_saved")
@receiver(post_delete, sender=BlogCategory, dispatch_uid="page_cache_category_deleted")
def blog_category_changed(sender, raw=False, **kwargs):
    if raw:
        return
    cache_purging.purge([page_cache.section(path_of(blog)) for blog in BlogIndexPage.objects.all()])
