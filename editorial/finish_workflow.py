"""``WAGTAIL_FINISH_WORKFLOW_ACTION``: what an approved workflow publishes.

Wagtail imports this while it is still defining its own models, so the module imports nothing
at the top; the work is in editorial.review_rules.
"""


def publish_on_approval(workflow_state, user=None):
    from .review_rules import publish_on_approval as publish

    return publish(workflow_state, user=user)
