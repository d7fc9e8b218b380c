"""Reads a WordPress export (WXR 1.0–1.2) into plain records, before anything is written.

The XML is parsed with defusedxml: an export is a file from elsewhere, and entity tricks
(billion laughs, external entities) must not reach the parser.
"""

import datetime
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

WP_NAMESPACES = [f"http://wordpress.org/export/{version}/" for version in ("1.2", "1.1", "1.0")]
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


class WXRError(Exception):
    """The file is not a complete, readable WordPress export."""


@dataclass
class Term:
    name: str
    slug: str
    parent_slug: str = ""


@dataclass
class Item:
    """A post, page or attachment as WordPress exported it."""

    wp_id: int
    post_type: str
    title: str
    slug: str
    status: str
    link: str
    author_login: str
    content: str
    excerpt: str
    date: datetime.date | None
    parent_id: int
    attachment_url: str = ""
    meta: dict = field(default_factory=dict)
    categories: list = field(default_factory=list)  # of Term
    tags: list = field(default_factory=list)  # of tag names


@dataclass
class Export:
    authors: dict  # login -> display name
    categories: list  # of Term
    items: list  # of Item
    site_url: str = ""  # the WordPress site's address, e.g. https://kureiv.com

    def of_type(self, post_type):
        return [item for item in self.items if item.post_type == post_type]

    def attachments_by_id(self):
        return {item.wp_id: item for item in self.of_type("attachment")}


def read_export(path):
    """The export at ``path``; a WXRError with a message an editor can act on if it cannot be read whole."""
    try:
        tree = ElementTree.parse(path, forbid_dtd=True)
    except ParseError as error:
        line, column = error.position
        raise WXRError(
            f"The export is not valid XML at line {line}, column {column}: is the file complete? "
            "Export it again from WordPress (Tools › Export › All content). Nothing was imported."
        ) from error
    except DefusedXmlException as error:
        raise WXRError(f"The export contains XML that is not allowed ({error}). Nothing was imported.") from error
    except OSError as error:
        raise WXRError(f"The export cannot be read: {error}") from error
    channel = tree.getroot().find("channel")
    wp = _namespace_of(channel)
    if channel is None or wp is None:
        raise WXRError("This file is not a WordPress export (no WXR channel found). Nothing was imported.")
    authors = {
        _text(author, wp + "author_login"): _text(author, wp + "author_display_name")
        or _text(author, wp + "author_login")
        for author in channel.findall(wp + "author")
    }
    categories = [
        Term(
            name=_text(term, wp + "cat_name"),
            slug=_text(term, wp + "category_nicename"),
            parent_slug=_text(term, wp + "category_parent"),
        )
        for term in channel.findall(wp + "category")
    ]
    items = [_read_item(element, wp) for element in channel.findall("item")]
    site_url = _text(channel, wp + "base_blog_url") or _text(channel, wp + "base_site_url") or _text(channel, "link")
    return Export(authors=authors, categories=categories, items=items, site_url=site_url)


def _namespace_of(channel):
    if channel is None:
        return None
    for namespace in WP_NAMESPACES:
        if (
            channel.find(f"{{{namespace}}}wxr_version") is not None
            or channel.find(f".//{{{namespace}}}post_id") is not None
        ):
            return f"{{{namespace}}}"
    return None


def _text(element, tag):
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _read_item(element, wp):
    def wp_text(name):
        return _text(element, wp + name)

    try:
        wp_id = int(wp_text("post_id"))
    except ValueError as error:
        raise WXRError(f"An item titled “{_text(element, 'title')}” has no post id. Nothing was imported.") from error
    meta = {
        _text(entry, wp + "meta_key"): _text(entry, wp + "meta_value") for entry in element.findall(wp + "postmeta")
    }
    categories, tags = [], []
    for term in element.findall("category"):
        name, slug = (term.text or "").strip(), term.get("nicename", "")
        if term.get("domain") == "category":
            categories.append(Term(name=name, slug=slug))
        elif term.get("domain") == "post_tag":
            tags.append(name)
    excerpt = next(
        (child.text or "" for child in element if child.tag.endswith("}encoded") and "excerpt" in child.tag), ""
    )
    content = element.find(CONTENT)
    return Item(
        wp_id=wp_id,
        post_type=wp_text("post_type"),
        title=_text(element, "title"),
        slug=wp_text("post_name"),
        status=wp_text("status"),
        link=_text(element, "link"),
        author_login=_text(element, DC_CREATOR),
        content=(content.text or "") if content is not None else "",
        excerpt=excerpt.strip(),
        date=_parse_date(wp_text("post_date")),
        parent_id=int(wp_text("post_parent") or 0),
        attachment_url=wp_text("attachment_url"),
        meta=meta,
        categories=categories,
        tags=tags,
    )


def _parse_date(value):
    """WordPress writes "0000-00-00 00:00:00" for a draft never dated."""
    try:
        return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S").date()
    except ValueError:
        return None
