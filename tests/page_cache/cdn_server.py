"""A local HTTP server standing in for a CDN's purge API (Cloudflare's or CloudFront's): it records every
request and answers what a test tells it to."""

import json
import threading
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CLOUDFLARE_OK = (200, "application/json", json.dumps({"success": True, "errors": [], "messages": []}))
CLOUDFRONT_CREATED = (
    201,
    "text/xml",
    (
        '<?xml version="1.0"?><Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">'
        "<Id>I2J0I21PCUYOIK</Id><Status>InProgress</Status><CreateTime>2026-11-25T15:00:00Z</CreateTime>"
        "</Invalidation>"
    ),
)
CLOUDFRONT_NS = "{http://cloudfront.amazonaws.com/doc/2020-05-31/}"


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)

    def invalidated_paths(self):
        """The paths of a CloudFront CreateInvalidation request."""
        root = ElementTree.fromstring(self.body)
        return {element.text for element in root.iter(f"{CLOUDFRONT_NS}Path")}


@dataclass
class PurgeAPI:
    url: str
    requests: list = field(default_factory=list)
    #: (status, content type, body) of every answer
    reply: tuple = CLOUDFLARE_OK


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        api = self.server.api
        api.requests.append(Recorded(self.command, self.path, dict(self.headers), body))
        status, content_type, text = api.reply
        payload = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


def serve():
    """Start the server on a free port of 127.0.0.1; returns (PurgeAPI, stop function)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.api = PurgeAPI(url=f"http://127.0.0.1:{server.server_port}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop():
        server.shutdown()
        server.server_close()

    return server.api, stop
