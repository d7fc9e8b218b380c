"""The admin's import form: the export file, a zip of the uploads folder, and "dry run"."""

from django import forms
from django.core.validators import FileExtensionValidator

#: A WordPress export of a clinic's blog is a few megabytes; this leaves room and refuses anything absurd.
MAX_EXPORT_BYTES = 200 * 1024 * 1024


class ImportForm(forms.Form):
    export = forms.FileField(
        label="WordPress export (.xml)",
        validators=[FileExtensionValidator(["xml"])],
        help_text="In WordPress: Tools › Export › All content.",
    )
    uploads = forms.FileField(
        label="Uploads folder (.zip)",
        required=False,
        validators=[FileExtensionValidator(["zip"])],
        help_text="A zip of the site's wp-content/uploads folder. Without it, every image is reported as missing.",
    )
    dry_run = forms.BooleanField(
        label="Dry run: show what the import would do and write nothing", required=False, initial=True
    )

    def clean_export(self):
        export = self.cleaned_data["export"]
        if export.size > MAX_EXPORT_BYTES:
            raise forms.ValidationError(f"The export is larger than {MAX_EXPORT_BYTES // 1024**2} MB.")
        return export
