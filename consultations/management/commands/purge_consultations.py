"""Delete consultation requests older than CONSULTATION_RETENTION_DAYS. Production runs it daily (see README)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from consultations.models import ConsultationRequest


class Command(BaseCommand):
    help = "Delete consultation requests received more than CONSULTATION_RETENTION_DAYS (default 90) days ago."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.CONSULTATION_RETENTION_DAYS)
        _, deleted_by_model = ConsultationRequest.objects.filter(created_at__lt=cutoff).delete()
        deleted = deleted_by_model.get(ConsultationRequest._meta.label, 0)
        self.stdout.write(f"Deleted {deleted} consultation request(s) received before {cutoff:%Y-%m-%d %H:%M %Z}.")
