"""The one block set every page body is built from."""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="Short and descriptive; it becomes a section title.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (H2)"), ("h3", "Sub-section (H3)"), ("h4", "Minor heading (H4)")],
        default="h2",
        help_text="Use H2 for main sections, H3 inside them. Don't skip levels.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "How ketamine treatment can help", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Describe what the image shows for people who cannot see it.")
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=120, help_text="Who said it, e.g. “A patient, 2024”.")

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {"text": "I felt like myself again for the first time in years.", "attribution": "A patient"}


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    button_label = blocks.CharBlock(max_length=40, default="Request a consultation")
    page = blocks.PageChooserBlock(
        required=False, help_text="Where the button goes. Leave empty for the consultation page."
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "heading": "Is ketamine therapy right for you?",
            "text": "Talk to our team about your history and your options.",
            "button_label": "Request a consultation",
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Frequently asked questions", max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"


def faq_items(body):
    """The question-and-answer items of every FAQ block in a stream ``body``, in order."""
    return [item for block in body if block.block_type == "faq" for item in block.value["items"]]


class DisclaimerBlock(blocks.StaticBlock):
    """Places the treatment disclaimer worded once in ClinicSettings."""

    class Meta:
        icon = "warning"
        label = "Treatment disclaimer"
        admin_text = "Shows the treatment disclaimer from Settings › Clinic settings."
        template = "blocks/disclaimer_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph_block.html"
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
    disclaimer = DisclaimerBlock()
