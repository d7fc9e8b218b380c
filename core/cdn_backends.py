"""Wagtail frontend-cache backends adapted to the clinic's purge paths (core.cdn_purge)."""

import logging

import requests
from wagtail.contrib.frontend_cache.backends import CloudflareBackend as WagtailCloudflareBackend

logger = logging.getLogger(__name__)

CLOUDFLARE_API = "https://api.cloudflare.com/client/v4"


class CloudflareBackend(WagtailCloudflareBackend):
    """Wagtail's Cloudflare backend, with a configurable API address and prefixes purged as the whole zone.

    - A URL ending in ``*`` (a section such as ``/blog/*``, or ``/*`` for the whole site) purges the whole
      zone (``purge_everything``): Cloudflare purges by prefix only on Enterprise plans, and by exact URL
      it would miss the section's tag, category and ``?page=`` listings. Exact URLs are purged as ``files``
      in Wagtail's chunks of 30.
    - ``API_BASE`` (default: Cloudflare's own) is where the purge is posted. Wagtail's backend posts to a
      fixed ``api.cloudflare.com`` URL; with this setting the tests point the very class production uses
      at a local server standing in for Cloudflare and check its requests, payload and token included.
      Wagtail's generic ``HTTPBackend`` could stand in too, but it sends PURGE requests, not the API call
      this backend makes, so a test through it would prove nothing about Cloudflare.
    - Failures (no answer, an HTTP error, ``"success": false``) are logged with the status and Cloudflare's
      messages, never raised: the edit that asked for the purge is already saved.
    """

    TIMEOUT_SECONDS = 10

    def __init__(self, params):
        params = dict(params)
        self.api_base = params.pop("API_BASE", CLOUDFLARE_API).rstrip("/")
        super().__init__(params)

    def purge_batch(self, urls):
        if any(url.endswith("*") for url in urls):
            self._post({"purge_everything": True})
            return
        for start in range(0, len(urls), self.CHUNK_SIZE):
            self._post({"files": urls[start : start + self.CHUNK_SIZE]})

    def purge(self, url):
        self.purge_batch([url])

    def _headers(self):
        if self.cloudflare_token:
            return {"Authorization": f"Bearer {self.cloudflare_token}"}
        return {"X-Auth-Email": self.cloudflare_email, "X-Auth-Key": self.cloudflare_api_key}

    def _post(self, payload):
        url = f"{self.api_base}/zones/{self.cloudflare_zoneid}/purge_cache"
        try:
            response = requests.post(url, json=payload, headers=self._headers(), timeout=self.TIMEOUT_SECONDS)
            answer = response.json() if response.content else {}
        except (requests.RequestException, ValueError) as error:
            logger.error("Cloudflare purge %s failed: %s", payload, error.__class__.__name__)
            return
        if not isinstance(answer, dict):
            answer = {}
        if not response.ok or not answer.get("success"):
            messages = "; ".join(str(error.get("message")) for error in answer.get("errors") or [])
            logger.error("Cloudflare refused purge %s (HTTP %s): %s", payload, response.status_code, messages)
