"""Fixtures for the production set-up: a real S3 endpoint (moto's server) and a signed-in superuser."""

import boto3
import pytest
from moto.server import ThreadedMotoServer

from kureiv.settings.base import s3_media_storage

BUCKET = "kureiv-media-test"
PASSWORD = "a-long-enough-admin-password"


@pytest.fixture(scope="session")
def s3_endpoint():
    """The URL of an S3 server listening on 127.0.0.1 for this test session."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_media(s3_endpoint, settings, monkeypatch):
    """Media storage switched to an empty private bucket, configured the way production.py does it."""
    env = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    bucket = boto3.resource(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    ).Bucket(BUCKET)
    bucket.create()
    settings.STORAGES = {**settings.STORAGES, "default": s3_media_storage()}
    yield bucket
    bucket.objects.all().delete()
    bucket.delete()


@pytest.fixture
def admin_client(client, django_user_model, db):
    """A test client signed in as a superuser."""
    user = django_user_model.objects.create_superuser("admin", "admin@kureiv.test", PASSWORD)
    client.force_login(user)
    return client
