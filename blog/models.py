"""The blog: an index with category, tag and page routes, and the articles themselves."""

import math

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from blog.feeds import BlogFeed
from core import page_cache, seo
from core.blocks import BaseStreamBlock
from core.pages import SITEMAP_PATH, IndexPage, SitePage, path_of
from core.view_restrictions import public
from editorial.models import MedicallyReviewedPage
from services.models import ServiceIndexPage

POSTS_PER_PAGE = 10
WORDS_PER_MINUTE = 220


@register_snippet
class BlogCategory(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True, help_text="Used in the address: /blog/category/<slug>/")
    description = models.TextField(max_length=400, blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="A broader category this one belongs to, if any (WordPress imports keep theirs).",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("parent")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "blog categories"

    def __str__(self):
        return self.name

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": "A category cannot sit under itself or one of its own."})
            ancestor = ancestor.parent


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPageQuerySet(PageQuerySet):
    def for_listing(self, request):
        """Live public posts, newest first, with what a card shows fetched up front."""
        return (
            public(self.live(), request)
            .select_related("hero_image", "author")
            .order_by("-date_published", "-first_published_at", "-pk")
        )

    def with_card_images(self):
        """Prefetch the hero images' renditions: one query for a whole listing of cards, even when the
        renditions cache has forgotten them (it otherwise costs a query per card)."""
        return self.prefetch_related("hero_image__renditions")


BlogPageManager = PageManager.from_queryset(BlogPageQuerySet)


class BlogIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["blog.BlogPage"]
    #: Every post under the blog goes through Medical review (editorial.signals).
    medical_review_section = True
    listing_name = "posts"

    def posts(self, request):
        return BlogPage.objects.for_listing(request).child_of(self)

    listing = posts

    def paginate(self, request, posts, allow_empty=True):
        paginator = Paginator(posts, POSTS_PER_PAGE, allow_empty_first_page=allow_empty)
        try:
            posts = paginator.page(request.GET.get("page") or 1)
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404("No such page of posts") from error
        page_cache.uses_query(request, "page", posts.number)  # ?page=02 is answered, only ?page=2 cached
        return posts

    def categories_in_use(self, request):
        """The categories with at least one live, public post here, by name: one query for them all."""
        post_ids = self.posts(request).order_by().values("pk")
        return BlogCategory.objects.filter(posts__in=post_ids).distinct()

    def render_listing(self, request, posts, allow_empty=True, **extra):
        return self.render(
            request,
            context_overrides={
                "posts": self.paginate(request, posts.with_card_images(), allow_empty),
                "categories": self.categories_in_use(request),
                **extra,
            },
        )

    @path("")
    def index_route(self, request):
        return self.render_listing(request, self.posts(request))

    # A category or tag that no live, public post uses is not found, exactly like one that does not exist:
    # its name and its existence would tell what drafts or private pages are about (the paginator's own
    # count decides, so this costs no query).
    @path("category/<slug:slug>/")
    def category_route(self, request, slug):
        category = get_object_or_404(BlogCategory, slug=slug)
        posts = self.posts(request).filter(categories=category)
        return self.render_listing(request, posts, allow_empty=False, category=category)

    @path("tag/<slug:slug>/")
    def tag_route(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        return self.render_listing(request, self.posts(request).filter(tags=tag), allow_empty=False, tag=tag)

    @path("feed/")
    def feed_route(self, request):
        return BlogFeed(self)(request)


class BlogPage(MedicallyReviewedPage, SitePage):
    intro = models.TextField(max_length=400, help_text="A two-sentence summary for cards and search results.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_image_alt = models.CharField(
        max_length=200,
        blank=True,
        help_text="Describe what the image shows. Leave empty to use the image's own description.",
    )
    author = models.ForeignKey(
        "core.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="blog_posts"
    )
    date_published = models.DateField(
        "Date shown on the post",
        default=timezone.localdate,
        help_text="The date patients see; posts are listed newest first by it.",
    )
    body = StreamField(BaseStreamBlock())
    categories = ParentalManyToManyField(BlogCategory, blank=True, related_name="posts")
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)
    related_services = ParentalManyToManyField(
        "services.ServicePage",
        blank=True,
        related_name="related_posts",
        help_text="Conditions this post is about; it is listed on their pages.",
    )

    objects = BlogPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading="Hero image"),
        MultiFieldPanel([FieldPanel("author"), FieldPanel("date_published")], heading="Byline"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("related_services"),
            ],
            heading="Filing",
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    select_related_when_served = ["hero_image", "author", "medically_reviewed_by__person"]

    def clean(self):
        super().clean()
        if self.hero_image and not (self.hero_image_alt or self.hero_image.description):
            raise ValidationError({"hero_image_alt": "Describe the hero image for patients who cannot see it."})

    def live_related_services(self):
        """The related conditions that are live. Works in a preview too, where the relation is held in memory."""
        return self.related_services.filter(live=True)

    def summary_text(self):
        return self.intro

    def structured_data(self, site_url):
        url = site_url + self.url
        image = seo.absolute(site_url, self.hero_image.get_rendition(seo.SHARE_IMAGE).url) if self.hero_image else None
        return [seo.blog_posting(self, url, site_url, image), *super().structured_data(site_url)]

    def paths_to_purge(self):
        """The whole blog (index, categories, tags, feed, every article's "Recent Posts"), the home page's
        newest posts, the condition pages' related posts, and the sitemap."""
        services = [page_cache.section(path_of(index)) for index in ServiceIndexPage.objects.all()]
        return [page_cache.section(path_of(self)), *services, "/", SITEMAP_PATH]

    def byline_user_ids(self):
        """The author may not approve their own post (editorial.review_rules)."""
        return {self.author.user_id} if self.author_id and self.author.user_id else set()

    @property
    def hero_alt(self):
        return self.hero_image_alt or (self.hero_image.description if self.hero_image else "")

    @property
    def reading_minutes(self):
        words = sum(len(text.split()) for text in self.body.stream_block.get_searchable_content(self.body))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["recent_posts"] = BlogPage.objects.for_listing(request).sibling_of(self).exclude(pk=self.pk)[:5]
        return context
