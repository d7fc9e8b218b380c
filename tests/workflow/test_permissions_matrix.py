"""Who may do what, tried through the admin's own views (not only has_perm) and judged by the database.

Medical pages (blog posts, service pages) go live only through the "Medical review" workflow, so
nobody but a superuser publishes one directly; reviewers publish everything else.
"""

import pytest

from . import admin_actions as act

ROLES = ["editor", "reviewer", "manager", "superuser"]
#: action: (editor, medical reviewer, site manager, superuser)
MATRIX = {
    "create_draft": (act.create_draft, (True, True, False, True)),
    "edit": (act.edit, (True, True, False, True)),
    "submit_for_review": (act.submit_for_review, (True, True, False, True)),
    "approve": (act.approve, (False, True, False, True)),
    "reject": (act.reject, (False, True, False, True)),
    "publish_medical_page": (act.publish_medical_page, (False, False, False, True)),
    "publish_standard_page": (act.publish_standard_page, (False, True, True, True)),
    "unpublish": (act.unpublish, (False, True, False, True)),
    "delete_live_page": (act.delete_live_page, (False, True, False, True)),
    "upload_image": (act.upload_image, (True, True, True, True)),
    "edit_clinic_settings": (act.edit_clinic_settings, (False, False, True, True)),
    "edit_hours": (act.publish_new_hours, (False, True, True, True)),
    "add_user": (act.add_user, (False, False, True, True)),
}
NEEDS_SUBMISSION = {"approve", "reject"}

CASES = [
    pytest.param(action, role, expected[index], id=f"{action}-{role}")
    for action, (_, expected) in MATRIX.items()
    for index, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("action", "role", "allowed"), CASES)
def test_permissions_matrix(site_tree, staff, client, action, role, allowed):
    perform, _ = MATRIX[action]
    if action in NEEDS_SUBMISSION:
        client.force_login(staff.second_reviewer)
        act.submit(client, site_tree.posts[0])
    client.force_login(staff.by_role(role))
    assert perform(client, site_tree) is allowed
