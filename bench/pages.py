"""One URL for every public page type, looked up in the database (call after ``django.setup()``).

The same page is chosen whatever the number of posts (the first one created of its kind), so runs
with 10 and with 500 posts measure the same pages.
"""

from django.db.models import Count
from taggit.models import Tag

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from consultations.models import ConsultationPage
from home.models import HomePage, StandardPage
from locations.models import LocationIndexPage, LocationPage
from services.models import ServiceIndexPage, ServicePage


def first_url(model):
    return model.objects.live().order_by("pk").first().url


def public_pages():
    """[(page type, URL)] in the order the table shows them."""
    blog = first_url(BlogIndexPage)
    category = BlogCategory.objects.order_by("name").first()
    # The most used tag: its listing is the longest.
    tag = Tag.objects.annotate(uses=Count("blog_blogpagetag_items")).order_by("-uses", "name").first()
    return [
        ("home", first_url(HomePage)),
        ("service index", first_url(ServiceIndexPage)),
        ("service page", first_url(ServicePage)),
        ("blog index", blog),
        ("blog index page 2", f"{blog}?page=2"),
        ("blog category", f"{blog}category/{category.slug}/"),
        ("blog tag", f"{blog}tag/{tag.slug}/"),
        ("blog feed", f"{blog}feed/"),
        ("article", first_url(BlogPage)),
        ("locations index", first_url(LocationIndexPage)),
        ("location page", first_url(LocationPage)),
        ("consultation (GET)", first_url(ConsultationPage)),
        ("standard page", first_url(StandardPage)),
        ("search", "/search/?q=ketamine"),
        ("sitemap.xml", "/sitemap.xml"),
        ("robots.txt", "/robots.txt"),
        ("404", "/no-such-page/"),
    ]
