"""Read a demo content file: TOML front matter and a Markdown body, turned into Wagtail's raw forms.

A page file starts with TOML front matter between two ``+++`` lines; the rest is its body, written
in a small subset of Markdown that becomes the page's StreamField (see demo/README.md):

- ``## Heading`` (``###``, ``####`` for sub-sections) becomes a heading block;
- paragraphs and lists (``- item``, ``1. item``) in a row become one paragraph block, with
  ``**bold**``, ``*italic*`` and ``[text](address)`` inside; ``page:slug`` addresses are left for
  the loader to turn into page links;
- ``> text`` lines, with a last ``> — Attribution`` line, become a quote;
- ``![alt text](image:key "Caption")`` becomes a figure;
- ``::: disclaimer`` places the treatment disclaimer;
- ``::: faq Heading`` … ``:::`` holds ``### Question`` lines, each followed by its answer;
- ``::: call-to-action Heading`` … ``:::`` holds the prompt's text.

Only this subset is understood, and its output is the HTML Wagtail stores (``<b>``, ``<i>``, no
line breaks between elements), so a loaded page reads as if typed in the admin.
"""

import html
import re
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path

from core.blocks import CallToActionBlock

FENCE = "+++"
HEADING = re.compile(r"(#{2,4}) (.+)")
FIGURE = re.compile(r'!\[(?P<alt>[^\]]+)\]\(image:(?P<key>[a-z0-9-]+)(?: "(?P<caption>[^"]*)")?\)')
LIST_ITEM = re.compile(r"(- |\d+\. )(.*)")
INLINE = [
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>'),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"\*(.+?)\*"), r"<i>\1</i>"),
]
ATTRIBUTION = "— "


@dataclass(frozen=True)
class ImageRef:
    """An image named by its key in ``images.IMAGE_SPECS`` (or a person's portrait key)."""

    key: str


@dataclass(frozen=True)
class Document:
    path: Path
    meta: dict
    body: list

    @property
    def slug(self):
        """The file's name; a section's ``_index.md`` takes its folder's (front matter may set ``slug``)."""
        return self.path.parent.name if self.path.stem == "_index" else self.path.stem


class MarkupError(ValueError):
    pass


def read(path):
    """The front matter and body of the page file at ``path``."""
    try:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        return Document(path, meta, stream(body))
    except (MarkupError, tomllib.TOMLDecodeError) as error:
        raise MarkupError(f"{path}: {error}") from error


def split_front_matter(text):
    opening, _, rest = text.partition("\n")
    front, fence, body = rest.partition(f"\n{FENCE}\n")
    if opening != FENCE or not fence:
        raise MarkupError(f"a page file starts with front matter between two {FENCE} lines")
    return tomllib.loads(front), body


def inline(text):
    text = html.escape(text, quote=False)
    for pattern, replacement in INLINE:
        text = pattern.sub(replacement, text)
    return text


def chunks(lines):
    """Lines grouped into runs separated by blank lines."""
    chunk = []
    for line in lines + [""]:
        if line.strip():
            chunk.append(line)
        elif chunk:
            yield chunk
            chunk = []


def list_tag(marker):
    return "ul" if marker == "- " else "ol"


def rich_text_chunk(lines):
    """One paragraph, or one list whose items may continue on indented lines."""
    first = LIST_ITEM.fullmatch(lines[0])
    if not first:
        return f"<p>{inline(' '.join(line.strip() for line in lines))}</p>"
    tag = list_tag(first[1])
    items = []
    for line in lines:
        item = LIST_ITEM.fullmatch(line)
        if item and list_tag(item[1]) == tag:
            items.append(item[2])
        elif line.startswith(" "):
            items[-1] += " " + line.strip()
        else:
            raise MarkupError(f"list item expected: {line!r}")
    return f"<{tag}>" + "".join(f"<li>{inline(item)}</li>" for item in items) + f"</{tag}>"


def rich_text(markdown):
    """Wagtail rich text HTML from paragraphs and lists."""
    return "".join(rich_text_chunk(chunk) for chunk in chunks(markdown.strip().splitlines()))


def heading(text, level):
    return {"type": "heading", "value": {"text": text, "level": level}}


def quote(lines):
    lines = [line.removeprefix(">").strip() for line in lines]
    attribution = lines.pop()[len(ATTRIBUTION) :] if lines[-1].startswith(ATTRIBUTION) else ""
    return {"type": "quote", "value": {"text": " ".join(line for line in lines if line), "attribution": attribution}}


def figure(match):
    image = {"image": ImageRef(match["key"]), "alt_text": match["alt"], "decorative": False}
    return {"type": "figure", "value": {"image": image, "caption": match["caption"] or ""}}


def faq(title, lines):
    """``### Question`` lines, each followed by its answer (paragraphs and lists)."""
    items = []
    for line in lines:
        if line.startswith("### "):
            items.append({"question": line[4:].strip(), "answer": []})
        elif items:
            items[-1]["answer"].append(line)
        elif line.strip():
            raise MarkupError(f"an FAQ starts with a ### question line, not {line!r}")
    if not items:
        raise MarkupError("an FAQ needs at least one ### question")
    for item in items:
        item["answer"] = rich_text("\n".join(item["answer"]))
    # Items of a list block need ids to be read in this raw form.
    items = [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in items]
    return {"type": "faq", "value": {"heading": title, "items": items}}


def call_to_action(title, lines):
    """A consultation prompt; with no page chosen, its button leads to the consultation page."""
    button_label = CallToActionBlock().child_blocks["button_label"].get_default()
    text = " ".join(line.strip() for line in lines if line.strip())
    value = {"heading": title, "text": text, "button_label": button_label, "page": None}
    return {"type": "call_to_action", "value": value}


def directive(name, argument, lines):
    if name == "faq" and argument:
        return faq(argument, lines)
    if name == "call-to-action" and argument:
        return call_to_action(argument, lines)
    raise MarkupError(f"unknown block ::: {name} {argument}".strip())


def stream(markdown):
    """The raw StreamField value (a list of ``{"type", "value"}`` blocks) of a page body."""
    blocks, paragraph = [], []

    def flush():
        if paragraph:
            blocks.append({"type": "paragraph", "value": "".join(paragraph)})
            paragraph.clear()

    def add(block):
        flush()
        blocks.append(block)

    lines = markdown.strip().splitlines()
    position = 0
    while position < len(lines):
        line = lines[position]
        position += 1
        if line.startswith(":::"):
            name, _, argument = line[3:].strip().partition(" ")
            if name == "disclaimer" and not argument:
                add({"type": "disclaimer", "value": None})
                continue
            try:
                end = lines.index(":::", position)
            except ValueError:
                raise MarkupError(f"{line!r} is not closed by a ::: line") from None
            add(directive(name, argument.strip(), lines[position:end]))
            position = end + 1
            continue
        if not line.strip():
            continue
        chunk = [line]
        while position < len(lines) and lines[position].strip() and not lines[position].startswith(":::"):
            chunk.append(lines[position])
            position += 1
        text = " ".join(part.strip() for part in chunk)
        if match := HEADING.fullmatch(text):
            add(heading(match[2], f"h{len(match[1])}"))
        elif match := FIGURE.fullmatch(text):
            add(figure(match))
        elif line.startswith(">"):
            add(quote(chunk))
        else:
            paragraph.append(rich_text_chunk(chunk))
    flush()
    return blocks
