"""The consultation-request form, with messages written for patients."""

import uuid

from django import forms

from core.phone import normalise_us_phone
from core.view_restrictions import public
from services.models import ServicePage

from .oversized_post import body_cut_short
from .patient_requests import ConsultationRequest

#: The honeypot's name: a field people never see, so anything typed in it was typed by a bot.
HONEYPOT_FIELD = "website"

EXPIRED_MESSAGE = "Your form expired before it was sent. We kept what you typed: please check it and send it again."
TOO_LARGE_MESSAGE = (
    "What you sent was too large for us to receive, so it has not been sent. "
    "We kept what fit: please check it and send it again."
)
TRIMMED_MESSAGE = "This was too long, so we kept the first %(limit)d characters: please check it and send it again."


class ConditionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.short_name


class ConsultationRequestForm(forms.ModelForm):
    conditions = ConditionChoiceField(
        queryset=ServicePage.objects.none(),  # the live, public ones: set per form, see __init__
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Which conditions would you like to ask about?",
        help_text="Choose any that apply, or none if you are not sure yet.",
        error_messages={
            "invalid_choice": "Choose conditions from the list.",
            "invalid_pk_value": "Choose conditions from the list.",
        },
    )
    phone = forms.CharField(
        max_length=30,
        label="Phone number",
        help_text="A US number with its area code, e.g. (713) 555-0142.",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
        error_messages={
            "required": "Enter a phone number we can reach you on.",
            "max_length": "Enter a US phone number with its area code, like (713) 555-0142.",
        },
    )
    consent = forms.BooleanField(
        label="I agree that KureIV may store these details and contact me about a consultation.",
        help_text="Read our privacy policy: how we keep your details safe, and when we delete them.",
        error_messages={"required": "Check the box to agree, so that we can contact you."},
    )
    website = forms.CharField(required=False, label="Leave this field empty")
    submission_key = forms.UUIDField(required=False, initial=uuid.uuid4, widget=forms.HiddenInput)

    class Meta:
        model = ConsultationRequest
        fields = ["name", "phone", "email", "contact_method", "conditions", "best_time", "message"]
        labels = {
            "name": "Your name",
            "email": "Email address",
            "contact_method": "How would you like us to contact you?",
            "best_time": "When is the best time to reach you?",
            "message": "Anything else you would like us to know (optional)",
        }
        help_texts = {
            "message": "Please don’t include your medical history or medication here; "
            "we will talk about it with you in private. Up to 500 characters.",
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            "contact_method": forms.RadioSelect,
            "best_time": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
        }
        error_messages = {
            "name": {
                "required": "Enter your name.",
                "max_length": "Keep your name to %(limit_value)d characters or fewer.",
            },
            "email": {
                "required": "Enter your email address.",
                "invalid": "Enter an email address in the form name@example.com.",
                "max_length": "Keep your email address to %(limit_value)d characters or fewer.",
            },
            "contact_method": {
                "required": "Choose how you would like us to contact you.",
                "invalid_choice": "Choose how you would like us to contact you.",
            },
            "best_time": {
                "required": "Choose the best time to reach you.",
                "invalid_choice": "Choose the best time to reach you.",
            },
            "message": {"max_length": "Keep your message to %(limit_value)d characters or fewer."},
        }

    def __init__(self, *args, request, expired=False, cut_short=False, trimmed=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.expired, self.cut_short, self.trimmed = expired, cut_short, trimmed
        # Chosen when the form is made, not when the module is imported: a section made private since then
        # counts, and importing the form (Django's checks do) never touches the database. The request's
        # view restrictions are read once per request (core.view_restrictions), so this costs no query.
        self.fields["conditions"].queryset = public(ServicePage.objects.live(), request).order_by("path")
        # Radio groups start unchosen, so nobody sends a default they never saw.
        for name in ("contact_method", "best_time"):
            self.fields[name].choices = [choice for choice in self.fields[name].choices if choice[0]]
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    @classmethod
    def for_post(cls, request, expired=False):
        """The form bound to what was posted, ``expired`` if the CSRF check failed (consultations.expired_form).

        A body cut short (consultations.oversized_post) has each value trimmed to its field's limit, so the
        page shows what fits; the form then refuses itself, saying which fields were trimmed: nothing cut
        short is ever saved.
        """
        data, trimmed = request.POST, []
        if body_cut_short(request):
            data = data.copy()
            for name, field in cls.base_fields.items():
                limit, values = getattr(field, "max_length", None), data.getlist(name)
                if limit and any(len(value) > limit for value in values):
                    data.setlist(name, [value[:limit] for value in values])
                    trimmed.append(name)
        return cls(data, request=request, expired=expired, cut_short=body_cut_short(request), trimmed=trimmed)

    @property
    def sent_by_bot(self):
        """True if the hidden honeypot field was filled in."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def clean(self):
        cleaned_data = super().clean()
        if self.expired:
            self.add_error(None, EXPIRED_MESSAGE)
        if self.cut_short:
            self.add_error(None, TOO_LARGE_MESSAGE)
        for name in self.trimmed:
            self.add_error(name, TRIMMED_MESSAGE % {"limit": self.fields[name].max_length})
        return cleaned_data

    def already_received(self):
        """True if a request from this very form (its submission key) is already stored."""
        key = self.cleaned_data.get("submission_key")
        return key is not None and ConsultationRequest.objects.filter(submission_key=key).exists()

    def save(self):
        """Store the request and, beside it, the conditions chosen, as text (see patient_requests.py)."""
        self.instance.submission_key = self.cleaned_data.get("submission_key")
        consultation = super().save()
        consultation.record_conditions(self.cleaned_data["conditions"])
        return consultation

    def clean_phone(self):
        try:
            return normalise_us_phone(self.cleaned_data["phone"])
        except ValueError:
            raise forms.ValidationError(
                "Enter a US phone number with its area code, like (713) 555-0142.",
                code="invalid",
            ) from None
