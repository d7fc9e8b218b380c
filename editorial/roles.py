"""The names of the editorial groups and workflow, shared by the data migration, receivers and hooks."""

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
SITE_MANAGERS = "Site managers"
EDITORIAL_GROUPS = (EDITORS, MEDICAL_REVIEWERS, SITE_MANAGERS)

#: The groups a user manager who is not a superuser (a Site manager) may grant and whose members they
#: manage. Every other group (Medical reviewers, Patient coordinators, any added later) guards a rule,
#: so only superusers grant it: see editorial/user_policy.py.
SITE_MANAGED_GROUPS = (EDITORS, SITE_MANAGERS)

MEDICAL_REVIEW_WORKFLOW = "Medical review"
MEDICAL_REVIEW_TASK = "Medical reviewers approve"

#: What Site managers may do on the locations section and on standard pages (granted page by page).
SITE_MANAGER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
