"""Settings › WordPress import runs an import from the admin: the export and a zip of the uploads folder,
for Site managers and superusers only, with the same report as the command and nothing written on failure."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model

from blog.models import BlogPage
from editorial.roles import EDITORS, SITE_MANAGERS
from wordpress_import import uploads_archive
from wordpress_import.models import ImportRun

from .test_last_import_report import REPORT_URL, staff
from .wxr import attachment, export, png, post

pytestmark = pytest.mark.django_db

EXPORT = export(
    attachment(30, "Woman on couch", "2024/05/woman-couch.png", alt="A woman resting on a couch"),
    post(12, "Ketamine and sleep", "<p>Rest matters.</p><script>x()</script>", thumbnail=30),
)


def zipped(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def upload(client, *, xml=EXPORT, files=None, dry_run=False):
    data = {"export": SimpleUploadedFile("export.xml", xml.encode(), content_type="text/xml")}
    if files is not None:
        data["uploads"] = SimpleUploadedFile("uploads.zip", zipped(files), content_type="application/zip")
    if dry_run:
        data["dry_run"] = "on"
    return client.post(REPORT_URL, data)


@pytest.fixture
def site_manager(client, site_tree):
    client.force_login(staff("sam", SITE_MANAGERS, first_name="Sam", last_name="Rivera"))
    return client


def test_a_site_manager_imports_posts_and_images_from_the_zip_as_drafts(site_manager):
    response = upload(site_manager, files={"wp-content/uploads/2024/05/woman-couch.png": png()})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Import finished" in page and "<td>posts</td><td>created as drafts</td><td>1</td>" in page
    post = BlogPage.objects.get(slug="post-12")
    assert not post.live
    assert post.hero_image.description == "A woman resting on a couch"
    assert "dropped a &lt;script&gt; element" in page
    assert ImportRun.objects.get().run_by == "Sam Rivera (admin)"


def test_a_dry_run_from_the_admin_shows_the_report_and_writes_nothing(site_manager):
    response = upload(site_manager, files={"uploads/2024/05/woman-couch.png": png()}, dry_run=True)

    assert "Dry run: what the import would do" in response.content.decode()
    assert not BlogPage.objects.filter(slug="post-12").exists()
    assert not get_image_model().objects.exists()
    assert not ImportRun.objects.exists()


def test_without_the_zip_the_post_is_imported_and_the_missing_image_reported(site_manager):
    page = upload(site_manager).content.decode()

    assert BlogPage.objects.filter(slug="post-12").exists()
    assert "woman-couch.png" in page and "Warnings (" in page


@pytest.mark.parametrize("name", ["../escape.png", "/etc/escape.png", "2024/../../escape.png"])
def test_a_zip_reaching_outside_its_folder_is_refused_and_nothing_is_written(site_manager, name, tmp_path):
    response = upload(site_manager, files={name: png()})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported." in page and "points outside its own folder" in page
    assert not BlogPage.objects.filter(slug="post-12").exists()
    assert not ImportRun.objects.exists()


def test_a_zip_bomb_is_refused_by_what_it_unpacks_to(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads_archive, "MAX_BYTES", 1000)
    archive = io.BytesIO(zipped({"2024/05/big.bin": b"\0" * 5000}))
    with pytest.raises(uploads_archive.ArchiveError, match="unpacks to more than"):
        uploads_archive.unpack(archive, tmp_path)


def test_a_broken_export_says_why_and_keeps_the_form(site_manager):
    response = upload(site_manager, xml=EXPORT[: len(EXPORT) // 2])

    page = response.content.decode()
    assert "Nothing was imported." in page
    assert 'name="export"' in page
    assert not BlogPage.objects.filter(slug="post-12").exists()


def test_an_editor_cannot_run_an_import(client, site_tree):
    client.force_login(staff("eddie", EDITORS))

    assert upload(client).status_code == 403
    assert not BlogPage.objects.filter(slug="post-12").exists()


def test_who_may_see_the_report_but_not_run_it_gets_no_form_and_a_403_on_post(client, site_tree):
    from django.contrib.auth.models import Permission

    viewer = staff("vera")
    viewer.user_permissions.add(Permission.objects.get(codename="view_import_report"))
    client.force_login(viewer)

    assert 'name="export"' not in client.get(REPORT_URL).content.decode()
    assert upload(client).status_code == 403
