"""Every word of the demo site, as data.

Stream bodies are written in Wagtail's raw JSON form (``{"type": ..., "value": ...}``)
through the small helpers below. Two kinds of reference are filled in by the loader:
``ImageRef("key")`` becomes an image id, and ``<a href="page:slug">`` becomes an
internal page link (``<a linktype="page" id="…">``), so links follow a page if its
slug changes.

Medical wording is deliberately careful: no promises, side effects and who should
not have ketamine stated plainly, and the treatment disclaimer placed on every
service page. A medical reviewer should still read it before it goes live.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, time


@dataclass(frozen=True)
class ImageRef:
    """Points at an image by its key in ``images.IMAGE_SPECS`` (or a person's portrait key)."""

    key: str


# Helpers for writing stream bodies ------------------------------------------------------


def link(slug, text):
    """An internal link to the page with this slug; the loader turns it into a page link."""
    return f'<a href="page:{slug}">{text}</a>'


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def rich(*parts):
    """Rich text HTML: lists made with ``ul``/``ol`` pass through, other parts become paragraphs."""
    return "".join(part if part.startswith(("<ul>", "<ol>")) else f"<p>{part}</p>" for part in parts)


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*parts):
    return {"type": "paragraph", "value": rich(*parts)}


def quote(text, attribution):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def figure(image_key, alt_text, caption):
    return {
        "type": "figure",
        "value": {
            "image": {"image": ImageRef(image_key), "alt_text": alt_text, "decorative": False},
            "caption": caption,
        },
    }


def faq(*pairs, title="Frequently asked questions"):
    """An FAQ block from ``(question, answer_html)`` pairs. List items need ids to be read in this form."""
    items = [
        {"type": "item", "value": {"question": question, "answer": answer}, "id": str(uuid.uuid4())}
        for question, answer in pairs
    ]
    return {"type": "faq", "value": {"heading": title, "items": items}}


def call_to_action(title, text, button_label="Request a consultation"):
    """A consultation prompt; with no page chosen, the button leads to the consultation page."""
    return {
        "type": "call_to_action",
        "value": {"heading": title, "text": text, "button_label": button_label, "page": None},
    }


DISCLAIMER = {"type": "disclaimer", "value": None}


# Shapes of the content ---------------------------------------------------------------


@dataclass(frozen=True)
class PersonContent:
    key: str
    name: str
    credentials: str
    role: str
    bio: str
    honorific: str = ""

    @property
    def portrait(self):
        return f"portrait-{self.key}"


@dataclass(frozen=True)
class CategoryContent:
    slug: str
    name: str
    description: str


@dataclass(frozen=True)
class ServiceContent:
    slug: str
    title: str
    short_name: str
    condition_name: str
    summary: str
    body: list
    mental_health: bool = True


@dataclass(frozen=True)
class PostContent:
    slug: str
    title: str
    intro: str
    published: date
    author: str
    hero: str
    body: list
    categories: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    services: list = field(default_factory=list)
    hero_alt: str = ""


@dataclass(frozen=True)
class StandardPageContent:
    slug: str
    title: str
    intro: str
    body: list


# The clinic ---------------------------------------------------------------------------

CLINIC = {
    "name": "KureIV",
    "tagline": "Evidence Based Treatments That Work!",
    # A 555 demo number: the clinic's real number is entered under Settings › Clinic settings.
    "phone": "(713) 555-0142",
    "about_text": (
        "KureIV offers safe, closely monitored ketamine infusion therapy for people living with major "
        "depression, bipolar disorder, severe anxiety, PTSD, OCD and chronic pain, in a friendly and "
        "professional setting."
    ),
    "crisis_notice": (
        '<p><b>In crisis?</b> Call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline), any time. '
        'In an emergency call <a href="tel:911">911</a>. Our team cannot respond to urgent requests sent '
        "through this website.</p>"
    ),
    "disclaimer": (
        "<p><b>About this treatment.</b> Ketamine is approved by the FDA as an anesthetic. Using ketamine "
        "infusions for depression, bipolar depression, anxiety, PTSD, OCD or chronic pain is an off-label use; "
        "a related nasal spray, esketamine, is approved for some adults with depression. Results vary from "
        "person to person and are not guaranteed. This information is general: it is not a substitute for "
        "emergency care or for advice from your own doctor, so please talk to them about your treatment.</p>"
    ),
}

HOME = {
    "hero_heading": "Ketamine infusion therapy in Houston, given with care",
    "hero_text": (
        "When depression, anxiety, PTSD, OCD or chronic pain have not eased with other treatments, ketamine "
        "infusions may help. Our clinicians review every patient carefully and monitor each infusion from "
        "start to finish."
    ),
    "hero_image": "hero-home",
    "conditions_intro": (
        "Ketamine is not right for everyone. We look at your history and current treatment before we "
        "recommend anything, and we work alongside your own doctors."
    ),
    "body": [
        heading("How getting started works"),
        paragraph(
            ol(
                "<b>Request a consultation.</b> Tell us how to reach you, online or by phone.",
                "<b>Talk with our team.</b> We call you to hear about your situation and answer your questions.",
                "<b>Medical evaluation.</b> If ketamine may suit you, we review your health in detail at the clinic.",
                "<b>Your treatment plan.</b> Most people start with six infusions over three to four weeks, "
                "with a review at the end.",
            )
        ),
        heading("Safety at every visit"),
        paragraph(
            "A trained clinician stays with you throughout each infusion and monitors your blood pressure, heart "
            "rate and oxygen level. You rest until you are steady, and an adult takes you home. Read "
            f"{link('why-ketamine-infusions-are-given-in-a-clinic', 'why we only give ketamine in our clinic')}."
        ),
        DISCLAIMER,
    ],
}

SERVICE_INDEX_INTRO = (
    "We offer ketamine infusion therapy for six conditions. Each page explains what the condition is, how "
    "ketamine may help, what a course of treatment involves and who it is not suitable for."
)
BLOG_INDEX_INTRO = (
    "Plain-language articles from our clinical team about ketamine treatment, the conditions we treat and "
    "what to expect at the clinic."
)
LOCATION_INDEX_INTRO = "Where to find us, when we are open and how to get here."

LOCATION = {
    "slug": "houston",
    "title": "KureIV Houston",
    "street_address": "8200 Wednesbury Ln, Suite 225",
    "locality": "Houston",
    "region": "TX",
    "postal_code": "77074",
    "latitude": "29.691400",
    "longitude": "-95.522300",
    "intro": (
        "Our clinic is in southwest Houston, a short drive from US-59 (I-69) and Beltway 8. The suite is on "
        "the second floor, with an elevator from the lobby."
    ),
    "directions": (
        "<ul><li><b>By car:</b> we are a short drive from US-59 (I-69) and Beltway 8. Search for our address in "
        "your map app, or use the directions link on this page.</li>"
        "<li><b>Inside the building:</b> take the elevator or the stairs to the second floor and follow the signs "
        "to Suite 225.</li>"
        '<li><b>By bus:</b> METRO\'s <a href="https://www.ridemetro.org/">trip planner</a> shows routes to our '
        "address. Remember that you will need an adult to take you home after an infusion.</li></ul>"
    ),
    "parking": (
        "<p>Free surface parking is available in front of the building, including accessible spaces near the "
        "entrance. If someone is driving you home after an infusion, we will tell them roughly when to come "
        "back for you.</p>"
    ),
    # (weekday 0 = Monday, opens, closes, closed)
    "opening_hours": [(day, time(8), time(17), False) for day in range(5)]
    + [(5, None, None, True), (6, None, None, True)],
    # (start, end or None, reason)
    "closures": [
        (date(2026, 11, 26), date(2026, 11, 27), "Thanksgiving"),
        (date(2026, 12, 24), date(2026, 12, 25), "Christmas"),
        (date(2027, 1, 1), None, "New Year's Day"),
    ],
}

CONSULTATION = {
    "slug": "consultation",
    "title": "Request a consultation",
    "intro": (
        "Tell us how to reach you and what you would like help with. A member of our clinical team will get in "
        "touch during office hours to hear about your situation, answer your questions and explain whether "
        "ketamine treatment might suit you. Asking for a consultation does not commit you to anything."
    ),
    "body": [
        heading("What happens next"),
        paragraph(
            ol(
                "We contact you the way you asked, by phone, text or e-mail, during office hours.",
                "We talk through your symptoms, past treatment and general health, and answer your questions.",
                "If ketamine looks like a reasonable option, we book a full medical evaluation at the clinic.",
                "If it doesn't, we explain why and, where we can, suggest other options to discuss with your doctor.",
            )
        ),
        heading("Please keep it brief"),
        paragraph(
            "Please don't put detailed medical information in the form. We will ask about your health on the "
            f"phone. Our {link('privacy-policy', 'privacy policy')} explains what we keep and for how long.",
            'This form is not checked around the clock. If you are in crisis, call or text <a href="tel:988">988</a> '
            'at any time, or call <a href="tel:911">911</a> in an emergency.',
        ),
    ],
}

# People and blog categories ----------------------------------------------------------------
# The people are invented for the demo; replace them with the clinic's own team.

PEOPLE = [
    PersonContent(
        key="medical-director",
        honorific="Dr.",
        name="Anjali Mehta",
        credentials="MD",
        role="Medical Director",
        bio=(
            "Dr. Mehta is a board-certified anesthesiologist who has worked in hospital operating rooms and pain "
            "clinics. She leads KureIV's medical team, reviews every patient's evaluation and writes our treatment "
            "protocols. She is especially interested in helping people whose depression or pain has not responded "
            "to standard care."
        ),
    ),
    PersonContent(
        key="crna",
        name="Marcus Bell",
        credentials="CRNA",
        role="Certified Registered Nurse Anesthetist",
        bio=(
            "Marcus has spent more than ten years giving anesthesia and sedation in hospitals and surgery centers. "
            "At KureIV he sets up and monitors infusions, and he is often the calm voice in the room during a "
            "patient's first visit."
        ),
    ),
    PersonContent(
        key="nurse-practitioner",
        name="Elena Vasquez",
        credentials="PMHNP-BC",
        role="Psychiatric Nurse Practitioner",
        bio=(
            "Elena is a board-certified psychiatric mental health nurse practitioner. She carries out mental health "
            "evaluations, follows each patient's progress through treatment and works closely with patients' own "
            "therapists and psychiatrists."
        ),
    ),
]

CATEGORIES = [
    CategoryContent(
        "treatment", "Treatment", "How ketamine infusion therapy works, how it is given and how we keep it safe."
    ),
    CategoryContent(
        "conditions", "Conditions", "The conditions we treat, and what the evidence says about ketamine for each."
    ),
    CategoryContent("patient-guides", "Patient guides", "Practical help for before, during and after your infusions."),
    CategoryContent("research", "Research", "Plain-language summaries of studies on ketamine and related treatments."),
]


# Conditions we treat ----------------------------------------------------------------------

MONITORING = "a clinician monitors your blood pressure, heart rate and oxygen level throughout"
NO_DRIVING = (
    "You must not drive, use machinery or make important decisions for the rest of the day after an infusion, "
    "so please arrange for an adult to take you home."
)

SERVICES = [
    ServiceContent(
        slug="depression",
        title="Ketamine infusion therapy for depression",
        short_name="Depression",
        condition_name="Major depressive disorder",
        summary=(
            "Ketamine infusions may ease the symptoms of major depression when other treatments have not helped "
            "enough. We assess every patient carefully and monitor each infusion from start to finish."
        ),
        body=[
            heading("What is major depression?"),
            paragraph(
                "Major depression is more than feeling sad for a while. It is a medical condition that affects mood, "
                "sleep, appetite, energy and concentration for weeks or longer. Many people lose interest "
                "in things they used to enjoy, and some have thoughts that life is not worth living.",
                "Most people improve with talk therapy, antidepressant medicines or both. But for some, two or "
                "more medicines, taken at the right dose for long enough, have not brought enough relief. Doctors "
                "call this <i>treatment-resistant depression</i>. It is common, and it is not a personal failing.",
            ),
            heading("How ketamine treatment can help"),
            paragraph(
                "Ketamine has been used safely as an anesthetic for decades. At much lower doses, given slowly into "
                "a vein, it acts on glutamate, one of the brain's main chemical messengers. Researchers think this "
                "helps nerve cells form new connections, which may explain why mood can lift within hours or days "
                "rather than weeks.",
                "Studies since the early 2000s have found that many people with treatment-resistant depression feel "
                "better after a course of infusions. Not everyone responds, and the benefit can fade over time, so we "
                "track your progress and plan next steps with you. Ketamine usually works alongside your current "
                "care, not instead of it.",
            ),
            heading("What a course of treatment looks like"),
            paragraph(
                ul(
                    "<b>Consultation and evaluation.</b> We review your history, medicines and past treatments, check "
                    "your blood pressure and heart, and ask you to fill in a short mood questionnaire.",
                    "<b>A first course of infusions.</b> A typical course is six infusions over three to four weeks. "
                    "For depression the infusion itself often takes about 40 minutes, and you will be with us for "
                    "around two hours in all.",
                    f"<b>During each infusion.</b> You rest in a reclining chair while {MONITORING}.",
                    "<b>Review and follow-up.</b> We repeat the questionnaire to see what has changed. Some people "
                    "later have occasional “booster” infusions; others do not need them.",
                ),
                "Please keep seeing your own doctor, psychiatrist or therapist. With your permission, we are glad "
                "to keep them informed.",
            ),
            heading("Risks and who it is not for"),
            paragraph(
                "Most side effects are mild and pass within an hour or two. They can include:",
                ul(
                    "feeling detached, dreamy or “floaty” (dissociation), and changes in how things look or sound",
                    "nausea or dizziness",
                    "a short-lived rise in blood pressure and heart rate",
                    "drowsiness and tiredness for the rest of the day",
                ),
                "Ketamine is not safe for everyone. We may advise against it if you have uncontrolled high blood "
                "pressure, certain heart conditions, a history of psychosis or current psychotic symptoms, or active "
                "drug or alcohol misuse, or if you are pregnant. Every request is considered case by case.",
                NO_DRIVING,
            ),
            faq(
                (
                    "How soon might I notice a difference?",
                    rich(
                        "Some people feel a change within a day of their first or second infusion; others notice it "
                        "gradually. Some do not benefit, and we will tell you honestly if that seems to be the case."
                    ),
                ),
                (
                    "Do I need to stop my antidepressant?",
                    rich(
                        "Usually not. A few medicines, such as benzodiazepines and lamotrigine, may weaken ketamine's "
                        "effect, so we review everything you take. Never change a medicine without talking to the "
                        "doctor who prescribes it."
                    ),
                ),
                (
                    "Is this the same as the esketamine nasal spray?",
                    rich(
                        "No. Esketamine (Spravato) is an FDA-approved nasal spray for some adults with depression. "
                        "We give ketamine into a vein, which is an off-label use."
                    ),
                ),
            ),
            DISCLAIMER,
        ],
    ),
    ServiceContent(
        slug="bipolar-disorder",
        title="Ketamine infusion therapy for bipolar depression",
        short_name="Bipolar disorder",
        condition_name="Bipolar disorder (depressive episodes)",
        summary=(
            "For some people with bipolar disorder, ketamine infusions may ease a depressive episode that has not "
            "responded to other treatment. Careful screening and close work with your psychiatrist come first."
        ),
        body=[
            heading("What is bipolar disorder?"),
            paragraph(
                "Bipolar disorder causes large shifts in mood and energy. People have periods of depression and "
                "periods of mania or hypomania, when they may feel unusually energetic, sleep very little, talk fast "
                "or take risks. For many people, the depressive periods last longer and are harder to treat than the "
                "highs.",
                "Treatment usually combines a mood stabilizer and other medicines with regular care from a "
                "psychiatrist, and support such as therapy and steady daily routines.",
            ),
            heading("How ketamine treatment can help"),
            paragraph(
                "Research on ketamine in bipolar disorder is smaller than for major depression. Even so, several "
                "studies have found that infusions can lift bipolar depression quickly in some people, and that "
                "switching into mania was uncommon. We only consider ketamine for <b>bipolar depression</b>, never "
                "during an episode of mania, hypomania or a mixed state.",
                "Ketamine is an add-on, not a replacement. You keep taking your mood stabilizer, and we ask to work "
                "with your psychiatrist so that everyone knows what is happening.",
            ),
            heading("What a course of treatment looks like"),
            paragraph(
                ul(
                    "<b>Screening.</b> We talk through your mood history, recent episodes, medicines and any history "
                    "of psychosis. We may ask for your psychiatrist's notes.",
                    f"<b>A first course.</b> Often six infusions over three to four weeks, and {MONITORING}.",
                    "<b>Watching for changes.</b> Before each visit we check for signs of rising mood, poor sleep or "
                    "restlessness. If we see them, we pause and contact your psychiatrist.",
                    "<b>Review.</b> At the end of the course we look at how you have responded and agree on next "
                    "steps together.",
                )
            ),
            heading("Risks and who it is not for"),
            paragraph(
                "Common side effects during and shortly after an infusion include feeling detached or dreamlike, "
                "nausea, dizziness, a rise in blood pressure and drowsiness. These usually settle within a couple "
                "of hours.",
                "Ketamine is not suitable if you are manic, hypomanic or in a mixed episode, or if you have psychotic "
                "symptoms. We also advise against it for people with uncontrolled high blood pressure, certain heart "
                "conditions or active substance misuse, and during pregnancy. Each case is assessed individually.",
                NO_DRIVING,
            ),
            faq(
                (
                    "Can ketamine trigger a manic episode?",
                    rich(
                        "In studies this has been uncommon, especially in people taking a mood stabilizer. It is still "
                        "possible, which is why we screen carefully, check your mood before each infusion and keep in "
                        "touch with your psychiatrist."
                    ),
                ),
                (
                    "Do I have to stop lithium or my other medicines?",
                    rich(
                        "No. Keep taking them unless your own psychiatrist advises a change. Some medicines, such as "
                        "lamotrigine, may affect how well ketamine works, so please bring a full, current list to your "
                        "consultation."
                    ),
                ),
                (
                    "What if I have had psychosis in the past?",
                    rich(
                        "Tell us at your consultation. A past history of psychosis needs careful thought and may mean "
                        "ketamine is not right for you. Current psychotic symptoms rule it out."
                    ),
                ),
            ),
            DISCLAIMER,
        ],
    ),
    ServiceContent(
        slug="anxiety",
        title="Ketamine infusion therapy for severe anxiety",
        short_name="Anxiety",
        condition_name="Anxiety disorders",
        summary=(
            "When severe anxiety has not eased with therapy and medicine, ketamine infusions may bring relief for "
            "some people. We look at your whole history first and monitor every infusion closely."
        ),
        body=[
            heading("What is severe anxiety?"),
            paragraph(
                "Everyone feels anxious sometimes. An anxiety disorder is different: the worry or fear is strong, hard "
                "to control and lasts for months, and it gets in the way of work, sleep and relationships. It can "
                "show up as constant worry (generalized anxiety disorder), intense fear of social situations (social "
                "anxiety disorder) or sudden panic attacks. Physical signs are common too, such as a racing heart, "
                "tight muscles, stomach trouble and poor sleep.",
                "Talking therapies such as cognitive behavioral therapy (CBT) and medicines such as SSRIs help many "
                "people. When they have not helped enough, it is reasonable to look at other options.",
            ),
            heading("How ketamine treatment can help"),
            paragraph(
                "Ketamine acts on glutamate, a chemical messenger involved in how the brain learns and adapts. Small "
                "studies in people with long-lasting generalized and social anxiety have found that low-dose ketamine "
                "reduced anxiety for some of them, often along with better mood. The evidence is still early, and "
                "ketamine infusions for anxiety are an off-label use.",
                "Anxiety and depression often occur together, and many of our patients with anxiety also live with "
                "depression. We look at the whole picture before suggesting a plan.",
            ),
            heading("What a course of treatment looks like"),
            paragraph(
                ul(
                    "<b>Evaluation.</b> We review your symptoms, past treatments, medicines and general health, and "
                    "check your blood pressure and heart.",
                    "<b>Preparing for the first visit.</b> Feeling nervous about treatment is normal. We explain each "
                    "step beforehand, and you are welcome to bring music or an eye mask.",
                    f"<b>Infusions.</b> A first course is often six infusions over three to four weeks; {MONITORING} "
                    "and stays close by.",
                    "<b>Follow-up.</b> We check on your progress and suggest next steps, which may include therapy to "
                    "build on any change you notice.",
                )
            ),
            heading("Risks and who it is not for"),
            paragraph(
                "Ketamine can cause a dreamlike or detached feeling, changes in how things look or sound, nausea, "
                "dizziness, a temporary rise in blood pressure and drowsiness. For some people with anxiety these "
                "feelings are unsettling at first, so we start carefully and can slow or stop the infusion at any "
                "time.",
                "It may not be suitable if you have uncontrolled high blood pressure, certain heart conditions, a "
                "history of psychosis or active substance misuse, or if you are pregnant. We decide case by case.",
                NO_DRIVING,
            ),
            faq(
                (
                    "Will the infusion make my anxiety worse?",
                    rich(
                        "Some people feel uneasy as the medicine starts to work. This usually passes quickly. We talk "
                        "you through it, keep the room calm, and can lower the rate or stop if you need us to."
                    ),
                ),
                (
                    "Can I keep taking my anxiety medicine?",
                    rich(
                        "Most medicines can be continued. Benzodiazepines, such as alprazolam or lorazepam, may reduce "
                        "ketamine's effect, so we may ask you to talk to your prescriber about the timing of doses "
                        "around an infusion. Please don't change anything on your own."
                    ),
                ),
                (
                    "Is ketamine a replacement for therapy?",
                    rich(
                        "No. Many people find therapy works well alongside ketamine treatment. If you don't have a "
                        "therapist, we can suggest how to find one."
                    ),
                ),
            ),
            DISCLAIMER,
        ],
    ),
    ServiceContent(
        slug="ptsd",
        title="Ketamine infusion therapy for PTSD",
        short_name="PTSD",
        condition_name="Post-traumatic stress disorder",
        summary=(
            "Ketamine infusions are being studied as a way to ease PTSD symptoms when standard treatments have not "
            "helped enough. We offer them with careful screening, a calm setting and close monitoring."
        ),
        body=[
            heading("What is PTSD?"),
            paragraph(
                "Post-traumatic stress disorder (PTSD) can develop after a frightening or life-threatening event, such "
                "as combat, an assault, an accident or a disaster. People with PTSD may relive the event through "
                "nightmares or flashbacks, avoid reminders of it, feel constantly on guard, and find it hard to sleep "
                "or concentrate. Many also live with depression or anxiety.",
                "Trauma-focused therapies, such as prolonged exposure and cognitive processing therapy, are the "
                "best-studied treatments, and some medicines help too. Even so, many people still have troubling "
                "symptoms after trying them.",
            ),
            heading("How ketamine treatment can help"),
            paragraph(
                "Researchers are studying ketamine for PTSD because of the way it acts on glutamate and on the brain's "
                "ability to form new connections. In one small controlled trial, people with long-lasting PTSD who "
                "received six ketamine infusions over two weeks improved more than people given a comparison "
                "medicine. Other studies have had mixed results, and more research is needed.",
                "We see ketamine as one possible part of a wider plan. For many people, the best results may come from "
                "combining infusions with trauma-focused therapy. Read "
                f"{link('ketamine-and-ptsd-research', 'what the research says so far')}.",
            ),
            heading("What a course of treatment looks like"),
            paragraph(
                ul(
                    "<b>A careful conversation.</b> You don't need to describe your trauma in detail. We ask about "
                    "your symptoms, past treatment, medicines, general health and what feels safe for you.",
                    "<b>Your choices in the room.</b> You can choose the lighting, bring music or an eye mask, and "
                    "agree on a signal if you want us to pause.",
                    f"<b>A first course.</b> Often six infusions over three to four weeks; {MONITORING}.",
                    "<b>Follow-up.</b> We review your progress with you and, with your permission, with your "
                    "therapist.",
                )
            ),
            heading("Risks and who it is not for"),
            paragraph(
                "During an infusion you may feel detached or dreamlike, notice changes in how things look or sound, or "
                "feel sick or dizzy. Blood pressure and heart rate often rise for a short time, and drowsiness can "
                "last for the rest of the day. Sometimes difficult memories or feelings come up; our staff are with "
                "you and can slow or stop the infusion.",
                "We may advise against ketamine if you have uncontrolled high blood pressure, certain heart "
                "conditions, psychosis or active drug or alcohol misuse, or if you are pregnant. Every case is "
                "reviewed individually.",
                NO_DRIVING,
            ),
            faq(
                (
                    "Do I have to talk about what happened to me?",
                    rich(
                        "No. We need to understand your symptoms and your health, not the details of your trauma. "
                        "You share only what you are comfortable sharing."
                    ),
                ),
                (
                    "Do you treat veterans and first responders?",
                    rich(
                        "Yes, we welcome them. If you receive care through the VA, talk to your VA care team about how "
                        "outside treatment fits with it, and let us know who else is involved in your care."
                    ),
                ),
                (
                    "Will ketamine erase my memories?",
                    rich(
                        "No. Ketamine does not erase memories. Some people say memories feel less overwhelming after "
                        "treatment, but experiences vary."
                    ),
                ),
            ),
            DISCLAIMER,
        ],
    ),
    ServiceContent(
        slug="ocd",
        title="Ketamine infusion therapy for OCD",
        short_name="OCD",
        condition_name="Obsessive-compulsive disorder",
        summary=(
            "Early research suggests ketamine may quickly ease obsessive thoughts for some people with OCD. We offer "
            "it carefully, alongside the therapy and medicines that remain the foundation of OCD care."
        ),
        body=[
            heading("What is OCD?"),
            paragraph(
                "Obsessive-compulsive disorder (OCD) involves unwanted thoughts, images or urges that keep coming back "
                "(obsessions), and things a person feels driven to do to ease the distress they cause (compulsions). "
                "Examples include fears of germs, needing things to feel “just right”, or checking locks again and "
                "again. OCD can take up hours of the day and is exhausting to live with.",
                "The best-established treatments are a type of therapy called exposure and response prevention (ERP) "
                "and SSRI medicines, often at higher doses than those used for depression. These help many people, "
                "but not everyone.",
            ),
            heading("How ketamine treatment can help"),
            paragraph(
                "Most OCD medicines act on serotonin. Ketamine works differently, through glutamate, which is why "
                "researchers have been interested in it for OCD. In a small early study, some people with OCD reported "
                "a quick drop in obsessive thoughts after a single infusion. Later studies have been mixed, and the "
                "benefit often fades unless it is built on with therapy.",
                "So we are cautious. For some patients, ketamine may open a window of relief that makes ERP easier to "
                "take part in. It is an off-label treatment and not a replacement for specialist OCD care.",
            ),
            heading("What a course of treatment looks like"),
            paragraph(
                ul(
                    "<b>Evaluation.</b> We ask about your OCD symptoms, any depression or anxiety, past treatments "
                    "and your general health.",
                    "<b>Working with your therapist.</b> If you are doing ERP, we encourage you to plan sessions in "
                    "the days after your infusions.",
                    f"<b>Infusions.</b> A first course is often six infusions over three to four weeks; {MONITORING}.",
                    "<b>Measuring change.</b> We use a standard OCD questionnaire before and after the course, so we "
                    "can see clearly whether it is helping.",
                )
            ),
            heading("Risks and who it is not for"),
            paragraph(
                "Side effects can include a detached or dreamlike feeling, nausea, dizziness, a temporary rise in "
                "blood pressure and drowsiness. They usually pass within a few hours.",
                "Ketamine may not be right for you if you have uncontrolled high blood pressure, certain heart "
                "conditions, a history of psychosis or active substance misuse, or if you are pregnant. We look at "
                "each person's situation individually.",
                NO_DRIVING,
            ),
            faq(
                (
                    "Will ketamine cure my OCD?",
                    rich(
                        "No treatment can promise that. Ketamine may reduce symptoms for some people, sometimes "
                        "quickly, but the effect can be short-lived. Combining it with ERP gives the best chance of "
                        "lasting change."
                    ),
                ),
                (
                    "I have OCD and depression. Can ketamine help both?",
                    rich(
                        "It may. Depression often comes with OCD, and the evidence for ketamine is stronger for "
                        "depression. We assess both at your consultation."
                    ),
                ),
                (
                    "Can I keep taking my SSRI?",
                    rich(
                        "Yes, in most cases. Please bring a list of everything you take so that we can check for "
                        "interactions."
                    ),
                ),
            ),
            DISCLAIMER,
        ],
    ),
    ServiceContent(
        slug="chronic-pain",
        title="Ketamine infusion therapy for chronic pain",
        short_name="Chronic pain",
        condition_name="Chronic and neuropathic pain",
        mental_health=False,
        summary=(
            "For some kinds of long-lasting pain, especially nerve pain, ketamine infusions may reduce pain and the "
            "need for other pain medicines. Every plan starts with a careful medical review."
        ),
        body=[
            heading("What is chronic pain?"),
            paragraph(
                "Pain is called chronic when it lasts longer than three months, or beyond the time an injury would "
                "normally heal. It can follow an injury or surgery, or come from conditions such as nerve damage, "
                "complex regional pain syndrome (CRPS) or fibromyalgia. Over time the nervous system can become more "
                "sensitive, so that pain signals are turned up even after the original cause has settled. This is "
                "called central sensitization.",
                "Living with pain every day affects sleep, mood, work and relationships. Many people have tried "
                "physical therapy, injections and several medicines, including opioids, without enough relief.",
            ),
            heading("How ketamine treatment can help"),
            paragraph(
                "Ketamine blocks NMDA receptors, which play a part in how the spinal cord and brain amplify pain "
                "signals. By calming this process, ketamine may reduce pain for some people with nerve pain, CRPS and "
                "other conditions that involve central sensitization. Relief can begin within minutes of an infusion "
                "starting, and for some people it lasts days, weeks or longer after a full course.",
                "Some patients are able to lower their use of other pain medicines, including opioids, with help "
                "from their prescribing doctor. Results vary, and ketamine does not work for every kind of pain. Read "
                "more in our article on "
                f"{link('opioids-versus-ketamine-for-chronic-pain', 'opioids versus ketamine for chronic pain')}.",
            ),
            heading("What a course of treatment looks like"),
            paragraph(
                ul(
                    "<b>Medical review.</b> We look at your diagnosis, any scans or specialist letters you have, your "
                    "medicines and your general health.",
                    "<b>An induction course.</b> For pain, a typical first course is six infusions over three to four "
                    "weeks. Pain infusions are longer than those for mood: each one usually lasts about three hours.",
                    f"<b>During each infusion.</b> You rest in a reclining chair while {MONITORING}.",
                    "<b>Keeping track.</b> We ask you to rate your pain and daily activity before and after the "
                    "course. Some people later have maintenance infusions when pain starts to return.",
                )
            ),
            heading("Risks and who it is not for"),
            paragraph(
                "Common side effects include a dreamlike or detached feeling, changes in how things look or sound, "
                "nausea, dizziness, a temporary rise in blood pressure and heart rate, and drowsiness for the rest of "
                "the day. We watch for them closely, and they usually settle soon after the infusion ends.",
                "Ketamine may not be suitable if you have uncontrolled high blood pressure, certain heart conditions, "
                "severe liver disease, a history of psychosis or active substance misuse, or if you are pregnant. "
                "Each request is reviewed case by case.",
                NO_DRIVING,
            ),
            faq(
                (
                    "Which kinds of pain respond best?",
                    rich(
                        "The strongest evidence is for nerve-related (neuropathic) pain and CRPS. Some people with "
                        "fibromyalgia and other widespread pain also benefit. We will go over what is known for your "
                        "condition at your consultation."
                    ),
                ),
                (
                    "Can I keep taking my pain medicines?",
                    rich(
                        "Yes. Please don't stop any medicine suddenly, especially opioids. If ketamine helps, you can "
                        "work with your prescribing doctor on lowering doses safely."
                    ),
                ),
                (
                    "How long does the relief last?",
                    rich(
                        "It varies a lot. Some people have relief for weeks or months after an induction course; "
                        "others for a shorter time. Maintenance infusions can extend the benefit for people who "
                        "respond."
                    ),
                ),
            ),
            DISCLAIMER,
        ],
    ),
]


# Blog posts ------------------------------------------------------------------------------

POSTS = [
    PostContent(
        slug="opioids-versus-ketamine-for-chronic-pain",
        title="Opioids versus Ketamine for Chronic Pain Management",
        intro=(
            "Opioids have long been the usual medicine for lasting pain, but they carry real risks. Here is how "
            "ketamine compares on how it works, safety, tolerance, speed of relief and effects on mood."
        ),
        published=date(2025, 2, 18),
        author="medical-director",
        hero="illustration-chronic-pain",
        hero_alt="Older woman sitting on a couch, holding her shoulder in pain",
        categories=["treatment", "conditions"],
        tags=["chronic pain", "opioids", "ketamine"],
        services=["chronic-pain"],
        body=[
            paragraph(
                "Chronic pain affects millions of people and can shape every part of daily life. For many years, "
                "opioids have been the standard medicine for it. Today, concerns "
                "about addiction, overdose and opioids slowly losing their effect have led doctors and patients to "
                "look for other options. Ketamine is one of them, and it works in a very different way. In this "
                "article we compare the two."
            ),
            heading("Mechanism of action"),
            paragraph(
                "Opioids attach to opioid receptors in the brain and spinal cord. This dulls the sense of pain and can "
                "also cause a feeling of euphoria. With regular use the body adapts: higher doses are needed for the "
                "same relief, and physical dependence develops.",
                "Ketamine is a dissociative anesthetic. Its main target is a different receptor, called the NMDA "
                "receptor, which helps the nervous system amplify pain signals. By quieting that receptor, ketamine "
                "can interrupt pain signaling. At the doses used in infusion clinics it has far less effect on "
                "breathing than opioids, and it does not cause the same physical dependence.",
            ),
            heading("Safety"),
            paragraph(
                "Opioids can cause slowed breathing, constipation, drowsiness and, at high doses, a fatal overdose. "
                "The opioid epidemic has shown how dangerous long-term use can be, and some people who take opioids "
                "for pain develop opioid use disorder.",
                "Given in a controlled medical setting, ketamine has a fairly favorable safety profile. During an "
                "infusion it can cause disorientation, dreamlike feelings or visual changes, and it often raises blood "
                "pressure for a while. These effects fade soon after the infusion stops, and a clinician monitors you "
                "the whole time. Because it has little effect on breathing at these doses, the risk of overdose is "
                "much lower than with opioids. Ketamine can be misused, which is one reason we only ever give it in "
                "our clinic.",
            ),
            heading("Tolerance and efficacy"),
            paragraph(
                "A major drawback of opioid therapy is tolerance. Over time the same dose does less, so doses creep "
                "up while relief shrinks. For some kinds of chronic pain, opioids may stop working well at all. Some "
                "people even develop opioid-induced hyperalgesia, where long-term opioid use makes them more "
                "sensitive to pain.",
                "Ketamine offers a different route. Acting on NMDA receptors, it can help with some nerve pain and "
                "with central sensitization, where the nervous system has become “turned up”. That makes it worth "
                "considering for people who have built up tolerance to opioids or not done well on them.",
            ),
            heading("Onset and duration of relief"),
            paragraph(
                "Opioid tablets usually take 30 to 60 minutes to ease pain, and the relief lasts only a few hours "
                "before the next dose is due. Frequent dosing adds to the risk of dependence.",
                "Ketamine often works quickly: many patients notice less pain within 5 to 15 minutes of an infusion "
                "starting. For some, relief from a single infusion lasts days or even weeks. People who complete an "
                "induction course of six 3-hour infusions over three to four weeks may feel the benefit for several "
                "months. Longer-lasting relief has helped some patients use fewer opioids, with their doctor's "
                "guidance, and that can make a real difference to quality of life.",
            ),
            figure(
                "diagram-induction",
                "Diagram: six numbered infusion days spread over four weeks",
                "An induction course: six infusions over three to four weeks.",
            ),
            heading("Psychological effects"),
            paragraph(
                "People who take opioids for chronic pain face a higher risk of mental health problems, for several "
                "reasons:",
                ul(
                    "Their euphoric and sedating effects can bring mood swings, depression and anxiety.",
                    "Rising doses increase the risk of addiction and the distress that comes with it.",
                    "Needing medicine all the time can leave people preoccupied with the next dose and feeling out of "
                    "control.",
                    "Opioids can dull thinking and memory, making daily life harder and worsening existing mental "
                    "health conditions.",
                    "Fear of side effects, and the stigma around opioids, can leave people feeling isolated.",
                ),
                "Ketamine's dissociative effects can change how you perceive things during an infusion. Some people "
                "see colors and shapes or feel as if they are in a dream. This can feel strange, but it is short-lived "
                "and our team is with you throughout. Ketamine has also been shown to have rapid antidepressant "
                "effects, which may help the many people with chronic pain who also live with depression or anxiety.",
            ),
            heading("Weighing the two approaches"),
            paragraph(
                "Opioids and ketamine are two very different tools, each with benefits and drawbacks. Opioids relieve "
                "pain well in many situations, but long-term use brings serious risks, including addiction and a "
                "fading effect. Ketamine works through a different pathway and may help people who have not responded "
                "well to opioids. The right choice is made case by case, based on your condition, your medical history "
                "and the advice of your healthcare team.",
                "At KureIV, we believe ketamine therapy is a strong option for many people with chronic pain. It "
                "carries a lower risk of addiction and overdose, works quickly, can give longer-lasting relief, may "
                "reduce the need for other medicines and can lift mood too. It is not right for everyone, but it "
                "offers many patients real hope of managing pain with fewer complications. Learn more about "
                f"{link('chronic-pain', 'ketamine for chronic pain')}.",
            ),
        ],
    ),
    PostContent(
        slug="what-to-expect-at-your-first-ketamine-infusion",
        title="What to expect at your first ketamine infusion",
        intro=(
            "Feeling a little nervous before your first infusion is normal. This guide walks you through the day, "
            "from arriving at the clinic to the ride home, so you know what is coming."
        ),
        published=date(2025, 4, 8),
        author="crna",
        hero="hero-first-infusion",
        categories=["patient-guides"],
        tags=["first visit", "infusion day", "ketamine"],
        services=["depression", "anxiety", "chronic-pain"],
        body=[
            paragraph(
                "Most of the worry people feel before a first infusion comes from not knowing what will happen. Here "
                "is what a typical visit looks like at KureIV. Your own visit may differ a little, and we will always "
                "explain each step as we go."
            ),
            heading("Before you arrive"),
            paragraph(
                "When we book your first infusion, we give you written instructions. They usually include:",
                ul(
                    "not eating for several hours beforehand, because ketamine can cause nausea (we will tell you "
                    "exactly when to stop eating and drinking)",
                    "taking your usual medicines unless we have agreed otherwise",
                    "arranging for an adult to drive you home",
                    "wearing comfortable clothes with sleeves that roll up easily",
                ),
                f"Our {link('preparing-for-your-infusion-checklist', 'preparation checklist')} has more detail.",
            ),
            heading("When you arrive"),
            paragraph(
                "We check you in, go over your medicines and ask how you have been feeling. If you are being treated "
                "for a mood condition, you may fill in a short questionnaire so we can track changes over time. Then "
                "we take your blood pressure, heart rate and oxygen level. If your blood pressure is too high that "
                "day, we may wait, treat it or rebook your visit. Your safety comes first."
            ),
            heading("During the infusion"),
            paragraph(
                "You settle into a reclining chair in a quiet room. A nurse or nurse anesthetist places a small IV "
                "line, usually in your arm or hand, and attaches the monitors. The medicine runs in slowly through a "
                "pump, so the dose is exact and can be slowed or stopped at any time.",
                "After a few minutes, most people start to feel different. You might feel relaxed, light or far away, "
                "or notice that sounds and colors seem changed. Some people describe a dreamlike state. You can still "
                "talk to us. Many patients like to wear an eye mask and listen to calm music.",
            ),
            quote(
                "We tell every patient the same thing: you are not alone in the room, and you can ask us to slow down "
                "at any moment. Knowing that makes the first infusion much easier.",
                "Marcus Bell, CRNA",
            ),
            heading("Afterwards"),
            paragraph(
                "When the infusion ends, the effects fade over 30 to 60 minutes. You rest while we keep checking your "
                "vital signs. Some people feel tired, a little unsteady or mildly sick; we can help with that. Once "
                "you are steady and alert, your driver takes you home.",
                "For the rest of the day, please don't drive, use machinery, drink alcohol or make important "
                "decisions. A quiet evening and a good night's sleep are the best plan.",
            ),
            heading("After your first visit"),
            paragraph(
                "Some people notice a change after the first infusion. Many notice it later in the course, and some "
                "do not notice much at all. All of these are normal. We check in at every visit and review your "
                "progress with you at the end of your first course."
            ),
        ],
    ),
    PostContent(
        slug="when-antidepressants-havent-worked",
        title="When antidepressants haven't worked: how ketamine may help",
        intro=(
            "Many people with depression do not get enough relief from the first treatments they try. Ketamine "
            "works differently from standard antidepressants, which is why it has become an option worth discussing."
        ),
        published=date(2025, 6, 17),
        author="medical-director",
        hero="hero-depression",
        categories=["conditions", "research"],
        tags=["depression", "treatment-resistant depression", "research"],
        services=["depression"],
        body=[
            paragraph(
                "If you have tried two or three antidepressants and still feel stuck, you are not alone, and it is not "
                "your fault. Depression is a complex illness, and no single treatment works for everyone. Large "
                "studies suggest that around a third of people with major depression still have significant symptoms "
                "after trying several treatments. Doctors call this treatment-resistant depression."
            ),
            heading("Why ketamine is different"),
            paragraph(
                "Most antidepressants, such as SSRIs, act on serotonin and related chemical messengers. They usually "
                "take four to six weeks to reach their full effect. Ketamine acts mainly on glutamate, the brain's "
                "most common “go” signal. Researchers think that by briefly blocking NMDA receptors, ketamine sets "
                "off a chain of events that helps brain cells grow new connections. In depression some of these "
                "connections seem to weaken, so restoring them may help mood recover.",
                "One striking feature is speed. In studies, some people felt better within hours to a few days of an "
                "infusion, rather than weeks.",
            ),
            heading("What the research shows"),
            paragraph(
                "Researchers first reported ketamine's rapid antidepressant effect in a small study in 2000. Since "
                "then, many trials and reviews have found that ketamine infusions can reduce symptoms for a good share "
                "of people with treatment-resistant depression. A related medicine, esketamine, was approved by the "
                "FDA in 2019 as a nasal spray for adults with treatment-resistant depression.",
                "There are important limits too:",
                ul(
                    "Not everyone responds. Some people feel much better, some a little, and some not at all.",
                    "The effect of a single infusion often fades within a week or two. That is why a course of several "
                    "infusions is used, sometimes followed by occasional boosters.",
                    "Long-term studies are still limited, and IV ketamine for depression is an off-label use.",
                ),
            ),
            heading("Ketamine and suicidal thoughts"),
            paragraph(
                "Some studies have found that ketamine can quickly reduce suicidal thoughts in some people. This is an "
                "area of active research, and it does not replace emergency care. If you are thinking about ending "
                'your life, call or text <a href="tel:988">988</a> now, or call <a href="tel:911">911</a> if you are '
                "in immediate danger."
            ),
            heading("Is it right for you?"),
            paragraph(
                "Ketamine may be worth discussing if you have major depression and have tried at least two treatments "
                "without enough relief. It is not suitable for everyone. We usually advise against it for people with "
                "uncontrolled high blood pressure, certain heart conditions, psychosis or active substance misuse, and "
                "during pregnancy.",
                "At your consultation we review your history and talk honestly about what ketamine can and cannot do. "
                "If we think another option would suit you better, we will say so. You can read more on our "
                f"{link('depression', 'depression treatment page')}.",
            ),
            heading("Questions to bring to your consultation", level="h3"),
            paragraph(
                ul(
                    "How will we measure whether it is working?",
                    "What happens if the benefit fades?",
                    "How does ketamine fit with my current medicines and therapy?",
                )
            ),
        ],
    ),
    PostContent(
        slug="preparing-for-your-infusion-checklist",
        title="Preparing for your infusion: a simple checklist",
        intro=(
            "A little planning makes infusion day calmer and safer. Use this checklist in the days before your "
            "appointment, and keep the written instructions we give you close by."
        ),
        published=date(2025, 8, 26),
        author="crna",
        hero="hero-checklist",
        categories=["patient-guides"],
        tags=["preparation", "infusion day", "first visit"],
        services=["depression", "anxiety", "chronic-pain"],
        body=[
            paragraph(
                "Good preparation helps your infusion go smoothly and lowers the chance of side effects such as "
                "nausea. The list below covers what most patients need. Always follow the instructions we give you, "
                "because they take your own health into account."
            ),
            heading("A few days before"),
            paragraph(
                ul(
                    "<b>Arrange your ride.</b> You cannot drive for the rest of the day after an infusion, and going "
                    "home alone in a taxi or rideshare is not a safe choice either. Ask a friend or family member who "
                    "can keep an eye on you that evening.",
                    "<b>Check your medicines.</b> Tell us about every medicine and supplement you take, including new "
                    "ones. Some, such as benzodiazepines and certain seizure medicines, can change how ketamine works.",
                    "<b>Plan a quiet evening.</b> Clear the rest of the day of work and important decisions.",
                    "<b>Write down your questions.</b> It is easy to forget them on the day.",
                )
            ),
            heading("The day before"),
            paragraph(
                ul(
                    "Drink plenty of water, unless a doctor has told you to limit fluids.",
                    "Avoid alcohol and recreational drugs.",
                    "Try to get a good night's sleep.",
                )
            ),
            heading("On the day"),
            paragraph(
                ul(
                    "<b>Food and drink.</b> Stop eating and drinking at the times in your instructions. Many clinics "
                    "ask for no solid food for about six hours beforehand; we will confirm what applies to you.",
                    "<b>Usual medicines.</b> Take blood pressure medicines and other regular medicines as normal "
                    "unless we have told you otherwise.",
                    "<b>Clothing.</b> Wear loose, comfortable layers. Treatment rooms can feel cool.",
                    "<b>Comfort items.</b> Bring headphones and calming music, an eye mask, or a soft blanket if you "
                    "like.",
                    "<b>Arrive a little early.</b> It gives you time to settle in instead of rushing.",
                )
            ),
            heading("If you feel unwell on the day", level="h3"),
            paragraph(
                "If you have a fever or a bad cold, or your blood pressure is much higher than usual, call us before "
                "you come in. It is better to move an appointment than to have an infusion when you are unwell."
            ),
            heading("Afterwards"),
            paragraph(
                ul(
                    "Rest at home for the rest of the day.",
                    "Eat something light when you feel ready.",
                    "Do not drive, use machinery, drink alcohol or sign important papers until the next day.",
                    "Call us if anything worries you. If you feel very unwell or it is an emergency, call "
                    '<a href="tel:911">911</a>.',
                ),
                "New to infusions? Read "
                f"{link('what-to-expect-at-your-first-ketamine-infusion', 'what to expect at your first visit')}.",
            ),
        ],
    ),
    PostContent(
        slug="ketamine-and-ptsd-research",
        title="Ketamine and PTSD: what the research says so far",
        intro=(
            "Researchers have been studying ketamine for PTSD for more than a decade. The results so far are "
            "encouraging in places and mixed in others. Here is a plain-language summary."
        ),
        published=date(2025, 10, 14),
        author="nurse-practitioner",
        hero="hero-ptsd",
        categories=["research", "conditions"],
        tags=["PTSD", "research", "trauma"],
        services=["ptsd"],
        body=[
            paragraph(
                "PTSD can be hard to treat. Trauma-focused therapies help many people, but they are demanding, and "
                "not everyone can finish them or benefit fully. The medicines approved for PTSD help only some "
                "patients. This gap is why researchers have looked closely at ketamine."
            ),
            heading("Why ketamine?"),
            paragraph(
                "Ketamine acts on glutamate, a chemical messenger involved in learning and memory. Scientists think "
                "ketamine may make the brain more flexible for a short time, which could make it easier to loosen "
                "the grip of fearful memories. This idea is still being tested, but it gives a clear reason to study "
                "ketamine for PTSD."
            ),
            heading("What studies have found"),
            paragraph(
                "Early studies gave people with PTSD a single ketamine infusion and found a quick but short-lived drop "
                "in symptoms for some of them. Later, a small randomized trial gave participants six infusions over "
                "two weeks. Those who received ketamine improved more than those who received a comparison medicine, "
                "and for some the benefit lasted several weeks after the last infusion.",
                "Not every result has been positive. Other studies, including some in military veterans, have found "
                "smaller benefits or no clear difference from placebo. Most studies have been small, and many "
                "participants also had depression, which ketamine is known to help. Put together, the evidence "
                "suggests that ketamine helps some people with PTSD, but we cannot yet predict who.",
            ),
            heading("Ketamine alongside therapy"),
            paragraph(
                "One promising idea is to combine ketamine with trauma-focused therapy. The thinking is that the days "
                "after an infusion may be a good time for therapy, because the brain may be more open to new learning. "
                "Some early studies support this, and it is the approach we encourage. If you have a therapist, we "
                "are glad to work with them, with your permission."
            ),
            quote(
                "For many of my patients, the goal is not to forget what happened. It is to be able to live with the "
                "memory without it running their life.",
                "Elena Vasquez, PMHNP-BC",
            ),
            heading("What this means for you"),
            paragraph(
                ul(
                    "Ketamine is not a first-choice treatment for PTSD, and using it for PTSD is off-label.",
                    "It may be worth discussing if you have tried trauma-focused therapy or medicines without enough "
                    "relief, or if depression is also part of the picture.",
                    "Expect careful screening. Ketamine is not suitable for people with psychosis, uncontrolled high "
                    "blood pressure, certain heart conditions or active substance misuse, or during pregnancy.",
                    "Any benefit may need follow-up infusions or ongoing therapy to last.",
                ),
                f"Read more about how we approach {link('ptsd', 'PTSD treatment at KureIV')}.",
            ),
        ],
    ),
    PostContent(
        slug="anxiety-ocd-and-ketamine",
        title="Anxiety, OCD and ketamine: setting realistic expectations",
        intro=(
            "Ketamine gets a lot of attention online, and some claims go too far. If you live with severe anxiety "
            "or OCD, here is an honest look at what it may and may not offer."
        ),
        published=date(2026, 1, 20),
        author="nurse-practitioner",
        hero="hero-anxiety-ocd",
        categories=["conditions"],
        tags=["anxiety", "OCD", "expectations"],
        services=["anxiety", "ocd"],
        body=[
            paragraph(
                "When you have lived with anxiety or OCD for years, it is natural to hope for something that finally "
                "works. We understand that hope, and we also want to be honest. The evidence for ketamine is stronger "
                "for depression than for anxiety or OCD. For these conditions it is an emerging, off-label option that "
                "helps some people. It is not a guaranteed fix."
            ),
            heading("What we know about anxiety"),
            paragraph(
                "Small studies in people with long-lasting generalized anxiety and social anxiety have found that low "
                "doses of ketamine reduced anxiety for some participants. In several of these studies the effect of "
                "a single dose lasted about a week, and longer with repeated doses. Many people with severe anxiety "
                "also have depression, and ketamine may help with both."
            ),
            heading("What we know about OCD"),
            paragraph(
                "Research on OCD is at an even earlier stage. In one small study, some people had a quick drop in "
                "obsessive thoughts after a single infusion, but the effect often faded within days to weeks. Other "
                "studies found smaller effects. Researchers now think ketamine may be most useful as a way to make "
                "exposure and response prevention (ERP) therapy easier to take part in, rather than as a treatment "
                "on its own."
            ),
            heading("Realistic expectations"),
            paragraph(
                ul(
                    "<b>Some people feel noticeably better; some do not.</b> We measure your symptoms before and "
                    "after, so we can judge honestly whether it is helping.",
                    "<b>Benefits can fade.</b> Some people need occasional follow-up infusions. Others use the relief "
                    "as a chance to make progress in therapy.",
                    "<b>The infusion itself can feel strange.</b> For people with anxiety, the dreamlike feeling can "
                    "be unsettling at first. We go slowly, explain what to expect and stay with you.",
                    "<b>Keep your foundations.</b> Therapy, medicines that help you, sleep, exercise and support from "
                    "other people all still matter.",
                )
            ),
            heading("Who should not have ketamine"),
            paragraph(
                "Ketamine is not suitable for everyone. We usually advise against it for people with uncontrolled high "
                "blood pressure, certain heart conditions, psychosis, or active drug or alcohol misuse, and during "
                "pregnancy. We consider every request individually and explain our reasons clearly."
            ),
            heading("Questions to ask at your consultation"),
            paragraph(
                ul(
                    "What is the evidence for my condition in particular?",
                    "How will we know whether it is working?",
                    "How does this fit with my current therapy and medicines?",
                    "What will a full course cost?",
                ),
                f"Learn more about our approach to {link('anxiety', 'severe anxiety')} and {link('ocd', 'OCD')}.",
            ),
        ],
    ),
    PostContent(
        slug="bipolar-depression-and-ketamine",
        title="Bipolar depression and ketamine: why careful screening matters",
        intro=(
            "Ketamine may help the depressive phase of bipolar disorder, but it calls for extra care. Here is how "
            "we screen and monitor patients with bipolar disorder, and why each step matters."
        ),
        published=date(2026, 3, 10),
        author="medical-director",
        hero="hero-bipolar",
        categories=["conditions", "treatment"],
        tags=["bipolar disorder", "safety", "screening"],
        services=["bipolar-disorder"],
        body=[
            paragraph(
                "For many people with bipolar disorder, the hardest part is not the highs but the long, heavy periods "
                "of depression. These episodes can be slow to respond to treatment, and some antidepressants carry a "
                "risk of tipping mood into mania. That is why there is interest in ketamine, and also why we take "
                "extra care."
            ),
            heading("What the evidence suggests"),
            paragraph(
                "Several small studies have found that ketamine infusions can quickly reduce symptoms of bipolar "
                "depression in some people who are also taking a mood stabilizer, such as lithium or valproate. In "
                "these studies, switching into mania was uncommon. However, the research is smaller than for major "
                "depression, and long-term data are limited."
            ),
            heading("How we screen"),
            paragraph(
                "Before we recommend ketamine to anyone with bipolar disorder, we want a clear picture of their "
                "illness. We ask about:",
                ul(
                    "your diagnosis, and when your last episode of mania or hypomania happened",
                    "whether you have ever had psychotic symptoms, such as hearing voices or holding beliefs that "
                    "others found strange",
                    "your mood stabilizer and other medicines, and how steady your mood has been on them",
                    "your sleep, and your use of alcohol and drugs",
                    "who else is involved in your care",
                ),
                "We usually ask to speak with your psychiatrist. Ketamine works best as one part of a plan that "
                "everyone involved understands.",
            ),
            heading("How we monitor during treatment"),
            paragraph(
                "At every visit, before the infusion starts, we ask how you have been sleeping and whether you have "
                "noticed racing thoughts, more energy than usual or irritability. Changes like these can be early "
                "signs of a mood switch. If we see them, we pause treatment and contact your psychiatrist.",
                "During the infusion itself we monitor your blood pressure, heart rate and oxygen level, as we do for "
                "every patient.",
            ),
            quote(
                "Careful screening is not about keeping people out. It is about making sure that when we do treat "
                "someone, it is safe and it has a real chance of helping.",
                "Dr. Anjali Mehta, MD",
            ),
            heading("When we would advise against ketamine"),
            paragraph(
                ul(
                    "during an episode of mania, hypomania or a mixed state",
                    "if you have psychotic symptoms now",
                    "if your mood has been very unstable recently, until things settle",
                    "if you have uncontrolled high blood pressure, certain heart conditions or active substance "
                    "misuse, or if you are pregnant",
                ),
                "If ketamine is not right for you now, we will tell you why and, where we can, suggest other options "
                "to discuss with your care team. Read more about "
                f"{link('bipolar-disorder', 'ketamine for bipolar depression')}.",
            ),
        ],
    ),
    PostContent(
        slug="why-ketamine-infusions-are-given-in-a-clinic",
        title="Why we give ketamine infusions in the clinic, not at home",
        intro=(
            "Ketamine is a powerful medicine, and how it is given matters. Here is why every dose at KureIV is given "
            "by infusion in our clinic, with a trained clinician watching over you."
        ),
        published=date(2026, 6, 2),
        author="crna",
        hero="hero-clinic-safety",
        categories=["treatment"],
        tags=["safety", "monitoring", "ketamine"],
        services=["depression", "chronic-pain"],
        body=[
            paragraph(
                "Patients sometimes ask why they can't simply take ketamine at home. Some online services now post "
                "ketamine tablets or lozenges to people's homes. We understand the appeal, but we believe an IV "
                "infusion in a monitored clinic is the safest way to give this medicine for the conditions we treat. "
                "Here is why."
            ),
            heading("Precise dosing"),
            paragraph(
                "With an infusion, the medicine runs into a vein through a pump at a set rate. We work out your dose "
                "from your weight and your response, and we can slow or stop the pump within seconds. Tablets and "
                "lozenges are absorbed less predictably, so the amount that reaches the bloodstream varies more from "
                "person to person and from day to day."
            ),
            heading("Watching your body's response"),
            paragraph(
                "Ketamine often raises blood pressure and heart rate for a while. For most people this is harmless, "
                "but it needs watching, especially in people with heart or blood pressure concerns. Throughout every "
                "infusion we monitor:",
                ul(
                    "blood pressure",
                    "heart rate and rhythm",
                    "oxygen level",
                    "how you are feeling and responding",
                ),
            ),
            figure(
                "diagram-monitoring",
                "Diagram of four cards naming what is checked during every infusion: blood pressure, heart rate, "
                "oxygen level and how you feel",
                "The four things we keep an eye on from the start of your infusion until you are ready to go home.",
            ),
            heading("Support when the effects feel strange"),
            paragraph(
                "The dissociative effects of ketamine, such as feeling detached or dreamlike, are expected and usually "
                "pass soon after the infusion. But they can be unsettling, especially the first time. Having a calm, "
                "experienced person beside you makes a real difference. If you feel anxious, we can talk you through "
                "it, adjust the rate or give you medicine for nausea."
            ),
            quote(
                "Most of what we do during an infusion is quiet: watching the monitors, checking in, keeping the room "
                "calm. That quiet attention is the point.",
                "Marcus Bell, CRNA",
            ),
            heading("Lowering the risk of misuse"),
            paragraph(
                "Ketamine can be misused, and frequent high-dose use outside medical care is linked to bladder and "
                "memory problems. Giving every dose in the clinic means the medicine never leaves our care, and it "
                "lets us keep track of how much you receive over time."
            ),
            heading("Getting home safely"),
            paragraph(
                "Even after the effects wear off, your reactions and judgment may be slower for several hours. That "
                "is why we ask every patient to have an adult take them home and to avoid driving for the rest of the "
                "day. Nobody leaves until they are steady and alert."
            ),
        ],
    ),
    PostContent(
        slug="life-between-infusions",
        title="Life between infusions: making the most of your treatment",
        intro=(
            "What you do between infusions can help your progress last. Here are simple, practical ways to support "
            "your treatment in the days and weeks after each visit."
        ),
        published=date(2026, 9, 8),
        author="nurse-practitioner",
        hero="hero-between-infusions",
        categories=["patient-guides"],
        tags=["self-care", "therapy", "maintenance"],
        services=["depression", "ptsd", "anxiety"],
        body=[
            paragraph(
                "Ketamine infusions can open a window in which change feels more possible. Many people describe "
                "feeling lighter, or able to see their problems from a little distance. The days after an infusion "
                "can be a good time to build on that. None of the ideas below are complicated, and you don't need "
                "to do them all."
            ),
            heading("In the first day or two"),
            paragraph(
                ul(
                    "<b>Rest.</b> Take it easy for the rest of the infusion day. Drowsiness is common.",
                    "<b>Notice and note.</b> Some people like to write a few lines about how they feel, or about "
                    "anything that came up during the infusion. It can be useful to look back on.",
                    "<b>Be gentle with your expectations.</b> Changes can be subtle at first. Friends or family "
                    "sometimes notice them before you do.",
                )
            ),
            heading("Keep up with therapy"),
            paragraph(
                "If you see a therapist, try to book sessions in the days after your infusions. Some research suggests "
                "the brain may be more open to new ways of thinking during this time. If you don't have a therapist, "
                "we can talk about how to find one."
            ),
            heading("Build small, steady habits"),
            paragraph(
                ul(
                    "<b>Sleep.</b> Aim for regular times to go to bed and get up.",
                    "<b>Movement.</b> A short walk each day helps mood and sleep.",
                    "<b>Connection.</b> Reach out to at least one person you trust each week.",
                    "<b>Alcohol and drugs.</b> Cutting back helps your mood and makes treatment safer.",
                )
            ),
            heading("Tracking your progress"),
            paragraph(
                "At each visit we ask how you have been, and we use short questionnaires to measure change. Please be "
                "honest, including if things feel worse. It helps us adjust your plan, and there is no wrong answer."
            ),
            heading("After your first course"),
            paragraph(
                "When you finish your first course, we review together how you have responded. Some people keep "
                "feeling well for months. Others find their symptoms slowly return and choose occasional maintenance "
                "infusions. Some decide ketamine is not for them. Each of these paths is okay, and we will help you "
                "weigh your options."
            ),
            heading("When to reach out"),
            paragraph(
                "Call us during office hours if you have questions or notice new side effects. If your mood drops "
                "sharply or you have thoughts of harming yourself, don't wait for your next appointment: call or text "
                '<a href="tel:988">988</a> at any time, or call <a href="tel:911">911</a> in an emergency.'
            ),
        ],
    ),
    PostContent(
        slug="ketamine-and-your-other-medicines",
        title="Ketamine and your other medicines: what to tell us",
        intro=(
            "Most medicines can be taken alongside ketamine infusions, but a few can change how well ketamine works "
            "or how your body reacts to it. Here is what we ask about, and why."
        ),
        published=date(2026, 10, 27),
        author="medical-director",
        hero="hero-medicines",
        categories=["patient-guides", "treatment"],
        tags=["medicines", "safety", "preparation"],
        services=["depression", "anxiety", "chronic-pain"],
        body=[
            paragraph(
                "At your evaluation we ask for a full list of everything you take: prescription medicines, "
                "over-the-counter products, vitamins and supplements. Please bring the bottles or a printed list. "
                "This article explains why some medicines matter more than others. It is general information, so "
                "never stop or change a medicine without talking to the doctor who prescribes it."
            ),
            heading("Medicines that may weaken ketamine's effect"),
            paragraph(
                "Some medicines act on the brain in ways that may blunt ketamine's benefit for mood:",
                ul(
                    "<b>Benzodiazepines</b>, such as alprazolam, clonazepam and lorazepam. Some studies link regular, "
                    "higher doses with a weaker response to ketamine.",
                    "<b>Lamotrigine</b>, a mood stabilizer and seizure medicine, which may reduce some of ketamine's "
                    "effects.",
                    "<b>Naltrexone</b>, used for alcohol or opioid use disorder. Research on whether it changes "
                    "ketamine's effect on mood is mixed.",
                ),
                "We don't expect you to stop these medicines. We want to plan around them with you and your "
                "prescriber, for example by talking about the timing of doses on infusion days.",
            ),
            heading("Medicines that affect blood pressure and heart rate"),
            paragraph(
                "Ketamine raises blood pressure and heart rate for a while during an infusion, so we pay close "
                "attention to:",
                ul(
                    "<b>blood pressure medicines</b>: keep taking them as usual on infusion days unless we tell you "
                    "otherwise, because well-controlled blood pressure makes treatment safer",
                    "<b>stimulants</b>, such as some ADHD medicines, which can add to the rise in heart rate and "
                    "blood pressure",
                    "<b>MAO inhibitors</b>, an older type of antidepressant, which call for extra care with anything "
                    "that affects blood pressure",
                ),
                "We check your blood pressure before every infusion and monitor it throughout.",
            ),
            heading("Pain medicines and opioids"),
            paragraph(
                "If you take opioids or other pain medicines, keep taking them as prescribed. Opioids and ketamine "
                "together can add to drowsiness, so we need to know your doses. If ketamine eases your pain, you may "
                "be able to lower your opioid dose over time, but only with your prescribing doctor's help. Stopping "
                "opioids suddenly can cause withdrawal and is not safe."
            ),
            heading("Alcohol, cannabis and other substances"),
            paragraph(
                "Please avoid alcohol and recreational drugs, including cannabis, on the day before and the day of an "
                "infusion. They can add to ketamine's effects on thinking and balance, and make nausea more likely. "
                "Regular heavy use can also affect how well treatment works. Please be open with us: we ask so we can "
                "keep you safe, not to judge you."
            ),
            heading("A short checklist"),
            paragraph(
                ul(
                    "Bring a complete list of your medicines and doses to your evaluation.",
                    "Tell us about any changes before each infusion, including new prescriptions.",
                    "Take your usual medicines on infusion days unless we have agreed otherwise.",
                    "Ask us before taking anything new for sleep or anxiety on an infusion day.",
                ),
                "Getting ready for a visit? See our "
                f"{link('preparing-for-your-infusion-checklist', 'preparation checklist')}.",
            ),
        ],
    ),
]


# Standard pages ----------------------------------------------------------------------------

ABOUT = StandardPageContent(
    slug="about",
    title="About KureIV",
    intro=(
        "KureIV is a ketamine infusion clinic in southwest Houston. We offer safe, closely monitored treatment "
        "for people whose depression, anxiety, PTSD, OCD, bipolar depression or chronic pain has not eased with "
        "other care."
    ),
    body=[
        heading("Why we exist"),
        paragraph(
            "Many of the people we meet have spent years trying treatments that did not help enough. They are tired, "
            "and some have been told there is nothing left to try. We opened KureIV to offer another option for "
            "people in that position: one grounded in evidence and given with care."
        ),
        heading("Our approach"),
        paragraph(
            ul(
                "<b>Evidence first.</b> We offer ketamine where research suggests it can help, and we are honest about "
                "where the evidence is still early.",
                "<b>Careful evaluation.</b> Every patient has a full medical and mental health review before "
                "treatment. If ketamine is not a good fit, we say so.",
                "<b>Monitoring at every visit.</b> A trained clinician watches your blood pressure, heart rate and "
                "oxygen level throughout every infusion.",
                "<b>Working with your care team.</b> With your permission, we keep your doctor, psychiatrist or "
                "therapist informed.",
            )
        ),
        heading("Our team"),
        paragraph(
            "Our medical team is led by <b>Dr. Anjali Mehta, MD</b>, our Medical Director and a board-certified "
            "anesthesiologist. Infusions are given and monitored by experienced clinicians such as <b>Marcus Bell, "
            "CRNA</b>, a certified registered nurse anesthetist. <b>Elena Vasquez, PMHNP-BC</b>, our psychiatric "
            "nurse practitioner, leads mental health evaluations and follow-up care."
        ),
        heading("Visit us"),
        paragraph(
            f"See our {link('houston', 'address, opening hours, directions and parking')}, or read about the "
            f"{link('services', 'conditions we treat')}."
        ),
        DISCLAIMER,
        call_to_action(
            "Would you like to talk to us?",
            "Request a consultation and a member of our clinical team will call you.",
        ),
    ],
)

PRIVACY_POLICY = StandardPageContent(
    slug="privacy-policy",
    title="Privacy policy",
    intro=(
        "This policy explains what this website collects, why, how long we keep it and who can see it. We have "
        "tried to keep it short and clear."
    ),
    body=[
        heading("Who we are"),
        paragraph(
            "This website is run by KureIV, a ketamine infusion clinic in Houston, Texas. When we say “we” or “us”, "
            "we mean the clinic."
        ),
        heading("What the consultation form collects"),
        paragraph(
            f"When you {link('consultation', 'request a consultation')}, we ask for:",
            ul(
                "your name, phone number and e-mail address",
                "how you would like us to contact you (a call, a text or an e-mail) and the best time to reach you",
                "which conditions you would like to ask about, if you want to say",
                "anything else you choose to write in the message box (up to 500 characters)",
                "your agreement that we may store these details and contact you",
            ),
            "We ask only for what we need to get back to you. Please leave your medical history and medicines out of "
            "the message; we will talk about them with you in private.",
        ),
        heading("How we use it"),
        paragraph(
            "We use your request only to contact you about a consultation. We don't use it for marketing, we don't "
            "add you to a mailing list, and we never sell it or share it with advertisers."
        ),
        heading("How long we keep it"),
        paragraph(
            "Consultation requests are deleted from this website automatically 90 days after they arrive. If you "
            "become a patient, what you tell us during your care becomes part of your medical record, which we keep "
            "as the law requires."
        ),
        heading("Who can see it"),
        paragraph(
            "Only our patient coordinators, a small named group of clinic staff, can read consultation requests, by "
            "signing in to the website's secure admin area. When a request arrives, the clinic gets an e-mail saying "
            "only that a new request is waiting: it contains none of your details."
        ),
        heading("No trackers"),
        paragraph(
            "This website does not use advertising trackers, analytics services, social media pixels or embedded "
            "content from other companies. Maps open on another website only if you choose to follow the link."
        ),
        heading("Cookies"),
        paragraph(
            "We use only the cookies the website needs to work: a security cookie that protects the consultation form "
            "from misuse, and a sign-in cookie for clinic staff. We do not use cookies to track you."
        ),
        heading("Please don't send health details by e-mail"),
        paragraph(
            "Ordinary e-mail is not a secure way to send medical information. Please don't e-mail us details about "
            "your health, medicines or diagnosis. Call us instead, or tell us at your appointment."
        ),
        heading("Your medical records"),
        paragraph(
            "Once you become a patient, your health information is protected by federal privacy law (HIPAA). Our "
            "Notice of Privacy Practices explains how we use and protect it, and we give you a copy at your first "
            "visit."
        ),
        heading("Your choices"),
        paragraph(
            "You can ask us to show you, correct or delete a consultation request you have sent, before the 90 days "
            "are up. Call us during office hours and we will help."
        ),
        heading("Contact us"),
        paragraph(
            "Questions about this policy? Call us during office hours, or write to us at the address on our "
            f"{link('houston', 'location page')}."
        ),
        heading("Changes to this policy"),
        paragraph("If we change how we handle information, we will update this page. Last updated: November 2026."),
    ],
)

STANDARD_PAGES = [ABOUT, PRIVACY_POLICY]
