"""Images, renditions and documents on S3 when a bucket is configured; upload limits in the admin."""

import io
import re
import urllib.error
import urllib.request

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images.models import Image


def jpeg(name="hero.jpg", size=(640, 360), color="teal"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def upload_image(client, file, title="Infusion suite"):
    """Add an image the way an editor does: the admin's add-image form."""
    return client.post(reverse("wagtailimages:add"), {"title": title, "file": file})


@pytest.mark.django_db
class TestImagesOnS3:
    def test_an_uploaded_image_is_stored_in_the_bucket(self, admin_client, s3_media):
        response = upload_image(admin_client, jpeg())
        assert response.status_code == 302
        image = Image.objects.get(title="Infusion suite")
        assert image.file.name in {obj.key for obj in s3_media.objects.all()}

    def test_a_page_shows_the_rendition_by_a_signed_url_that_serves_a_real_image(
        self, admin_client, s3_media, site_tree
    ):
        upload_image(admin_client, jpeg(size=(1600, 900)))
        post = site_tree.posts[0]
        post.hero_image = Image.objects.get(title="Infusion suite")
        post.hero_image_alt = "A quiet infusion room"
        post.save_revision().publish()

        html = admin_client.get(post.url).content.decode()
        urls = [url.replace("&amp;", "&") for url in re.findall(r'<img[^>]+src="([^"]+)"', html)]
        rendition_url = next(url for url in urls if "X-Amz-Signature=" in url)
        assert rendition_url.startswith(f"{s3_media.meta.client.meta.endpoint_url}/{s3_media.name}/")

        with urllib.request.urlopen(rendition_url) as response:
            assert response.status == 200
            served = PILImage.open(io.BytesIO(response.read()))
        served.verify()
        assert served.size in {(480, 270), (800, 450), (1200, 675)}

    def test_the_bucket_refuses_unsigned_requests(self, admin_client, s3_media):
        upload_image(admin_client, jpeg())
        signed = Image.objects.get().file.url
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(signed.split("?")[0])
        assert refused.value.code == 403

    def test_two_uploads_with_the_same_name_keep_both_files(self, admin_client, s3_media):
        upload_image(admin_client, jpeg(color="red"), title="First")
        upload_image(admin_client, jpeg(color="blue"), title="Second")
        first, second = Image.objects.get(title="First"), Image.objects.get(title="Second")
        assert first.file.name != second.file.name
        assert first.file_hash != second.file_hash
        assert {first.file.name, second.file.name} <= {obj.key for obj in s3_media.objects.all()}


@pytest.mark.django_db
class TestDocuments:
    def test_are_served_through_wagtails_view_not_a_bucket_url(self, admin_client, s3_media, settings):
        assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
        pdf = SimpleUploadedFile("consent.pdf", b"%PDF-1.4 consent form", content_type="application/pdf")
        admin_client.post(reverse("wagtaildocs:add"), {"title": "Consent form", "file": pdf})
        document = get_document_model().objects.get(title="Consent form")
        assert document.file.name in {obj.key for obj in s3_media.objects.all()}

        response = admin_client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4 consent form"


@pytest.mark.django_db
class TestUploadLimits:
    def test_an_image_over_the_size_limit_is_refused_with_a_clear_error(self, admin_client, settings):
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
        response = upload_image(admin_client, jpeg(size=(800, 800)))
        assert response.status_code == 200
        assert "This file is too big" in response.content.decode()
        assert not Image.objects.exists()

    def test_a_file_of_another_type_is_refused_with_a_clear_error(self, admin_client):
        script = SimpleUploadedFile("hero.svg", b"<svg onload='alert(1)'/>", content_type="image/svg+xml")
        response = upload_image(admin_client, script)
        assert response.status_code == 200
        assert "Not a supported image format" in response.content.decode()
        assert not Image.objects.exists()

    def test_a_document_of_another_type_is_refused(self, admin_client):
        html = SimpleUploadedFile("page.html", b"<script>alert(1)</script>", content_type="text/html")
        response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Page", "file": html})
        assert response.status_code == 200
        assert "File extension" in response.content.decode()
        assert not get_document_model().objects.exists()
