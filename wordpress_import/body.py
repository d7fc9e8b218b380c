"""WordPress post HTML (Gutenberg or classic editor) → the StreamField blocks of core.blocks.BaseStreamBlock.

The HTML is first cleaned by nh3 to the tags the blocks can hold: nothing executable survives
(script, style, iframe, event-handler attributes, javascript: URLs). What was dropped is reported.
Gutenberg's block comments (``<!-- wp:paragraph -->``) go with the cleaning; the HTML between
them is what carries the content. Classic-editor posts separate paragraphs by blank lines
instead of ``<p>`` tags (WordPress adds them when it shows the post); that is done here too.
"""

import re

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag

HEADING_MAX = 120  # core.blocks.HeadingBlock.text
CAPTION_MAX = 250  # core.blocks.FigureBlock.caption
QUOTE_MAX = 600  # core.blocks.QuoteBlock.text
ATTRIBUTION_MAX = 120  # core.blocks.QuoteBlock.attribution

EXECUTABLE_TAGS = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "applet",
    "frame",
    "frameset",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "link",
    "meta",
    "base",
    "svg",
    "math",
    "template",
    "noscript",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "figure",
    "figcaption",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "pre",
    "hr",
    "dl",
    "dt",
    "dd",
}
CLEANING = {
    "tags": BLOCK_TAGS | {"a", "b", "strong", "i", "em", "br", "span", "img", "cite", "code", "sub", "sup"},
    "attributes": {"a": {"href"}, "img": {"src", "alt", "class"}},
    "url_schemes": {"http", "https", "mailto", "tel"},
    "clean_content_tags": {"script", "style"},
    "link_rel": None,
    "strip_comments": True,
}
RICH_TEXT = {"tags": {"p", "a", "b", "i", "ul", "ol", "li", "br"}, "attributes": {"a": {"href"}}, "link_rel": None}
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
WP_IMAGE_CLASS = re.compile(r"^wp-image-(\d+)$")
BLANK_LINE = re.compile(r"\n\s*\n")


def executable_markup(html):
    """One description per piece of executable markup in ``html`` — what the cleaning drops."""
    found = []
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        if tag.name in EXECUTABLE_TAGS:
            found.append(f"a <{tag.name}> element")
        for name, value in tag.attrs.items():
            if name.lower().startswith("on"):
                found.append(f"an {name} attribute on <{tag.name}>")
            elif name.lower() in URL_ATTRIBUTES and str(value).strip().lower().startswith(
                ("javascript:", "vbscript:", "data:text/html")
            ):
                found.append(f"a {str(value).split(':')[0].strip().lower()}: address in <{tag.name} {name}>")
    return found


def convert(html, find_image):
    """The blocks for a post's ``html`` and the warnings met on the way.

    ``find_image(src, wp_id)`` returns ``(image_pk, alt_text)`` for an imported attachment, or None.
    """
    converter = _Converter(find_image)
    converter.walk(BeautifulSoup(nh3.clean(html, **CLEANING), "html.parser"))
    converter.flush()
    return converter.blocks, [f"dropped {what}" for what in executable_markup(html)] + converter.warnings


def rich_text(html):
    """``html`` as Wagtail stores rich text (<b>, <i>, links kept), or "" when nothing readable is left."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["strong", "em"]):
        tag.name = "b" if tag.name == "strong" else "i"
    for link in soup.find_all("a"):
        if not link.get("href"):
            link.unwrap()
    for empty in soup.find_all(["p", "li", "b", "i"]):
        if not empty.get_text(strip=True) and not empty.find("br"):
            empty.decompose()
    cleaned = nh3.clean(str(soup), **RICH_TEXT).strip()
    return cleaned if BeautifulSoup(cleaned, "html.parser").get_text(strip=True) else ""


def first_sentences(blocks, max_length):
    """An intro made from the body's opening sentences, whole sentences only, within ``max_length``."""
    text = " ".join(_plain_text(block["value"]) for block in blocks if block["type"] == "paragraph")
    text = " ".join(text.split())
    intro = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        candidate = f"{intro} {sentence}".strip()
        if len(candidate) > max_length:
            break
        intro = candidate
    if intro or not text:
        return intro
    return text[: max_length - 1].rsplit(" ", 1)[0] + "…"


class _Converter:
    def __init__(self, find_image):
        self.find_image = find_image
        self.blocks, self.warnings = [], []
        self.rich = []  # rich-text HTML waiting to become one paragraph block
        self.inline = []  # text and inline tags outside any block tag (classic editor)

    def walk(self, parent):
        for node in list(parent.children):
            if isinstance(node, NavigableString) or node.name not in BLOCK_TAGS | {"img"}:
                self.inline.append(str(node))
                continue
            self.flush_inline()
            handler = getattr(self, f"on_{node.name}", None)
            if node.name in HEADING_LEVELS:
                self.on_heading(node)
            elif handler:
                handler(node)
            else:
                self.walk(node)

    # Block tags

    def on_heading(self, tag):
        text = " ".join(tag.get_text().split())
        if not text:
            return
        if len(text) > HEADING_MAX:
            self.warnings.append(
                f"a heading longer than {HEADING_MAX} characters was kept as bold text: “{text[:40]}…”"
            )
            self.rich.append(f"<p><b>{_escape(text)}</b></p>")
            return
        self.flush_rich()
        self.blocks.append({"type": "heading", "value": {"text": text, "level": HEADING_LEVELS[tag.name]}})

    def on_p(self, tag):
        if tag.find("img"):
            self.walk_around_images(tag)
        else:
            self.add_rich(str(tag))

    def on_ul(self, tag):
        for image in tag.find_all("img"):
            self.on_img(image)
        self.add_rich(str(tag))

    on_ol = on_ul

    def on_blockquote(self, tag):
        cite = tag.find("cite")
        attribution = " ".join(cite.get_text().split()) if cite else ""
        if cite:
            cite.extract()
        text = "\n\n".join(" ".join(part.split()) for part in _paragraph_texts(tag))
        if not text:
            return
        if len(text) > QUOTE_MAX or len(attribution) > ATTRIBUTION_MAX:
            self.warnings.append(f"a quotation too long for a quote block was kept as a paragraph: “{text[:40]}…”")
            self.add_rich(f"<p>{_escape(text)}</p>" + (f"<p>{_escape(attribution)}</p>" if attribution else ""))
            return
        self.flush_rich()
        self.blocks.append({"type": "quote", "value": {"text": text, "attribution": attribution}})

    def on_figure(self, tag):
        image = tag.find("img")
        if image is None:
            self.walk(tag)
            return
        caption = tag.find("figcaption")
        self.on_img(image, caption=" ".join(caption.get_text().split()) if caption else "")

    def on_img(self, tag, caption=""):
        src = tag.get("src", "")
        wp_id = next((int(match[1]) for name in tag.get("class", []) if (match := WP_IMAGE_CLASS.match(name))), None)
        found = self.find_image(src, wp_id)
        if found is None:
            self.warnings.append(f"an image that is not among the imported files was left out: {src or '(no address)'}")
            return
        image_pk, attachment_alt = found
        alt = (tag.get("alt") or "").strip() or attachment_alt
        if not alt:
            self.warnings.append(f"an image has no alt text; describe it before publishing: {src}")
        if len(caption) > CAPTION_MAX:
            self.warnings.append(f"an image caption was cut to {CAPTION_MAX} characters: “{caption[:40]}…”")
            caption = caption[: CAPTION_MAX - 1] + "…"
        self.flush_rich()
        self.blocks.append(
            {
                "type": "figure",
                "value": {"image": {"image": image_pk, "alt_text": alt, "decorative": False}, "caption": caption},
            }
        )

    def on_hr(self, tag):
        pass

    # Text between blocks

    def walk_around_images(self, tag):
        """A paragraph holding images: its text stays a paragraph, each image becomes a figure in place."""
        pending = []
        for node in list(tag.children):
            images = (
                [node]
                if isinstance(node, Tag) and node.name == "img"
                else (node.find_all("img") if isinstance(node, Tag) else [])
            )
            if images:
                self.add_rich(f"<p>{''.join(pending)}</p>")
                pending = []
                for image in images:
                    self.on_img(image)
                    image.extract()
                if node.name != "img":
                    pending.append(str(node))
            else:
                pending.append(str(node))
        self.add_rich(f"<p>{''.join(pending)}</p>")

    def add_rich(self, html):
        cleaned = rich_text(html)
        if cleaned:
            self.rich.append(cleaned)

    def flush_inline(self):
        """Classic-editor text: paragraphs are separated by blank lines, single newlines are line breaks."""
        html, self.inline = "".join(self.inline), []
        for paragraph in BLANK_LINE.split(html):
            if paragraph.strip():
                self.add_rich("<p>" + paragraph.strip().replace("\n", "<br>") + "</p>")

    def flush_rich(self):
        if self.rich:
            self.blocks.append({"type": "paragraph", "value": "".join(self.rich)})
            self.rich = []

    def flush(self):
        self.flush_inline()
        self.flush_rich()


def _plain_text(html):
    """The words of rich text, one space between paragraphs and list items, none added inside them."""
    soup = BeautifulSoup(html, "html.parser")
    for line_break in soup.find_all("br"):
        line_break.replace_with(" ")
    return " ".join(tag.get_text() for tag in soup.find_all(["p", "li"]) if not tag.find(["p", "li"]))


def _paragraph_texts(tag):
    paragraphs = tag.find_all("p")
    return [p.get_text() for p in paragraphs] if paragraphs else [tag.get_text()]


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
