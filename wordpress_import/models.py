"""What the WordPress import made, so that running it again updates instead of duplicating."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class ImportedItem(models.Model):
    """One WordPress object (a post or an attachment) and what the import made of it.

    ``content_hash`` is the hash of the WordPress data last imported; ``revision`` the page revision
    the import last saved. A page whose latest revision is another one was changed by an editor since.
    """

    class Kind(models.TextChoices):
        POST = "post", "Post"
        ATTACHMENT = "attachment", "Attachment"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    wp_id = models.PositiveBigIntegerField("WordPress id")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    content_hash = models.CharField(max_length=64)
    revision = models.ForeignKey("wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "wp_id"], name="one_import_per_wordpress_object")]

    def __str__(self):
        return f"WordPress {self.kind} {self.wp_id}"
