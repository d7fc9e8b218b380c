"""What the WordPress import made, so that running it again updates instead of duplicating, and
the report of each import, shown in the admin."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class ImportedItem(models.Model):
    """One WordPress object (a post, a page or an attachment) and what the import made of it.

    ``content_hash`` is the hash of the WordPress data last imported; ``revision`` the page revision
    the import last saved. A page whose latest revision is another one was changed by an editor since.
    """

    class Kind(models.TextChoices):
        POST = "post", "Post"
        PAGE = "page", "Page"
        ATTACHMENT = "attachment", "Attachment"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    wp_id = models.PositiveBigIntegerField("WordPress id")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    content_hash = models.CharField(max_length=64)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "wp_id"], name="one_import_per_wordpress_object")]

    def __str__(self):
        return f"WordPress {self.kind} {self.wp_id}"


class ImportRun(models.Model):
    """The report of one import that wrote to the site (a dry run writes nothing, this included)."""

    ran_at = models.DateTimeField(auto_now_add=True)
    run_by = models.CharField(max_length=200, help_text="Who ran it: an admin user, or the command line.")
    counts = models.JSONField(default=list, help_text="[kind, action, number] per line of the report.")
    warnings = models.JSONField(default=list)

    class Meta:
        ordering = ["-ran_at", "-pk"]
        get_latest_by = ["ran_at", "pk"]
        permissions = [
            ("view_import_report", "Can see the report of the last WordPress import"),
            ("run_import", "Can run a WordPress import from the admin"),
        ]

    def __str__(self):
        return f"WordPress import of {self.ran_at:%Y-%m-%d %H:%M}"

    @classmethod
    def keep(cls, report, run_by):
        return cls.objects.create(run_by=run_by[:200], counts=report.count_rows(), warnings=list(report.warnings))
