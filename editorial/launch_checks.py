"""The launch check editorial owns: every live medical page carries a review credit (``check --deploy``).

Registered by EditorialConfig.ready with core's content checks' tag and rules (core.launch_checks).
"""

from django.apps import apps
from django.core import checks

from core import launch_checks

from .models import MedicallyReviewedPage


def medical_pages_without_credit():
    for model in apps.get_models():
        if not issubclass(model, MedicallyReviewedPage):
            continue
        for page in model.objects.live().filter(medically_reviewed_by__isnull=True).order_by("path"):
            yield launch_checks.warning(
                f"The live page “{page.title}” ({page.url or page.url_path}) has no medical review credit.",
                "In Pages, open it and choose “Submit for medical review”; a Medical reviewer's approval "
                "publishes it with the credit. Or unpublish it until it has been reviewed.",
                101,
            )


def review_credits(app_configs=None, **kwargs):
    return launch_checks.run([medical_pages_without_credit])


def register():
    checks.register(review_credits, "content", deploy=True)
