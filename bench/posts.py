"""Grow the demo blog to any number of posts, quickly (call after ``django.setup()``).

Each new post copies a demo post — body, hero image, author, categories, tags, related
conditions and review credit — under a numbered title and slug, dated a week earlier than
the one before, so listings, tag and category pages, the feed and the sitemap all grow as
they would on a real blog. Posts are added live, without revisions or the review workflow:
rendering a live page needs neither, and going through them would take minutes.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from blog.models import BlogIndexPage, BlogPage


def copy_of(source, number):
    """A new, unsaved post built from ``source``, numbered ``number``."""
    post = BlogPage(
        title=f"{source.title} ({number})",
        slug=f"{source.slug}-{number}",
        intro=source.intro,
        hero_image_id=source.hero_image_id,
        hero_image_alt=source.hero_image_alt,
        author_id=source.author_id,
        date_published=source.date_published - datetime.timedelta(weeks=number),
        body=source.body.raw_data,
        medically_reviewed_by_id=source.medically_reviewed_by_id,
        medically_reviewed_at=source.medically_reviewed_at,
        live=True,
        first_published_at=timezone.now(),
        last_published_at=timezone.now(),
    )
    post.categories.set(source.categories.all())
    post.related_services.set(source.related_services.all())
    post.tags.add(*source.tags.all())
    return post


@transaction.atomic
def grow_blog_to(total):
    """Add copies of the demo posts until the blog holds ``total`` posts; return how many were added."""
    index = BlogIndexPage.objects.get()
    sources = list(BlogPage.objects.child_of(index).order_by("pk"))
    # Numbered after the posts already there, so every new slug is new.
    for number in range(len(sources) + 1, total + 1):
        index.add_child(instance=copy_of(sources[(number - 1) % len(sources)], number))
    return max(0, total - len(sources))
