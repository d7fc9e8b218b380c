"""bench.posts grows the blog with live copies of its posts that listings, tags and categories show."""

from bench.posts import grow_blog_to
from blog.models import BlogCategory, BlogPage


def test_copies_are_live_numbered_and_filed_like_their_source(site_tree, client):
    research = BlogCategory.objects.create(name="Research", slug="research")
    first = site_tree.posts[0]
    first.categories.set([research])
    first.tags.add("ketamine")
    first.save()

    assert grow_blog_to(7) == 5

    posts = BlogPage.objects.child_of(site_tree.blog).live()
    assert posts.count() == 7
    copies_of_first = posts.filter(slug__startswith=f"{first.slug}-").order_by("pk")
    assert [copy.slug for copy in copies_of_first] == [f"{first.slug}-{n}" for n in (3, 5, 7)]
    for copy in copies_of_first:
        assert list(copy.categories.all()) == [research]
        assert [tag.name for tag in copy.tags.all()] == ["ketamine"]
        assert copy.date_published < first.date_published
        assert [block.block_type for block in copy.body] == [block.block_type for block in first.body]
    assert client.get(copies_of_first[0].url).status_code == 200
    assert client.get("/blog/tag/ketamine/").content.count(b'post-card"') == 4
    assert client.get("/blog/category/research/").content.count(b'post-card"') == 4


def test_growing_to_the_current_size_adds_nothing(site_tree):
    assert grow_blog_to(2) == 0
    assert BlogPage.objects.count() == 2
