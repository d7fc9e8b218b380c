"""Links between imported posts become page links, WordPress pages become draft standard pages, and
an attachment's own page redirects to the post that shows the attachment."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from home.models import StandardPage
from wordpress_import.models import ImportedItem

from .wxr import attachment, export, page, png, post

pytestmark = pytest.mark.django_db


def imported(kind, wp_id):
    return Page.objects.get(pk=ImportedItem.objects.get(kind=kind, wp_id=wp_id).object_id).specific


def page_link(kind, wp_id, text):
    return f'<a id="{imported(kind, wp_id).pk}" linktype="page">{text}</a>'


LINKING = (
    '<p>See <a href="https://kureiv.com/opioids-versus-ketamine/">the comparison</a>, '
    '<a href="https://www.kureiv.com/opioids-versus-ketamine">the same without a slash</a>, '
    '<a href="/?p=14">a draft by its id</a> and <a href="https://kureiv.com/?page_id=7">our story</a>.</p>'
    '<p>Elsewhere: <a href="https://other.example/opioids-versus-ketamine/">another site</a>, '
    '<a href="https://kureiv.com/never-imported/">a lost post</a>.</p>'
)


def test_links_to_other_imported_items_become_page_links_even_to_items_later_in_the_export(site_tree, run):
    run(
        export(
            post(13, "Linking post", LINKING),  # first in the export: the pages it links to do not exist yet
            post(12, "Opioids versus ketamine", "<p>Text.</p>", slug="opioids-versus-ketamine"),
            post(14, "Unfinished", "<p>Draft.</p>", status="draft"),
            page(7, "Our story", "<p>Founded in Houston.</p>", slug="our-story"),
        )
    )

    linking = imported("post", 13)
    expected = (
        f"<p>See {page_link('post', 12, 'the comparison')}, {page_link('post', 12, 'the same without a slash')}, "
        f"{page_link('post', 14, 'a draft by its id')} and {page_link('page', 7, 'our story')}.</p>"
        '<p>Elsewhere: <a href="https://other.example/opioids-versus-ketamine/">another site</a>, '
        '<a href="https://kureiv.com/never-imported/">a lost post</a>.</p>'
    )
    assert linking.body.raw_data[0]["value"] == expected
    assert linking.get_latest_revision_as_object().body.raw_data[0]["value"] == expected
    assert linking.revisions.count() == 1
    assert '<a href="/blog/opioids-versus-ketamine/">the comparison</a>' in expand_db_html(expected)


def test_running_again_keeps_the_page_links_and_changes_nothing(site_tree, run):
    xml = export(post(13, "Linking post", LINKING), post(12, "Target", "<p>Text.</p>", slug="opioids-versus-ketamine"))
    run(xml)
    before = imported("post", 13).body.raw_data[0]["value"]

    output = run(xml)

    assert "posts: 2 unchanged" in output
    assert imported("post", 13).body.raw_data[0]["value"] == before
    assert ImportedItem.objects.get(kind="post", wp_id=13).revision == imported("post", 13).latest_revision


def test_an_attachment_page_redirects_to_its_parent_post_or_else_the_post_showing_it(site_tree, run, uploads, client):
    (uploads / "2024" / "05" / "clinic.png").write_bytes(png(color=(10, 120, 10)))
    (uploads / "2024" / "05" / "chair.png").write_bytes(png(color=(10, 10, 120)))
    (uploads / "2024" / "05" / "unused.png").write_bytes(png(color=(90, 90, 90)))
    run(
        export(
            attachment(
                501,
                "Couch",
                "2024/05/woman-couch.png",
                parent=12,
                link="https://kureiv.com/2024/05/opioids-versus-ketamine/couch/",
            ),
            attachment(502, "Clinic", "2024/05/clinic.png"),
            attachment(503, "Chair", "2024/05/chair.png", alt="An infusion chair"),
            attachment(504, "Unused", "2024/05/unused.png"),
            post(12, "Opioids versus ketamine", "<p>Text.</p>", slug="opioids-versus-ketamine"),
            post(
                13,
                "Shows the clinic",
                '<figure><img src="https://kureiv.com/wp-content/uploads/2024/05/clinic-300x200.png" alt="The clinic"></figure>',
            ),
            post(14, "Chair as hero", "<p>Sit.</p>", thumbnail=503),
        )
    )

    redirects = {
        r.old_path: (r.redirect_page.specific, r.is_permanent)
        for r in Redirect.objects.filter(old_path__contains="attachment_id")
    }
    assert redirects == {
        "/?attachment_id=502": (imported("post", 13), True),
        "/?attachment_id=503": (imported("post", 14), True),
    }
    parent_redirect = Redirect.objects.get(old_path="/2024/05/opioids-versus-ketamine/couch")
    assert (parent_redirect.redirect_page.specific, parent_redirect.is_permanent) == (imported("post", 12), True)

    imported("post", 12).save_revision().publish()
    response = client.get("/2024/05/opioids-versus-ketamine/couch/")
    assert (response.status_code, response["Location"]) == (301, "/blog/opioids-versus-ketamine/")


def test_wordpress_pages_become_draft_standard_pages_under_the_home_page(site_tree, run):
    content = (
        '<!-- wp:heading --><h2 class="wp-block-heading">Who we are</h2><!-- /wp:heading -->'
        '<!-- wp:paragraph --><p>A clinic in Houston. Read <a href="https://kureiv.com/opioids-versus-ketamine/">our post</a>.</p><!-- /wp:paragraph -->'
        "<script>track()</script>"
    )
    output = run(
        export(
            page(7, "Our story", content, slug="our-story", link="https://kureiv.com/clinic/our-story/"),
            post(12, "Opioids versus ketamine", "<p>Text.</p>", slug="opioids-versus-ketamine"),
        )
    )

    story = imported("page", 7)
    assert isinstance(story, StandardPage)
    assert story.get_parent().specific == site_tree.home
    assert (story.title, story.slug, story.intro) == ("Our story", "our-story", "A clinic in Houston. Read our post.")
    assert not story.live and story.first_published_at is None
    assert story.body.raw_data[0]["type"] == "heading"
    assert story.body.raw_data[0]["value"] == {"text": "Who we are", "level": "h2"}
    assert story.body.raw_data[1]["value"] == f"<p>A clinic in Houston. Read {page_link('post', 12, 'our post')}.</p>"
    assert "script" not in str(story.body.raw_data)
    assert "page 7 “Our story”: dropped a <script> element" in output
    assert "pages: 1 created as drafts" in output
    redirect = Redirect.objects.get(old_path="/clinic/our-story")
    assert (redirect.redirect_page.specific, redirect.is_permanent) == (story, True)

    again = run(
        export(page(7, "Our story, revised", content, slug="our-story", link="https://kureiv.com/clinic/our-story/"))
    )
    assert "pages: 1 updated" in again
    assert imported("page", 7).title == "Our story, revised"
    assert StandardPage.objects.filter(slug="our-story").count() == 1


def test_a_wordpress_page_whose_address_is_taken_is_reported_never_overwritten(site_tree, run):
    output = run(export(page(8, "About", "<p>Replaced?</p>", slug="about")))

    site_tree.about.refresh_from_db()
    assert site_tree.about.title == "About KureIV"
    assert not ImportedItem.objects.filter(kind="page").exists()
    assert (
        "page 8 “About”: the address /about/ is taken by “About KureIV”, a page this import did not make; page not imported"
        in output
    )


def test_an_old_id_address_on_the_home_page_redirects_instead_of_showing_the_home_page(site_tree, run, client):
    run(
        export(
            attachment(501, "Couch", "2024/05/woman-couch.png", alt="A couch", parent=12),
            post(12, "Opioids versus ketamine", "<p>Text.</p>", slug="opioids-versus-ketamine"),
        )
    )
    imported("post", 12).save_revision().publish()

    response = client.get("/?attachment_id=501")

    assert (response.status_code, response["Location"]) == (301, "/blog/opioids-versus-ketamine/")
    assert client.get("/?utm_source=newsletter").status_code == 200  # any other query is the home page's
    assert client.get("/?attachment_id=999").status_code == 200  # an id nothing was imported for
