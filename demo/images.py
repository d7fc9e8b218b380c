"""Demo images drawn with Pillow, so nothing is downloaded.

Every image is described honestly in its Wagtail ``description`` (the default alt
text): abstract heroes say they are abstract, diagrams say what they show.
Images are found again by title, so loading twice never makes duplicates. Files are
saved through the image field's storage, which is Django's default storage (local
disk or S3, as configured).
"""

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont
from wagtail.images.models import Image
from wagtail.models import Collection

from core.launch_checks import DEMO_COLLECTION

HERO_SIZE = (1600, 900)
#: Diagrams are narrower than heroes and their lettering large: a phone shows them about 360 px wide,
#: where 1,200 px of drawing shrinks to 0.3 and 48 px letters still read at 14 px.
DIAGRAM_SIZE = (1200, 800)
MONITORING_SIZE = (1200, 1100)
#: Abstract heroes are composed at this size, softened, then enlarged: fast and calm-looking.
SKETCH_SIZE = (800, 450)
#: Shapes with hard edges are drawn this many times larger, then reduced, for smooth edges.
SUPERSAMPLE = 2

TEAL = (10, 101, 103)
DEEP_TEAL = (7, 74, 76)
SOFT_TEAL = (190, 222, 219)
SAGE = (143, 174, 155)
SOFT_SAGE = (208, 224, 210)
SAND = (247, 244, 239)
WARM_SAND = (233, 219, 196)
NAVY = (27, 42, 56)
SLATE = (75, 91, 107)
CORAL = (214, 110, 84)
WHITE = (255, 255, 255)


@dataclass(frozen=True)
class Palette:
    words: str  # as it reads in a description, e.g. "teal and sand"
    start: tuple
    end: tuple
    accents: tuple


PALETTES = {
    "teal-sand": Palette("teal and sand", TEAL, WARM_SAND, (SOFT_TEAL, SAND, SAGE)),
    "sage-sand": Palette("sage and sand", SAGE, SAND, (WHITE, SOFT_SAGE, WARM_SAND)),
    "navy-teal": Palette("navy and teal", NAVY, TEAL, (SOFT_TEAL, SAGE, WARM_SAND)),
    "sand-sage": Palette("sand and pale sage", WARM_SAND, SOFT_SAGE, (WHITE, SAGE, SOFT_TEAL)),
}

MOTIFS = {
    "circles": "overlapping translucent circles",
    "waves": "soft layered waves",
    "ripples": "wide rings rippling out from one corner",
}


@dataclass(frozen=True)
class ImageSpec:
    """One image to make: how to draw it and what to call it."""

    key: str
    title: str
    description: str
    draw: Callable[[], PILImage.Image]
    format: str = "JPEG"

    @property
    def filename(self):
        return f"kureiv-{self.key}.{'png' if self.format == 'PNG' else 'jpg'}"


# Abstract heroes -----------------------------------------------------------------


def gradient(size, start, end):
    """A diagonal blend from ``start`` (top left) to ``end`` (bottom right)."""
    horizontal = PILImage.linear_gradient("L").rotate(90).resize(size)
    vertical = PILImage.linear_gradient("L").resize(size)
    mask = PILImage.blend(horizontal, vertical, 0.5)
    return PILImage.composite(PILImage.new("RGB", size, end), PILImage.new("RGB", size, start), mask)


def draw_circles(draw, rng, palette, size):
    width, height = size
    for _ in range(7):
        radius = rng.randint(height // 6, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = rng.choice(palette.accents) + (rng.randint(45, 95),)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)


def draw_waves(draw, rng, palette, size):
    width, height = size
    for layer in range(4):
        base = height * (0.45 + 0.13 * layer)
        amplitude = rng.uniform(height * 0.04, height * 0.09)
        wavelength = rng.uniform(width * 0.6, width * 1.2)
        phase = rng.uniform(0, 2 * math.pi)
        crest = [
            (x, base + amplitude * math.sin(2 * math.pi * x / wavelength + phase)) for x in range(0, width + 10, 10)
        ]
        colour = palette.accents[layer % len(palette.accents)] + (70 + 15 * layer,)
        draw.polygon(crest + [(width, height), (0, height)], fill=colour)


def draw_ripples(draw, rng, palette, size):
    width, height = size
    centre = (rng.choice((0.15, 0.85)) * width, rng.choice((0.2, 0.8)) * height)
    for ring in range(9, 0, -1):
        radius = ring * height * 0.16
        colour = palette.accents[ring % len(palette.accents)] + (40,)
        box = (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius)
        draw.ellipse(box, outline=colour, width=max(6, ring * 3))


MOTIF_PAINTERS = {"circles": draw_circles, "waves": draw_waves, "ripples": draw_ripples}


def abstract_hero(palette_key, motif, seed):
    """A calm 1600×900 composition: a gradient with one soft motif over it."""
    palette = PALETTES[palette_key]
    sketch = gradient(SKETCH_SIZE, palette.start, palette.end)
    MOTIF_PAINTERS[motif](ImageDraw.Draw(sketch, "RGBA"), random.Random(seed), palette, SKETCH_SIZE)
    return sketch.filter(ImageFilter.GaussianBlur(2)).resize(HERO_SIZE, PILImage.Resampling.BICUBIC)


def hero_spec(key, palette_key, motif, seed):
    palette = PALETTES[palette_key]
    return ImageSpec(
        key=key,
        title=f"Abstract {palette.words} {motif}",
        description=f"Abstract image: a soft {palette.words} gradient with {MOTIFS[motif]}",
        draw=lambda: abstract_hero(palette_key, motif, seed),
    )


# Drawn pictures: logo, portraits, diagrams, one illustration ---------------------------


def supersampled(size, paint, background=SAND, mode="RGB", canvas=None):
    """Let ``paint(draw, scale)`` draw at a larger scale, then shrink for smooth edges.

    ``canvas(size)`` may return a picture to paint over instead of a plain ``background``.
    """
    big_size = (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE)
    big = canvas(big_size) if canvas else PILImage.new(mode, big_size, background)
    paint(ImageDraw.Draw(big), SUPERSAMPLE)
    return big.resize(size, PILImage.Resampling.LANCZOS)


def font(size):
    """Pillow's bundled font, so no system fonts are needed."""
    return ImageFont.load_default(size=size)


def scaled(box, scale):
    return tuple(value * scale for value in box)


def logo_mark():
    """A teal disc with a white drop, as in an IV drip."""

    def paint(draw, s):
        draw.ellipse((0, 0, 256 * s - 1, 256 * s - 1), fill=TEAL)
        cx, cy, radius, apex = 128 * s, 150 * s, 50 * s, 52 * s
        angle = math.acos(radius / (cy - apex))  # where the drop's sides touch its round base
        side_x, side_y = radius * math.sin(angle), cy - radius * math.cos(angle)
        draw.polygon([(cx, apex), (cx - side_x, side_y), (cx + side_x, side_y)], fill=WHITE)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=WHITE)

    return supersampled((256, 256), paint, background=(0, 0, 0, 0), mode="RGBA")


def portrait(initials, colour):
    """A placeholder portrait: initials on a coloured disc."""

    def paint(draw, s):
        draw.ellipse(scaled((24, 24, 376, 376), s), fill=colour)
        draw.text((200 * s, 205 * s), initials, font=font(140 * s), fill=WHITE, anchor="mm")

    return supersampled((400, 400), paint)


def induction_timeline():
    """Four weeks with six numbered infusion days."""
    schedule = [(0, 0.3), (0, 0.75), (1, 0.3), (1, 0.75), (2, 0.5), (3, 0.5)]

    def paint(draw, s):
        draw.text((60 * s, 60 * s), "A typical first course of infusions", font=font(60 * s), fill=NAVY)
        left, week_width, line_y = 60, 270, 400
        for week in range(4):
            x0 = left + week * week_width
            draw.rounded_rectangle(
                scaled((x0 + 8, 190, x0 + week_width - 8, 560), s),
                radius=28 * s,
                fill=WHITE,
                outline=SOFT_TEAL,
                width=4 * s,
            )
            label_at = ((x0 + week_width / 2) * s, 250 * s)
            draw.text(label_at, f"Week {week + 1}", font=font(52 * s), fill=SLATE, anchor="mm")
        draw.line(scaled((left + 30, line_y, left + 4 * week_width - 30, line_y), s), fill=SAGE, width=6 * s)
        for number, (week, position) in enumerate(schedule, start=1):
            x = left + week * week_width + position * week_width
            draw.ellipse(scaled((x - 44, line_y - 44, x + 44, line_y + 44), s), fill=TEAL)
            draw.text((x * s, line_y * s), str(number), font=font(56 * s), fill=WHITE, anchor="mm")
        for line, text in enumerate(["Your own schedule is planned with you", "and may differ."]):
            draw.text((60 * s, (620 + line * 64) * s), text, font=font(48 * s), fill=SLATE)

    return supersampled(DIAGRAM_SIZE, paint)


def monitoring_cards():
    """Four cards, two by two: blood pressure, heart rate, oxygen level, how you feel."""

    def gauge(draw, cx, cy, s):
        draw.arc(scaled((cx - 70, cy - 70, cx + 70, cy + 70), s), 180, 360, fill=TEAL, width=14 * s)
        draw.line(scaled((cx, cy, cx + 45, cy - 45), s), fill=NAVY, width=10 * s)
        draw.ellipse(scaled((cx - 14, cy - 14, cx + 14, cy + 14), s), fill=NAVY)

    def pulse(draw, cx, cy, s):
        points = [(-90, 0), (-40, 0), (-20, -60), (10, 55), (35, 0), (90, 0)]
        draw.line([((cx + x) * s, (cy + y) * s) for x, y in points], fill=TEAL, width=12 * s, joint="curve")

    def oxygen(draw, cx, cy, s):
        draw.ellipse(scaled((cx - 70, cy - 70, cx + 70, cy + 70), s), outline=TEAL, width=12 * s)
        draw.text((cx * s, cy * s), "O2", font=font(60 * s), fill=NAVY, anchor="mm")

    def face(draw, cx, cy, s):
        draw.ellipse(scaled((cx - 70, cy - 70, cx + 70, cy + 70), s), outline=TEAL, width=12 * s)
        for eye_x in (cx - 25, cx + 25):
            draw.ellipse(scaled((eye_x - 9, cy - 30, eye_x + 9, cy - 12), s), fill=NAVY)
        draw.arc(scaled((cx - 35, cy - 20, cx + 35, cy + 35), s), 20, 160, fill=NAVY, width=8 * s)

    cards = [("Blood pressure", gauge), ("Heart rate", pulse), ("Oxygen level", oxygen), ("How you feel", face)]

    def paint(draw, s):
        draw.text((60 * s, 60 * s), "What we check during every infusion", font=font(56 * s), fill=NAVY)
        for index, (label, icon) in enumerate(cards):
            x0, y0 = 60 + (index % 2) * 560, 190 + (index // 2) * 440
            draw.rounded_rectangle(
                scaled((x0, y0, x0 + 520, y0 + 400), s), radius=32 * s, fill=WHITE, outline=SOFT_TEAL, width=5 * s
            )
            icon(draw, x0 + 260, y0 + 160, s)
            draw.text(((x0 + 260) * s, (y0 + 320) * s), label, font=font(60 * s), fill=NAVY, anchor="mm")

    return supersampled(MONITORING_SIZE, paint)


def woman_on_couch():
    """A flat illustration: an older woman on a couch, holding her shoulder in pain."""
    skin, hair, trousers, cardigan, arm = (214, 165, 128), (200, 200, 204), NAVY, TEAL, DEEP_TEAL

    def paint(draw, s):
        def box(*coords):
            return scaled(coords, s)

        draw.rectangle(box(0, 770, 1600, 900), fill=WARM_SAND)
        draw.ellipse(box(140, 130, 340, 330), fill=SOFT_SAGE)  # a round picture on the wall
        # The couch.
        draw.rounded_rectangle(box(380, 400, 1220, 650), radius=60 * s, fill=SAGE)
        draw.rounded_rectangle(box(360, 600, 1240, 720), radius=40 * s, fill=(122, 155, 135))
        for x0 in (300, 1180):
            draw.rounded_rectangle(box(x0, 520, x0 + 120, 740), radius=50 * s, fill=(122, 155, 135))
        for x0 in (380, 1190):
            draw.rectangle(box(x0, 730, x0 + 30, 785), fill=SLATE)
        # A plant on the floor.
        draw.rounded_rectangle(box(1330, 660, 1410, 785), radius=12 * s, fill=CORAL)
        for angle in (-60, -25, 10, 45):
            tip_x, tip_y = 1370 + 110 * math.sin(math.radians(angle)), 665 - 130 * math.cos(math.radians(angle))
            draw.line(box(1370, 665, tip_x, tip_y), fill=(96, 130, 110), width=26 * s)
        # The woman, seated: lower legs, lap, body, head, then her arms.
        for x0 in (702, 798):
            draw.rounded_rectangle(box(x0, 660, x0 + 60, 800), radius=24 * s, fill=trousers)
            draw.ellipse(box(x0 - 10, 785, x0 + 75, 820), fill=SLATE)
        draw.rounded_rectangle(box(680, 400, 880, 650), radius=60 * s, fill=cardigan)
        draw.rounded_rectangle(box(672, 600, 888, 690), radius=35 * s, fill=trousers)
        draw.rectangle(box(764, 370, 796, 415), fill=skin)
        draw.ellipse(box(718, 272, 842, 388), fill=hair)
        draw.ellipse(box(806, 248, 856, 298), fill=hair)  # a bun
        draw.ellipse(box(730, 300, 830, 404), fill=skin)
        for eye_x in (760, 800):  # eyes shut tight, brows drawn together
            draw.arc(box(eye_x - 11, 346, eye_x + 11, 362), 200, 340, fill=NAVY, width=4 * s)
        draw.line(box(747, 336, 769, 341), fill=NAVY, width=4 * s)
        draw.line(box(791, 341, 813, 336), fill=NAVY, width=4 * s)
        draw.arc(box(766, 378, 794, 394), 200, 340, fill=NAVY, width=4 * s)
        draw.line(box(862, 445, 890, 560, 842, 612), fill=arm, width=38 * s, joint="curve")
        draw.ellipse(box(822, 594, 858, 630), fill=skin)
        draw.line(box(700, 445, 738, 570, 846, 450), fill=arm, width=38 * s, joint="curve")
        draw.ellipse(box(824, 426, 872, 474), fill=skin)
        for start, end in (((888, 412), (928, 384)), ((898, 440), (944, 434)), ((872, 390), (892, 350))):
            draw.line(box(*start, *end), fill=CORAL, width=8 * s)  # marks of pain at the shoulder

    return supersampled(HERO_SIZE, paint, canvas=lambda size: gradient(size, SOFT_TEAL, SAND))


PORTRAIT_COLOURS = [("teal", TEAL), ("navy", NAVY), ("sage green", (96, 130, 110))]


def portrait_spec(key, name, index):
    """A placeholder portrait for a person; editors replace it with a real photo."""
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    colour_words, colour = PORTRAIT_COLOURS[index % len(PORTRAIT_COLOURS)]
    return ImageSpec(
        key=key,
        title=f"Portrait placeholder: {name}",
        description=f"Placeholder portrait: the initials {initials} in white on a {colour_words} circle",
        draw=lambda: portrait(initials, colour),
    )


#: Every image except portraits, which are made from the people in content/people.toml.
IMAGE_SPECS = [
    ImageSpec(
        key="logo",
        title="KureIV logo mark",
        description="KureIV logo: a white drop on a teal circle",
        draw=logo_mark,
        format="PNG",
    ),
    hero_spec("hero-home", "teal-sand", "circles", seed=11),
    hero_spec("hero-first-infusion", "sage-sand", "waves", seed=12),
    hero_spec("hero-depression", "navy-teal", "ripples", seed=13),
    hero_spec("hero-checklist", "sand-sage", "circles", seed=14),
    hero_spec("hero-ptsd", "navy-teal", "waves", seed=15),
    hero_spec("hero-anxiety-ocd", "sage-sand", "ripples", seed=16),
    hero_spec("hero-bipolar", "teal-sand", "waves", seed=17),
    hero_spec("hero-clinic-safety", "sand-sage", "ripples", seed=18),
    hero_spec("hero-between-infusions", "sage-sand", "circles", seed=19),
    hero_spec("hero-medicines", "navy-teal", "circles", seed=20),
    ImageSpec(
        key="illustration-chronic-pain",
        title="Illustration: older woman on a couch holding her shoulder",
        description="Illustration of an older woman with grey hair sitting on a couch, holding her shoulder in pain",
        draw=woman_on_couch,
    ),
    ImageSpec(
        key="diagram-induction",
        title="Diagram: six infusions over four weeks",
        description="Diagram of four weeks with six numbered infusion days: two in each of the first two weeks, "
        "then one in each of the last two",
        draw=induction_timeline,
        format="PNG",
    ),
    ImageSpec(
        key="diagram-monitoring",
        title="Diagram: what we check during an infusion",
        description="Diagram of four cards naming what is checked during every infusion: blood pressure, "
        "heart rate, oxygen level and how you feel",
        draw=monitoring_cards,
        format="PNG",
    ),
]


def encode(picture, image_format):
    buffer = io.BytesIO()
    if image_format == "PNG":
        picture.save(buffer, "PNG")
    else:
        picture.convert("RGB").save(buffer, "JPEG", quality=85, progressive=True)
    return buffer.getvalue()


def demo_collection():
    """Demo images are kept in their own collection, so ``check --deploy`` can tell them apart (core.launch_checks)."""
    collection = Collection.objects.filter(name=DEMO_COLLECTION).first()
    return collection or Collection.get_first_root_node().add_child(name=DEMO_COLLECTION)


def get_or_create_image(spec):
    """The Wagtail image with this spec's title, drawn and stored if it does not exist yet.

    The file goes through the image field's storage (Django's default storage), so this
    works the same on a local disk and on S3. Returns ``(image, created)``.
    """
    existing = Image.objects.filter(title=spec.title).first()
    if existing:
        return existing, False
    picture = spec.draw()
    width, height = picture.size
    image = Image(
        collection=demo_collection(),
        title=spec.title,
        description=spec.description,
        width=width,
        height=height,
        file=ContentFile(encode(picture, spec.format), name=spec.filename),
    )
    image._set_image_file_metadata()
    image.save()
    return image, True
