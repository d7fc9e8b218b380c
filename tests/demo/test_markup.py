"""demo/markup.py: each piece of the content files' Markdown subset becomes the block Wagtail stores."""

import pytest

from demo import markup
from demo.markup import ImageRef, MarkupError


def test_paragraphs_and_lists_in_a_row_make_one_paragraph_block_of_wagtail_rich_text():
    body = markup.stream(
        "Tea & **bold** words, *italic* ones,\n"
        "a [link](page:about) and [988](tel:988).\n"
        "\n"
        "- one\n"
        "- two, which goes on\n"
        "  over a second line\n"
        "\n"
        "1. first\n"
        "2. second\n"
    )
    assert body == [
        {
            "type": "paragraph",
            "value": '<p>Tea &amp; <b>bold</b> words, <i>italic</i> ones, a <a href="page:about">link</a> and '
            '<a href="tel:988">988</a>.</p>'
            "<ul><li>one</li><li>two, which goes on over a second line</li></ul>"
            "<ol><li>first</li><li>second</li></ol>",
        }
    ]


def test_headings_start_new_blocks_at_their_level():
    body = markup.stream("## Section\n\nText.\n\n### Sub-section\n\nMore.\n\n#### Minor")
    assert [(block["type"], block["value"]) for block in body] == [
        ("heading", {"text": "Section", "level": "h2"}),
        ("paragraph", "<p>Text.</p>"),
        ("heading", {"text": "Sub-section", "level": "h3"}),
        ("paragraph", "<p>More.</p>"),
        ("heading", {"text": "Minor", "level": "h4"}),
    ]


def test_a_blockquote_with_a_dash_line_is_a_quote_and_its_attribution():
    body = markup.stream("> You are not alone\n> in the room.\n>\n> — Marcus Bell, CRNA")
    assert body == [
        {"type": "quote", "value": {"text": "You are not alone in the room.", "attribution": "Marcus Bell, CRNA"}}
    ]
    assert markup.stream("> Unattributed.")[0]["value"] == {"text": "Unattributed.", "attribution": ""}


def test_an_image_line_is_a_figure_naming_its_image_by_key():
    body = markup.stream('![Diagram of four weeks](image:diagram-induction "Six infusions\nover four weeks.")')
    image = {"image": ImageRef("diagram-induction"), "alt_text": "Diagram of four weeks", "decorative": False}
    assert body == [{"type": "figure", "value": {"image": image, "caption": "Six infusions over four weeks."}}]


def test_disclaimer_faq_and_call_to_action_blocks():
    body = markup.stream(
        "::: disclaimer\n"
        "\n"
        "::: faq Frequently asked questions\n"
        "### Does it hurt?\n"
        "Only the needle.\n"
        "\n"
        "### What should I bring?\n"
        "- music\n"
        "- an eye mask\n"
        ":::\n"
        "\n"
        "::: call-to-action Would you like to talk to us?\n"
        "We will call you.\n"
        ":::\n"
    )
    assert body[0] == {"type": "disclaimer", "value": None}
    faq = body[1]["value"]
    assert faq["heading"] == "Frequently asked questions"
    assert [(item["type"], item["value"]) for item in faq["items"]] == [
        ("item", {"question": "Does it hurt?", "answer": "<p>Only the needle.</p>"}),
        ("item", {"question": "What should I bring?", "answer": "<ul><li>music</li><li>an eye mask</li></ul>"}),
    ]
    assert all(item["id"] for item in faq["items"])
    assert body[2] == {
        "type": "call_to_action",
        "value": {
            "heading": "Would you like to talk to us?",
            "text": "We will call you.",
            "button_label": "Request a consultation",  # CallToActionBlock's default
            "page": None,
        },
    }


def test_rich_text_fields_take_the_same_markdown():
    assert markup.rich_text("**By car:** [map](https://example.com/)\n\nParking.") == (
        '<p><b>By car:</b> <a href="https://example.com/">map</a></p><p>Parking.</p>'
    )


@pytest.mark.parametrize(
    "body, message",
    [
        ("::: faq Questions\n### Why?\nBecause.", "is not closed"),
        ("::: faq Questions\nNo question first.\n:::", "starts with a ### question"),
        ("::: faq Questions\n:::", "at least one ### question"),
        ("::: gallery\n:::", "unknown block ::: gallery"),
        ("::: call-to-action\nNo heading.\n:::", "unknown block ::: call-to-action"),
        ("- bullet\n1. number", "list item expected"),
    ],
)
def test_what_the_subset_does_not_understand_is_an_error_not_a_guess(body, message):
    with pytest.raises(MarkupError, match=message):
        markup.stream(body)


def test_a_page_file_needs_its_front_matter_and_errors_name_the_file(tmp_path):
    page = tmp_path / "about.md"
    page.write_text('+++\ntitle = "About"\n+++\n\n## Why we exist\n')
    document = markup.read(page)
    assert (document.slug, document.meta, document.body[0]["type"]) == ("about", {"title": "About"}, "heading")

    page.write_text("## No front matter\n")
    with pytest.raises(MarkupError, match=r"about\.md: a page file starts with front matter"):
        markup.read(page)


def test_a_sections_index_file_takes_its_folders_slug(tmp_path):
    (tmp_path / "blog").mkdir()
    index = tmp_path / "blog" / "_index.md"
    index.write_text('+++\ntitle = "Blog"\n+++\n')
    assert markup.read(index).slug == "blog"
