"""Every admin URL, asked by every role: nobody reaches another group's data.

The URLs are not listed here: ``admin_urls.admin_requests`` walks Django's URL resolver, so a view
Wagtail adds tomorrow is asked too. Each URL belongs to one area (``area_of``); ``MAY_REACH`` says
which areas each role may get a 200 from. For every role and every GET:

- the answer is 200, 302, 400, 403, 404 or 405, never a 500 (400: an API or chooser URL asked without
  the query it needs);
- a 200 from an area the role may not reach is a failure (e.g. a Site manager opening a superuser's
  account, an Editor opening Clinic settings);
- the patient's name, phone, email or message appears in a response only for Patient coordinators and
  superusers, whatever the URL (listings, the admin API, search, reports, history, CSV exports);
- no response points at Gravatar, which would learn staff e-mail hashes (avatars are initials, core/avatars.py).

Coordinators and superusers sign in with a verified two-factor session, as production demands of them.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, UploadedFile

from consultations.permissions import PATIENT_COORDINATORS
from editorial.roles import EDITORS, MEDICAL_REVIEWERS, SITE_MANAGERS
from tests import factories
from tests.consultations.factories import ConsultationRequestFactory

from .admin_urls import AdminData, admin_requests

pytestmark = pytest.mark.django_db

# The areas of the admin. Every URL is in exactly one (see area_of).
SIGN_IN = "sign-in pages"  # the login and password-reset pages and what they load
ADMIN = "the admin"  # everything else: Wagtail's own permissions decide (pages, images, reports...)
PATIENT_REQUESTS = "consultation requests"
EDITORIAL_ACCOUNTS = "accounts of Editors and Site managers"  # and the user list, adding a user
GUARDED_ACCOUNTS = "accounts of superusers, Medical reviewers and Patient coordinators"
GROUPS = "groups and their permissions"
CLINIC_SETTINGS = "settings"
WORKFLOWS = "workflows and tasks"

#: What each role may get a 200 from. An area missing from a role's row must answer it 302, 403 or 404.
MAY_REACH = {
    "anonymous": {SIGN_IN},
    "editor": {SIGN_IN, ADMIN},
    "reviewer": {SIGN_IN, ADMIN},
    "site_manager": {SIGN_IN, ADMIN, EDITORIAL_ACCOUNTS, CLINIC_SETTINGS},
    "coordinator": {SIGN_IN, ADMIN, PATIENT_REQUESTS},
    "superuser": {
        SIGN_IN,
        ADMIN,
        PATIENT_REQUESTS,
        EDITORIAL_ACCOUNTS,
        GUARDED_ACCOUNTS,
        GROUPS,
        CLINIC_SETTINGS,
        WORKFLOWS,
    },
}

#: Who may read a patient's details anywhere in the admin.
MAY_SEE_PATIENT_DATA = {role for role, areas in MAY_REACH.items() if PATIENT_REQUESTS in areas}

#: Harmless to anyone, signed in or not.
SIGN_IN_URLS = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}

#: Answers that are not a failure in themselves (whether a 200 is allowed depends on the area).
EXPECTED_STATUSES = {200, 302, 400, 403, 404, 405}

#: Wagtail's /admin/failwhale/ raises on purpose, so that staff can check error reporting works.
DELIBERATE_ERRORS = {"wagtailadmin_error_test"}

#: The task chooser (a modal of the workflow editor) lists the names of active tasks to any member of
#: staff, Wagtail's own choice; it creates a task only for those allowed to add tasks. Names only: not
#: the workflows and tasks admin.
TASK_CHOOSER_URLS = {
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailadmin_workflows:task_chooser_create",
    "wagtailadmin_workflows:task_chosen",
}

GUARDED_GROUPS = {MEDICAL_REVIEWERS, PATIENT_COORDINATORS}

#: The patient, as recognisable in any response: name, phone (as stored), email, message.
PATIENT = {
    "name": "Xiomara Quintanilla",
    "phone": "(713) 555-0199",
    "email": "xiomara.q@patient.example",
    "message": "Tuesdays after 3 please, marker ZQ7731",
}
PATIENT_MARKERS = ("Xiomara", "Quintanilla", "555-0199", "xiomara.q@", "ZQ7731")

#: Each role's proof that its session is real: (URL name, what it must get). Without these the
#: matrix would pass vacuously if, say, every coordinator request bounced to the two-factor set-up.
MUST_REACH = {
    "anonymous": [("wagtailadmin_login", 200)],
    "editor": [("wagtailadmin_home", 200)],
    "reviewer": [("wagtailadmin_home", 200)],
    "site_manager": [("wagtailsettings:edit", 200), ("wagtailadmin_home", 200)],
    "coordinator": [("consultation_requests:index", "patient data"), ("consultation_requests:inspect", "patient data")],
    "superuser": [("consultation_requests:inspect", "patient data"), ("wagtailusers_users:edit", 200)],
}

ROLES = list(MAY_REACH)


def is_guarded_account(user):
    return user.is_superuser or user.groups.filter(name__in=GUARDED_GROUPS).exists()


def area_of(request):
    """The area of the admin a request falls in."""
    name, namespace = request.name, request.route.namespace
    if name in SIGN_IN_URLS:
        return SIGN_IN
    if namespace == "consultation_requests":
        return PATIENT_REQUESTS
    User = get_user_model()
    if namespace == "wagtailusers_users" or isinstance(request.target, User):
        guarded = [
            user
            for user in request.bulk_targets or [request.target]
            if isinstance(user, User) and is_guarded_account(user)
        ]
        return GUARDED_ACCOUNTS if guarded else EDITORIAL_ACCOUNTS
    if namespace == "wagtailusers_groups" or isinstance(request.target, Group):
        return GROUPS
    if namespace == "wagtailsettings":
        return CLINIC_SETTINGS
    if namespace == "wagtailadmin_workflows" and name not in TASK_CHOOSER_URLS:
        return WORKFLOWS
    return ADMIN


def make_user(username, group=None, **extra):
    user = get_user_model().objects.create_user(
        username, f"{username}@kureiv.test", "a-long-enough-admin-password", first_name=username.title(), **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def two_factor_as_in_production(settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = [PATIENT_COORDINATORS]
    settings.ADMIN_2FA_REQUIRED_FOR_SUPERUSERS = True


@pytest.fixture
def people(db):
    return {
        "editor": make_user("erin", EDITORS),
        "reviewer": make_user("maya", MEDICAL_REVIEWERS),
        "site_manager": make_user("sam", SITE_MANAGERS),
        "coordinator": make_user("cora", PATIENT_COORDINATORS),
        "superuser": make_user("root", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def admin_data(site_tree, people):
    """A site with a page of every type, a post in medical review, media, snippets, a redirect, and a
    patient's consultation request that a coordinator has already called back."""
    editor, superuser = people["editor"], people["superuser"]
    pages = [
        site_tree.home,
        site_tree.services,
        site_tree.service,
        site_tree.blog,
        *site_tree.posts,
        site_tree.locations,
        site_tree.location,
        site_tree.consultation,
        site_tree.about,
    ]
    for page in pages:
        page.save_revision(user=superuser)
    in_review = site_tree.posts[0]
    in_review.save_revision(user=editor)
    workflow_state = in_review.get_workflow().start(in_review, editor)
    task_state = workflow_state.current_task_state

    consultation = ConsultationRequestFactory(**PATIENT)
    consultation.record_conditions([site_tree.service])
    consultation.mark_contacted(people["coordinator"])

    collection = Collection.get_first_root_node().add_child(name="Clinic photos")
    image = get_image_model().objects.create(title="Waiting room", file=get_test_image_file(), collection=collection)
    document = get_document_model().objects.create(
        title="Intake form", file=SimpleUploadedFile("intake.txt", b"Intake form"), collection=collection
    )
    editing_session = EditingSession.objects.create(
        user=superuser,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(in_review.pk),
        last_seen_at=timezone.now(),
    )
    uploaded_file = UploadedFile.objects.create(
        file=SimpleUploadedFile("upload.txt", b"upload"),
        uploaded_by_user=superuser,
        for_content_type=ContentType.objects.get_for_model(get_image_model()),
    )
    return AdminData(
        pages=[page.specific for page in Page.objects.filter(pk__in=[page.pk for page in pages]).order_by("path")],
        page_in_review=in_review,
        task_state=task_state,
        workflow_state=workflow_state,
        workflow=workflow_state.workflow,
        task=task_state.task.specific,
        users=list(people.values()),
        groups=list(Group.objects.order_by("name")),
        objects=[
            consultation,
            collection,
            image,
            document,
            site_tree.site,
            site_tree.settings,
            factories.PersonFactory(name="Maya Okafor", user=people["reviewer"]),
            factories.BlogCategoryFactory(name="Treatment"),
            Redirect.objects.create(old_path="/old-about", redirect_page=site_tree.about),
        ],
        uploaded_file=uploaded_file,
        editing_session=editing_session,
        password_reset=(urlsafe_base64_encode(force_bytes(editor.pk)), default_token_generator.make_token(editor)),
        search_term="Xiomar",  # finds the patient; echoed back in a search box, it is none of PATIENT_MARKERS
    )


def signed_in_client(user):
    """A browser signed in as ``user``; a session verified with a second factor, as coordinators and
    (in production) superusers must have."""
    client = Client(raise_request_exception=False)  # a 500 is a cell of the report, not the end of the walk
    if user is None:
        return client
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def body_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def problems_with(role, request, response, body):
    if response.status_code not in EXPECTED_STATUSES and request.name not in DELIBERATE_ERRORS:
        yield f"answered {response.status_code}"
    if role not in MAY_SEE_PATIENT_DATA and any(marker in body for marker in PATIENT_MARKERS):
        yield "shows the patient's details"
    if "gravatar.com" in body:
        yield "points at Gravatar"
    area = area_of(request)
    if response.status_code == 200 and area not in MAY_REACH[role]:
        if not request.bulk_targets or offers_to_act_on(response, request.bulk_targets):
            yield f"answered 200 ({area})"


def offers_to_act_on(response, targets):
    """Whether a bulk action's confirmation page offers to act on ``targets``, rather than listing
    them as out of the user's reach. A page that does not say counts as offering."""
    try:
        items = response.context["items"]
    except (KeyError, TypeError):
        return True
    return any(item["item"] in targets for item in items)


def failed_expectations(role, first_answers):
    """MUST_REACH: the proof that this role's session reaches what it should.
    ``first_answers``: {URL name: (url, status, whether it showed the patient's details)}, a 200 if any."""
    for name, expected in MUST_REACH[role]:
        if name not in first_answers:
            yield f"{name}: never asked"
            continue
        url, status, shows_patient = first_answers[name]
        if expected == "patient data" and not (status == 200 and shows_patient):
            yield f"{url} ({name}): expected the patient's details, got {status}"
        elif expected == 200 and status != 200:
            yield f"{url} ({name}): expected 200, got {status}"


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_url_shows_a_role_what_belongs_to_another(role, admin_data, people, two_factor_as_in_production):
    user = people.get(role)
    client = signed_in_client(user)
    asked, failures, first_answers = 0, [], {}
    for request in admin_requests(admin_data):
        response = client.get(request.url)
        body = body_of(response)
        asked += 1
        answer = (request.url, response.status_code, PATIENT["name"] in body)
        if request.name not in first_answers or (first_answers[request.name][1] != 200 and answer[1] == 200):
            first_answers[request.name] = answer  # a name's best answer (one name may have two patterns)
        failures += [
            f"{response.status_code} {request.url} ({request.name}{f', {request.target}' if request.target else ''}): {problem}"
            for problem in problems_with(role, request, response, body)
        ]
        if user is not None and "_auth_user_id" not in client.session:  # a GET that signed out: sign in again
            client = signed_in_client(user)
    failures += list(failed_expectations(role, first_answers))
    report = "\n".join(failures)
    print(f"\n{role}: {asked} requests, {len(failures)} failures\n{report}")
    assert not failures, f"{role}: {len(failures)} of {asked} admin requests failed:\n{report}"
