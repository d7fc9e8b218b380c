"""The blog's RSS feed, served by BlogIndexPage at /blog/feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

FEED_LENGTH = 20


class BlogFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, blog_index):
        super().__init__()
        self.blog_index = blog_index
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        site = Site.find_for_request(self.request) if self.request else self.blog_index.get_site()
        return f"{self.blog_index.title} | {site.site_name or 'KureIV'}"

    def link(self):
        return self.blog_index.full_url

    def description(self):
        return self.blog_index.intro

    def items(self):
        return self.blog_index.posts(self.request).prefetch_related("categories")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date_published, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author.display_name if item.author else None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]
