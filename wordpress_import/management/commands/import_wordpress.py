import getpass

from django.core.management.base import BaseCommand, CommandError

from wordpress_import.importer import import_wordpress
from wordpress_import.wxr import WXRError


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools › Export › All content) with a copy of its wp-content/uploads folder: "
        "posts become draft blog posts, attachments images, old addresses redirects. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The WordPress export file (.xml).")
        parser.add_argument("--uploads", required=True, help="A copy of the site's wp-content/uploads folder.")
        parser.add_argument("--dry-run", action="store_true", help="Print the report and write nothing.")

    def handle(self, export, uploads, dry_run, **options):
        try:
            report = import_wordpress(export, uploads, dry_run=dry_run, run_by=f"{getpass.getuser()} (command line)")
        except WXRError as error:
            raise CommandError(str(error)) from error
        for line in report.lines():
            self.stdout.write(line)
