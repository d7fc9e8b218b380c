"""`manage.py import_wordpress EXPORT.xml --uploads DIR`: a WordPress site's posts, images and old
addresses come over as draft blog posts, never published, and running it again duplicates nothing."""

import datetime
import json

import pytest
from django.core.management import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from blog.models import BlogCategory, BlogPage
from core.models import Person
from wordpress_import.models import ImportedItem

from .wxr import attachment, export, png, post

pytestmark = pytest.mark.django_db

GUTENBERG = """<!-- wp:heading -->
<h2 class="wp-block-heading">Mechanism of Acton</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Opioids work by binding to <a href="https://www.ncbi.nlm.nih.gov/books/NBK537112/">opioid receptors</a>. <strong>Ketamine</strong> acts on <em>NMDA</em> receptors.</p>
<!-- /wp:paragraph -->

<!-- wp:list -->
<ul><li>Respiratory depression</li><li>Constipation</li></ul>
<!-- /wp:list -->

<!-- wp:image {"id":501,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://kureiv.com/wp-content/uploads/2024/05/woman-couch-1024x683.png" alt="" class="wp-image-501"/><figcaption>Chronic pain affects millions.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>I felt like myself again.</p><cite>A patient, 2024</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Tolerance and Efficacy</h3>
<!-- /wp:heading -->"""


def imported(wp_id):
    return BlogPage.objects.get(pk=ImportedItem.objects.get(kind="post", wp_id=wp_id).object_id)


def blocks(page):
    return [{"type": block.block_type, "value": block.value} for block in page.body]


def test_a_gutenberg_post_becomes_a_draft_blog_post_field_by_field(site_tree, run):
    xml = export(
        attachment(501, "Woman on couch", "2024/05/woman-couch.png", alt="Older woman holding her shoulder in pain"),
        post(
            12,
            "Opioids versus Ketamine for Chronic Pain Management",
            GUTENBERG,
            slug="opioids-versus-ketamine-for-chronic-pain",
            excerpt="<p>How the two differ.</p>",
            date="2024-05-14 10:00:00",
            thumbnail=501,
            categories=[("Chronic pain", "chronic-pain")],
            tags=["opioids", "NMDA"],
        ),
        categories=[("Chronic pain", "chronic-pain")],
    )
    run(xml)

    page = imported(12)
    assert page.get_parent().specific == site_tree.blog
    assert page.title == "Opioids versus Ketamine for Chronic Pain Management"
    assert page.slug == "opioids-versus-ketamine-for-chronic-pain"
    assert page.intro == "How the two differ."
    assert page.date_published == datetime.date(2024, 5, 14)
    assert page.author.name == "Dr. Maya Okafor"
    assert not page.live and page.first_published_at is None and page.has_unpublished_changes
    image = get_image_model().objects.get()
    assert (image.title, image.description) == ("Woman on couch", "Older woman holding her shoulder in pain")
    assert (page.hero_image, page.hero_image_alt) == (image, "Older woman holding her shoulder in pain")
    assert [category.slug for category in page.categories.all()] == ["chronic-pain"]
    assert sorted(tag.name for tag in page.tags.all()) == ["NMDA", "opioids"]

    body = page.get_latest_revision_as_object().body.raw_data
    assert [block["type"] for block in body] == ["heading", "paragraph", "figure", "quote", "heading"]
    assert body[0]["value"] == {"text": "Mechanism of Acton", "level": "h2"}  # the typo is kept
    assert body[1]["value"] == (
        '<p>Opioids work by binding to <a href="https://www.ncbi.nlm.nih.gov/books/NBK537112/">opioid receptors</a>. '
        "<b>Ketamine</b> acts on <i>NMDA</i> receptors.</p><ul><li>Respiratory depression</li><li>Constipation</li></ul>"
    )
    assert body[2]["value"] == {
        "image": {"image": image.pk, "alt_text": "Older woman holding her shoulder in pain", "decorative": False},
        "caption": "Chronic pain affects millions.",
    }
    assert body[3]["value"] == {"text": "I felt like myself again.", "attribution": "A patient, 2024"}
    assert body[4]["value"] == {"text": "Tolerance and Efficacy", "level": "h3"}

    redirect = Redirect.objects.get(old_path="/opioids-versus-ketamine-for-chronic-pain")
    assert (redirect.redirect_page.specific, redirect.is_permanent, redirect.site) == (page, True, None)


def test_classic_editor_text_is_split_into_paragraphs_at_blank_lines(site_tree, run):
    classic = 'Chronic pain is <b>debilitating</b>.\nIt affects millions.\n\nKetamine offers <a href="/services/">another way</a>.'
    run(export(post(20, "Classic post", classic)))

    page = imported(20)
    assert page.body.raw_data[0]["type"] == "paragraph"
    assert page.body.raw_data[0]["value"] == (
        "<p>Chronic pain is <b>debilitating</b>.<br>It affects millions.</p>"
        '<p>Ketamine offers <a href="/services/">another way</a>.</p>'
    )
    assert page.intro == "Chronic pain is debilitating. It affects millions. Ketamine offers another way."


def test_a_draft_without_a_slug_gets_one_from_its_title_and_no_redirect(site_tree, run):
    run(
        export(
            post(
                30,
                "Ketamine & OCD: what we know",
                "<p>Early studies.</p>",
                slug="",
                status="draft",
                date="0000-00-00 00:00:00",
            )
        )
    )

    page = imported(30)
    assert page.slug == "ketamine-ocd-what-we-know"
    assert page.intro == "Early studies."
    assert not page.live
    assert not Redirect.objects.exists()


def test_executable_markup_is_dropped_and_the_report_says_where(site_tree, run):
    hostile = (
        '<p onclick="steal()">Read <a href="javascript:alert(1)">this</a> and <a href="https://kureiv.com/">that</a>.</p>'
        "<script>alert('x')</script><style>body{display:none}</style>"
        '<iframe src="https://evil.example/"></iframe><h2 onmouseover="x()">Safe heading</h2>'
    )
    output = run(export(post(40, "Hostile", hostile)))

    stored = json.dumps(list(imported(40).body.raw_data))
    for executable in ("script", "alert", "display:none", "iframe", "onclick", "onmouseover", "javascript", "evil"):
        assert executable not in stored
    assert imported(40).body.raw_data[0]["value"] == '<p>Read this and <a href="https://kureiv.com/">that</a>.</p>'
    for dropped in (
        "a <script> element",
        "a <style> element",
        "a <iframe> element",
        "an onclick attribute on <p>",
        "a javascript: address in <a href>",
        "an onmouseover attribute on <h2>",
    ):
        assert f"post 40 “Hostile”: dropped {dropped}" in output


def test_a_file_missing_from_the_uploads_is_reported_and_the_post_still_imported(site_tree, run):
    xml = export(
        attachment(601, "Clinic", "2023/01/clinic.jpg", alt="The clinic"),
        post(
            50,
            "With a lost photo",
            '<p>Before.</p><figure><img src="https://kureiv.com/wp-content/uploads/2023/01/clinic.jpg" class="wp-image-601" alt="The clinic"></figure>',
            thumbnail=601,
        ),
    )
    output = run(xml)

    page = imported(50)
    assert [block["type"] for block in page.body.raw_data] == ["paragraph"]
    assert page.hero_image is None
    assert "attachment 601 “Clinic”: file “2023/01/clinic.jpg” is not in the uploads folder; skipped" in output
    assert "post 50 “With a lost photo”: its featured image (attachment 601) was not imported; no hero image" in output
    assert not get_image_model().objects.exists()


def test_a_file_that_is_not_an_image_is_reported_and_skipped(site_tree, run, uploads):
    (uploads / "2024" / "05" / "notes.png").write_bytes(b"%PDF-1.4 not an image")
    output = run(export(attachment(503, "Notes", "2024/05/notes.png")))

    assert "attachment 503 “Notes”: file “2024/05/notes.png” is not an image Wagtail can read; skipped" in output
    assert not get_image_model().objects.exists()


def test_a_path_outside_the_uploads_folder_is_never_read(site_tree, run, tmp_path):
    (tmp_path / "secret.png").write_bytes(png())
    output = run(export(attachment(504, "Escape", "../secret.png")))

    assert "attachment 504 “Escape”: file “../secret.png” is not in the uploads folder; skipped" in output
    assert not get_image_model().objects.exists()


def test_the_same_file_attached_twice_becomes_one_image(site_tree, run, uploads):
    (uploads / "2024" / "05" / "copy.png").write_bytes(png())
    run(export(attachment(501, "One", "2024/05/woman-couch.png"), attachment(502, "Two", "2024/05/copy.png")))

    assert get_image_model().objects.count() == 1


def test_running_again_updates_untouched_drafts_and_creates_nothing_twice(site_tree, run):
    first = export(
        attachment(501, "Couch", "2024/05/woman-couch.png", alt="A couch"), post(60, "First title", "<p>One.</p>")
    )
    run(first)
    page_count, image_count, redirect_count = (
        Page.objects.count(),
        get_image_model().objects.count(),
        Redirect.objects.count(),
    )

    output = run(first)
    assert "posts: 1 unchanged" in output
    output = run(first.replace("First title", "Second title"))

    assert "posts: 1 updated" in output
    assert (Page.objects.count(), get_image_model().objects.count(), Redirect.objects.count()) == (
        page_count,
        image_count,
        redirect_count,
    )
    assert Person.objects.filter(name="Dr. Maya Okafor").count() == 1
    assert imported(60).title == "Second title"
    assert imported(60).get_latest_revision_as_object().title == "Second title"


def test_a_draft_an_editor_changed_since_is_reported_and_left_as_it_is(site_tree, run):
    run(export(post(70, "Original", "<p>One.</p>")))
    edited = imported(70)
    edited.title = "Edited by the clinic"
    edited.save_revision()

    output = run(export(post(70, "Changed in WordPress", "<p>Two.</p>")))

    assert imported(70).get_latest_revision_as_object().title == "Edited by the clinic"
    assert (
        "post 70 “Changed in WordPress”: the draft /home/blog/post-70/ was changed by an editor since the last import; left as it is"
        in output
    )


def test_an_address_taken_by_a_page_the_import_did_not_make_is_reported_never_overwritten(site_tree, run):
    existing = site_tree.posts[0]
    output = run(export(post(80, "Imposter", "<p>Replaced?</p>", slug=existing.slug)))

    existing.refresh_from_db()
    assert existing.title == "What is ketamine infusion therapy?"
    assert not ImportedItem.objects.filter(wp_id=80).exists()
    assert f"the address /blog/{existing.slug}/ is taken by “What is ketamine infusion therapy?”" in output


def test_a_truncated_export_fails_with_a_clear_message_and_writes_nothing(site_tree, run):
    xml = export(post(90, "Complete", "<p>Fine.</p>"), post(91, "Cut off", "<p>Half</p>"))
    pages = Page.objects.count()

    with pytest.raises(CommandError, match=r"not valid XML at line \d+, column \d+: is the file complete\?"):
        run(xml[: len(xml) // 2 + 200])

    assert Page.objects.count() == pages and not ImportedItem.objects.exists()


def test_an_entity_expansion_attack_is_refused(site_tree, run):
    bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel>&b;</channel></rss>'
    with pytest.raises(CommandError, match="not allowed"):
        run(bomb)


def test_a_dry_run_prints_the_full_report_and_writes_nothing(site_tree, run):
    xml = export(
        attachment(501, "Couch", "2024/05/woman-couch.png", alt="A couch"),
        post(100, "Dry", "<p>Text.</p><script>x()</script>", thumbnail=501, categories=[("Anxiety", "anxiety")]),
    )
    pages = Page.objects.count()

    output = run(xml, "--dry-run")

    assert output.splitlines()[0] == "Dry run: this is what the import would do; nothing was written."
    # redirects: the post's old address and its featured image's attachment page
    for line in (
        "posts: 1 created as drafts",
        "images: 1 created",
        "redirects: 2 created",
        "categories: 1 created",
        "post 100 “Dry”: dropped a <script> element",
    ):
        assert line in output
    assert Page.objects.count() == pages
    assert not (
        ImportedItem.objects.exists()
        or get_image_model().objects.exists()
        or Redirect.objects.exists()
        or BlogCategory.objects.filter(slug="anxiety").exists()
        or Person.objects.filter(name="Dr. Maya Okafor").exists()
    )


def test_categories_keep_their_parent_and_an_editors_choice_wins_on_a_rerun(site_tree, run):
    categories = [("Mental health", "mental-health"), ("Anxiety", "anxiety", "mental-health"), ("Odd", "odd", "gone")]
    xml = export(post(12, "Calm", "<p>Text.</p>", categories=[("Anxiety", "anxiety")]), categories=categories)

    output = run(xml)

    anxiety = BlogCategory.objects.get(slug="anxiety")
    assert anxiety.parent == BlogCategory.objects.get(slug="mental-health")
    assert BlogCategory.objects.get(slug="mental-health").parent is None
    assert "categories: 1 placed under their parent" in output
    assert "category “Odd”: its parent “gone” is not in the export" in output

    editors_choice = BlogCategory.objects.create(name="Conditions", slug="conditions")
    BlogCategory.objects.filter(slug="anxiety").update(parent=editors_choice)
    run(xml)
    assert BlogCategory.objects.get(slug="anxiety").parent == editors_choice


def test_a_category_cannot_sit_under_itself(site_tree):
    from django.core.exceptions import ValidationError

    top = BlogCategory.objects.create(name="Top", slug="top")
    below = BlogCategory.objects.create(name="Below", slug="below", parent=top)
    top.parent = below
    with pytest.raises(ValidationError):
        top.full_clean()
