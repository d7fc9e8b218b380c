"""The requests patients send from the consultation page, and the conditions each one names.

Personal and health information: see consultations/permissions.py for who may read it.
This module imports nothing from the rest of the app, so the form (forms.py) and the page
(models.py) both build on it without importing each other in a circle.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ContactMethod(models.TextChoices):
    PHONE = "phone", "Phone call"
    TEXT = "text", "Text message"
    EMAIL = "email", "Email"


class BestTime(models.TextChoices):
    MORNING = "morning", "Morning (8 A.M. – noon)"
    AFTERNOON = "afternoon", "Afternoon (noon – 5 P.M.)"
    ANY = "any", "Any time"


class ConsultationRequest(models.Model):
    """A patient's request to be contacted.

    Consent is not stored as a field: the form refuses a request without it, so every row was consented to.
    """

    created_at = models.DateTimeField("received", default=timezone.now, editable=False, db_index=True)
    name = models.CharField(max_length=100)
    phone = models.CharField(max_length=14, help_text="Normalised, e.g. (713) 555-0142.")
    email = models.EmailField("email", max_length=254)
    contact_method = models.CharField("preferred contact method", max_length=10, choices=ContactMethod.choices)
    best_time = models.CharField("best time to reach them", max_length=10, choices=BestTime.choices)
    message = models.TextField(max_length=500, blank=True)
    contacted_at = models.DateTimeField("contacted", null=True, blank=True, editable=False)
    contacted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: The key of the form the request was sent from (a hidden field, new with each form shown), so that
    #: the same form sent twice, by a double click or the back button, is stored once (consultations/submission.py).
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        # Shown in admin breadcrumbs, logs and the audit trail: never the patient's name.
        return f"Consultation request #{self.pk}"

    def record_conditions(self, pages):
        """Store the conditions the patient chose, named as the form showed them (``pages``: ServicePages)."""
        RequestedCondition.objects.bulk_create(
            RequestedCondition(consultation=self, name=page.short_name, slug=page.slug) for page in pages
        )

    def condition_names(self):
        return ", ".join(condition.name for condition in self.conditions.all())

    condition_names.short_description = "Conditions"

    def mark_contacted(self, user):
        """Record that ``user`` contacted the patient now; False, changing nothing, if someone already had."""
        now = timezone.now()
        marked = ConsultationRequest.objects.filter(pk=self.pk, contacted_at__isnull=True).update(
            contacted_at=now,
            contacted_by=user,
        )
        self.refresh_from_db(fields=["contacted_at", "contacted_by"])
        return bool(marked)


class RequestedCondition(models.Model):
    """A condition a patient asked about, named as it was when they sent the request.

    Text, not a link to the service page: deleting, unpublishing or renaming a page later never changes
    what a stored request says the patient asked about. A row of its own rather than a JSON list, so the
    admin can filter requests by condition with a plain join on any database, and the database itself
    holds every name and slug to its shape.
    """

    consultation = models.ForeignKey(
        ConsultationRequest,
        on_delete=models.CASCADE,
        related_name="conditions",
        editable=False,
    )
    name = models.CharField(max_length=255, help_text="The condition's short name, as the form showed it.")
    slug = models.SlugField(max_length=255, allow_unicode=True, help_text="Its service page's slug at the time.")

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "slug"], name="one_row_per_condition_per_request"),
        ]

    def __str__(self):
        return self.name
