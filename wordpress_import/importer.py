"""Writes a read WordPress export into the site: attachments as images, posts as draft BlogPages,
pages as draft StandardPages, categories and tags, and permanent redirects from the old addresses
(of posts, pages and attachment pages). All in one transaction.

Every imported post or page is a draft, whatever its WordPress status: medical content goes live
only through Medical review (editorial).

Two passes: the first saves every page; the second, once every page has its id, turns links
between imported items into page links, saves each page's revision and redirects attachment pages.
"""

import hashlib
import io
import json
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page
from willow.image import Image as WillowImage
from willow.image import UnrecognisedImageFormatError

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from core.models import Person
from home.models import StandardPage

from . import body
from .links import OldAddresses, old_path
from .models import ImportedItem, ImportRun
from .report import Report
from .wxr import WXRError, read_export

INTRO_MAX = BlogPage._meta.get_field("intro").max_length
PAGE_INTRO_MAX = StandardPage._meta.get_field("intro").max_length
HERO_ALT_MAX = BlogPage._meta.get_field("hero_image_alt").max_length
SKIPPED_STATUSES = {"trash", "auto-draft", "inherit"}
RESIZED = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")  # photo-1024x683.jpg is a size of photo.jpg


def import_wordpress(export_path, uploads_dir, dry_run=False, run_by=""):
    """Import the export at ``export_path`` with its files from ``uploads_dir``; the Report of what was done.

    The report is kept (an ImportRun, ``run_by`` saying who ran it) unless it is a dry run.
    Raises WXRError, and writes nothing, when the export cannot be read whole or there is no blog.
    """
    export = read_export(export_path)
    blog = BlogIndexPage.objects.first()
    if blog is None:
        raise WXRError("There is no blog page to import the posts under: create the blog index first.")
    report = Report(dry_run=dry_run)
    with transaction.atomic():
        _Import(export, Path(uploads_dir), blog, report).run()
        if dry_run:
            transaction.set_rollback(True)
        else:
            ImportRun.keep(report, run_by)
    return report


class _Import:
    def __init__(self, export, uploads_dir, blog, report):
        self.export, self.uploads_dir, self.blog, self.report = export, uploads_dir.resolve(), blog, report
        self.dry_run = report.dry_run
        self.images = {}  # WordPress attachment id -> (image pk, alt text)
        self.images_by_file = {}  # path under uploads -> (image pk, alt text)
        self.image_users = {}  # image pk -> WordPress ids of the posts and pages showing it, in export order
        self.addresses = OldAddresses(export.site_url)  # every imported page, by its old addresses
        self.saved = []  # (item, page, blocks, content hash) of each page saved in the first pass
        self.home = blog.get_parent().specific
        self.kinds = {
            "post": (ImportedItem.Kind.POST, "posts", BlogPage, blog),
            "page": (ImportedItem.Kind.PAGE, "pages", StandardPage, self.home),
        }

    def run(self):
        self.categories = {term.slug: self.category(term) for term in self.export.categories}
        for term in self.export.categories:
            self.place_category(term)
        for attachment in self.export.of_type("attachment"):
            self.import_attachment(attachment)
        for item in self.export.items:
            if item.post_type in self.kinds and item.status not in SKIPPED_STATUSES:
                self.import_page(item)
            elif item.post_type != "attachment":
                self.report.count(
                    f"WordPress {item.post_type or 'item'}s",
                    f"skipped ({item.status or 'no status'})"
                    if item.post_type in self.kinds
                    else "skipped (not posts or pages)",
                )
        for item, page, blocks, content_hash in self.saved:
            self.finish_page(item, page, blocks, content_hash)
        for attachment in self.export.of_type("attachment"):
            self.redirect_attachment(attachment)

    # Taxonomy

    def category(self, term):
        slug = slugify(unquote(term.slug) or term.name)[:60]
        category = (
            BlogCategory.objects.filter(slug=slug).first() or BlogCategory.objects.filter(name=term.name[:60]).first()
        )
        if category is None:
            category = BlogCategory.objects.create(name=term.name[:60], slug=slug)
            self.report.count("categories", "created")
        return category

    def place_category(self, term):
        """Put a category under its WordPress parent, unless it has a parent already (an editor's choice wins)."""
        category, parent = self.categories[term.slug], self.categories.get(term.parent_slug)
        if not term.parent_slug or category.parent_id is not None:
            return
        if parent is None:
            self.report.warn(f"category “{term.name}”", f"its parent “{term.parent_slug}” is not in the export")
            return
        category.parent = parent
        category.save(update_fields=["parent"])
        self.report.count("categories", "placed under their parent")

    # Attachments

    def import_attachment(self, item):
        where = f"attachment {item.wp_id} “{item.title}”"
        relative = item.meta.get("_wp_attached_file", "")
        path = (self.uploads_dir / relative).resolve()
        if not relative or not path.is_relative_to(self.uploads_dir) or not path.is_file():
            self.report.warn(where, f"file “{relative or item.attachment_url}” is not in the uploads folder; skipped")
            self.report.count("images", "missing")
            return
        data = path.read_bytes()
        alt = item.meta.get("_wp_attachment_image_alt", "")
        image = self.find_or_make_image(item, where, relative, data, alt)
        if image is None:
            return
        self._remember(ImportedItem.Kind.ATTACHMENT, item.wp_id, image, hashlib.sha1(data).hexdigest())
        self.images[item.wp_id] = self.images_by_file[relative] = (image.pk, alt)

    def find_or_make_image(self, item, where, relative, data, alt):
        Image = get_image_model()
        file_hash = hashlib.sha1(data).hexdigest()
        record = ImportedItem.objects.filter(kind=ImportedItem.Kind.ATTACHMENT, wp_id=item.wp_id).first()
        image = Image.objects.filter(pk=record.object_id).first() if record else None
        if image is not None:
            self.report.count("images", "already imported")
            return image
        image = Image.objects.filter(file_hash=file_hash).first()
        if image is not None:
            self.report.count("images", "reused (same file already in the library)")
            return image
        try:
            width, height = WillowImage.open(io.BytesIO(data)).get_size()
        except (UnrecognisedImageFormatError, OSError, ValueError):  # not an image, or a damaged one
            self.report.warn(where, f"file “{relative}” is not an image Wagtail can read; skipped")
            self.report.count("images", "unreadable")
            return None
        image = Image(
            title=(item.title or PurePosixPath(relative).stem)[:255],
            description=alt[:255],
            file_hash=file_hash,
            file_size=len(data),
        )
        name = PurePosixPath(relative).name
        if self.dry_run:
            image.file.name = name  # the row is rolled back; no file is stored
        else:
            image.file.save(name, ContentFile(data), save=False)
        image.width, image.height = width, height  # after the file: assigning it resets them
        image.save()
        self.report.count("images", "created")
        return image

    def find_image(self, src, wp_id):
        """An imported image for an <img>: by its wp-image-N class, else by its file (any of its sizes)."""
        if wp_id in self.images:
            return self.images[wp_id]
        path = unquote(urlparse(src).path)
        if "/uploads/" in path:
            relative = path.split("/uploads/", 1)[1]
            return self.images_by_file.get(relative) or self.images_by_file.get(RESIZED.sub("", relative))
        return None

    # Posts and pages

    def import_page(self, item):
        """First pass: the draft saved (no revision yet), or the reason it is left as it is."""
        kind, counted_as, model, parent = self.kinds[item.post_type]
        where = f"{item.post_type} {item.wp_id} “{item.title}”"
        blocks, body_warnings = body.convert(item.content, self.image_finder(item))
        for warning in body_warnings:
            self.report.warn(where, warning)
        fields = self.post_fields(item, where, blocks) if model is BlogPage else self.page_fields(item, where, blocks)
        content_hash = hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()
        record = ImportedItem.objects.filter(kind=kind, wp_id=item.wp_id).first()
        page = model.objects.filter(pk=record.object_id).first() if record else None
        if page is not None and (page.live or page.latest_revision_id != record.revision_id):
            self.report.warn(
                where, f"the draft {page.url_path} was changed by an editor since the last import; left as it is"
            )
            self.report.count(counted_as, "left (edited since)")
            self.addresses.add(item, page.pk)
            return
        if page is not None and record.content_hash == content_hash:
            self.report.count(counted_as, "unchanged")
            self.addresses.add(item, page.pk)
            return
        clash = Page.objects.child_of(parent).filter(slug=fields["slug"]).exclude(pk=page.pk if page else None).first()
        if clash is not None:
            address = parent.url_path.removeprefix(self.home.url_path[:-1]) + fields["slug"] + "/"
            self.report.warn(
                where,
                f"the address {address} is taken by “{clash.title}”, "
                f"a page this import did not make; {item.post_type} not imported",
            )
            self.report.count(counted_as, "skipped (address taken)")
            return
        created = page is None
        page = self.save_draft(page, parent, model, fields)
        self.addresses.add(item, page.pk)
        self.saved.append((item, page, blocks, content_hash))
        self.report.count(counted_as, "created as drafts" if created else "updated")
        if item.status == "publish":  # only a published item had a public address
            self.redirect(item.link, page, where)

    def finish_page(self, item, page, blocks, content_hash):
        """Second pass: links to other imported items become page links; the page's revision is saved."""
        linked, count = self.addresses.rewrite(blocks)
        if count:
            page.body = linked
            page.save()
            self.report.count("links to imported posts and pages", "made page links")
        page.save_revision(log_action=True)
        self._remember(self.kinds[item.post_type][0], item.wp_id, page, content_hash, revision=page.latest_revision)

    def image_finder(self, item):
        """find_image for ``item``'s body, noting that ``item`` shows the image (for its attachment page)."""

        def find(src, wp_id):
            found = self.find_image(src, wp_id)
            if found is not None:
                self.image_users.setdefault(found[0], []).append(item.wp_id)
            return found

        return find

    def page_fields(self, item, where, blocks):
        title = self.title(item, where)
        excerpt = " ".join(strip_tags(item.excerpt).split())
        intro = excerpt[:PAGE_INTRO_MAX] if excerpt else body.first_sentences(blocks, PAGE_INTRO_MAX)
        if not blocks:
            self.report.warn(where, "the page has no content; write its body before publishing")
        return {"title": title[:255], "slug": self.slug(item, title), "intro": intro, "body": blocks}

    def title(self, item, where):
        title = item.title or f"Untitled WordPress {item.post_type} {item.wp_id}"
        if not item.title:
            self.report.warn(where, f"no title; called “{title}”")
        return title

    def slug(self, item, title):
        return slugify(unquote(item.slug) or title, allow_unicode=True)[:255] or f"{item.post_type}-{item.wp_id}"

    def post_fields(self, item, where, blocks):
        title = self.title(item, where)
        slug = self.slug(item, title)
        excerpt = " ".join(strip_tags(item.excerpt).split())
        intro = (
            excerpt
            if len(excerpt) <= INTRO_MAX
            else body.first_sentences([{"type": "paragraph", "value": excerpt}], INTRO_MAX)
        )
        intro = intro or body.first_sentences(blocks, INTRO_MAX) or title[:INTRO_MAX]
        hero, hero_alt = None, ""
        thumbnail_id = item.meta.get("_thumbnail_id")
        if thumbnail_id:
            found = self.images.get(int(thumbnail_id)) if thumbnail_id.isdigit() else None
            if found is None:
                self.report.warn(
                    where, f"its featured image (attachment {thumbnail_id}) was not imported; no hero image"
                )
            else:
                hero, hero_alt = found[0], found[1][:HERO_ALT_MAX]
                self.image_users.setdefault(hero, []).append(item.wp_id)
        categories = sorted(
            self.categories[term.slug].pk if term.slug in self.categories else self.category(term).pk
            for term in item.categories
        )
        return {
            "title": title[:255],
            "slug": slug,
            "intro": intro,
            "date_published": item.date,
            "author": self.author(item.author_login),
            "body": blocks,
            "hero_image": hero,
            "hero_image_alt": hero_alt,
            "categories": categories,
            "tags": sorted(set(item.tags)),
        }

    def author(self, login):
        """The Person whose name is the WordPress author's display name, made when there is none; its pk."""
        name = self.export.authors.get(login, login)
        if not name:
            return None
        person = Person.objects.filter(name=name).first() or next(
            (person for person in Person.objects.all() if person.display_name == name), None
        )
        if person is None:
            person = Person.objects.create(name=name[:100])
            self.report.count("people (authors)", "created")
        return person.pk

    def save_draft(self, page, parent, model, fields):
        """The page saved as a draft with ``fields``; its revision comes in the second pass."""
        fields = dict(fields)
        related = {}
        if model is BlogPage:
            related = {
                "categories": list(BlogCategory.objects.filter(pk__in=fields.pop("categories"))),
                "tags": fields.pop("tags"),
            }
            fields["author_id"], fields["hero_image_id"] = fields.pop("author"), fields.pop("hero_image")
            if fields["date_published"] is None:
                del fields["date_published"]  # a WordPress draft never dated: the model's default, today
        if page is None:
            page = model(live=False, **fields)
        else:
            for name, value in fields.items():
                setattr(page, name, value)
        if related:
            page.categories = related["categories"]
            page.tags.set(related["tags"])
        if page.pk is None:
            parent.add_child(instance=page)
        else:
            page.save()
        return page

    def redirect_attachment(self, attachment):
        """The attachment's page redirects to its parent post or page, else to the first one showing it."""
        image = self.images.get(attachment.wp_id)
        users = [attachment.parent_id] + self.image_users.get(image[0] if image else None, [])
        page_pk = next((self.addresses.by_id[wp_id] for wp_id in users if wp_id in self.addresses.by_id), None)
        if page_pk is not None:
            self.redirect(
                attachment.link, Page.objects.get(pk=page_pk), f"attachment {attachment.wp_id} “{attachment.title}”"
            )

    def redirect(self, link, page, where):
        """The old public address ``link`` answers with a permanent redirect to ``page``."""
        path = old_path(link) if link else ""
        if path in ("", "/") or path == Redirect.normalise_path(page.get_url() or ""):
            return
        existing = Redirect.objects.filter(old_path=path, site=None).first()
        if existing is None:
            Redirect.objects.create(old_path=path, site=None, redirect_page=page, is_permanent=True)
            self.report.count("redirects", "created")
        elif existing.redirect_page_id != page.pk:
            self.report.warn(where, f"{path} already redirects elsewhere; that redirect was left as it is")

    def _remember(self, kind, wp_id, target, content_hash, revision=None):
        ImportedItem.objects.update_or_create(
            kind=kind,
            wp_id=wp_id,
            defaults={
                "content_type": ContentType.objects.get_for_model(target),
                "object_id": target.pk,
                "content_hash": content_hash,
                "revision": revision,
            },
        )
