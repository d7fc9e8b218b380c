"""Builds small WordPress exports (WXR 1.2) for the tests, the way WordPress writes them."""

import io
from xml.sax.saxutils import escape

from PIL import Image as PillowImage

AUTHORS = [("maya", "Dr. Maya Okafor")]


def post(
    wp_id,
    title,
    content,
    *,
    slug=None,
    status="publish",
    excerpt="",
    date="2024-05-14 10:00:00",
    author="maya",
    thumbnail=None,
    categories=(),
    tags=(),
    link=None,
):
    slug = f"post-{wp_id}" if slug is None else slug
    link = link or (f"https://kureiv.com/{slug}/" if status == "publish" else f"https://kureiv.com/?p={wp_id}")
    terms = "".join(f'<category domain="category" nicename="{s}"><![CDATA[{n}]]></category>' for n, s in categories)
    terms += "".join(f'<category domain="post_tag" nicename="{t}"><![CDATA[{t}]]></category>' for t in tags)
    meta = _meta("_thumbnail_id", thumbnail) if thumbnail else ""
    return _item(wp_id, "post", title, slug, status, link, author, content, excerpt, date, terms + meta)


def page(wp_id, title, content, *, slug=None, status="publish", excerpt="", link=None):
    slug = f"page-{wp_id}" if slug is None else slug
    link = link or (f"https://kureiv.com/{slug}/" if status == "publish" else f"https://kureiv.com/?page_id={wp_id}")
    return _item(wp_id, "page", title, slug, status, link, "maya", content, excerpt, "2024-04-01 09:00:00", "")


def attachment(wp_id, title, path, *, alt="", parent=0, link=None):
    meta = _meta("_wp_attached_file", path) + (_meta("_wp_attachment_image_alt", alt) if alt else "")
    extra = f"<wp:attachment_url>https://kureiv.com/wp-content/uploads/{path}</wp:attachment_url>{meta}"
    return _item(
        wp_id,
        "attachment",
        title,
        title.lower().replace(" ", "-"),
        "inherit",
        link or f"https://kureiv.com/?attachment_id={wp_id}",
        "maya",
        "",
        "",
        "2024-05-01 09:00:00",
        extra,
        parent=parent,
    )


def export(*items, authors=AUTHORS, categories=()):
    author_xml = "".join(
        f"<wp:author><wp:author_login><![CDATA[{login}]]></wp:author_login>"
        f"<wp:author_display_name><![CDATA[{name}]]></wp:author_display_name></wp:author>"
        for login, name in authors
    )
    category_xml = "".join(
        f"<wp:category><wp:term_id>{n}</wp:term_id><wp:category_nicename><![CDATA[{slug}]]></wp:category_nicename>"
        f"<wp:category_parent><![CDATA[{parent}]]></wp:category_parent><wp:cat_name><![CDATA[{name}]]></wp:cat_name></wp:category>"
        for n, (name, slug, parent) in enumerate(((*category, "")[:3] for category in categories), 1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
    xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:wfw="http://wellformedweb.org/CommentAPI/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
    <title>KureIV</title>
    <link>https://kureiv.com</link>
    <wp:wxr_version>1.2</wp:wxr_version>
    <wp:base_site_url>https://kureiv.com</wp:base_site_url>
    {author_xml}{category_xml}{"".join(items)}
</channel>
</rss>
"""


def png(color=(200, 30, 30), size=(40, 30)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def _meta(key, value):
    return f"<wp:postmeta><wp:meta_key><![CDATA[{key}]]></wp:meta_key><wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>"


def _item(wp_id, post_type, title, slug, status, link, author, content, excerpt, date, extra, parent=0):
    return f"""
    <item>
        <title>{escape(title)}</title>
        <link>{escape(link)}</link>
        <dc:creator><![CDATA[{author}]]></dc:creator>
        <content:encoded><![CDATA[{content}]]></content:encoded>
        <excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
        <wp:post_id>{wp_id}</wp:post_id>
        <wp:post_date><![CDATA[{date}]]></wp:post_date>
        <wp:post_name><![CDATA[{slug}]]></wp:post_name>
        <wp:status><![CDATA[{status}]]></wp:status>
        <wp:post_parent>{parent}</wp:post_parent>
        <wp:post_type><![CDATA[{post_type}]]></wp:post_type>
        {extra}
    </item>"""
