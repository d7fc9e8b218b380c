"""The names of the editorial groups and workflow, shared by the data migration, receivers and hooks."""

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
SITE_MANAGERS = "Site managers"
EDITORIAL_GROUPS = (EDITORS, MEDICAL_REVIEWERS, SITE_MANAGERS)

MEDICAL_REVIEW_WORKFLOW = "Medical review"
MEDICAL_REVIEW_TASK = "Medical reviewers approve"

#: What Site managers may do on the locations section and on standard pages (granted page by page).
SITE_MANAGER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
