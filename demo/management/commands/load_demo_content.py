"""Fill an empty site with the KureIV demo: pages, images, people, blog categories, clinic settings."""

import logging

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import loader


class Command(BaseCommand):
    help = "Load the demo site. Does nothing if a home page already exists, so it is safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print only a one-line summary.")

    def handle(self, *args, quiet=False, verbosity=1, **options):
        if loader.is_loaded():
            if verbosity:
                self.stdout.write("Demo content already loaded.")
            return
        wagtail_log = logging.getLogger("wagtail")
        level = wagtail_log.level
        wagtail_log.setLevel(logging.WARNING)  # one "Page created/Published" line per page is noise here
        try:
            with transaction.atomic():
                summary = loader.load()
        finally:
            wagtail_log.setLevel(level)
        if verbosity and not quiet:
            for line in summary.tree():
                self.stdout.write(line)
        if verbosity:
            self.stdout.write(self.style.SUCCESS(summary.line()))
