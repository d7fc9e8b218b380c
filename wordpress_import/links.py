"""Links between imported items: an old WordPress address of a post or page becomes a Wagtail page link.

An address is the item's permalink (``https://kureiv.com/opioids-versus-ketamine/``, or the same path
alone) or its id form (``/?p=12``, ``/?page_id=7``). Links to other sites are left as they are.
"""

from urllib.parse import parse_qs, urlparse

from bs4 import BeautifulSoup
from wagtail.contrib.redirects.models import Redirect

ID_PARAMETERS = ("p", "page_id")


class OldAddresses:
    """The imported pages by their WordPress addresses."""

    def __init__(self, site_url):
        self.host = _host(site_url)
        self.by_id = {}  # WordPress id -> page pk
        self.by_path = {}  # normalised old path -> page pk

    def add(self, item, page_pk):
        self.by_id[item.wp_id] = page_pk
        if item.link:
            self.by_path[old_path(item.link)] = page_pk

    def page_for(self, href):
        """The pk of the imported page ``href`` points to, or None."""
        parsed = urlparse(href.strip())
        if parsed.scheme not in ("", "http", "https"):
            return None
        if parsed.netloc and _host(href) != self.host:
            return None
        if not parsed.netloc and not parsed.path.startswith("/") and not parsed.query:
            return None  # "#top", "relative/path": not an address of the old site we can trust
        if parsed.path in ("", "/"):
            query = parse_qs(parsed.query)
            for name in ID_PARAMETERS:
                value = query.get(name, [""])[0]
                if value.isdigit():
                    return self.by_id.get(int(value))
        return self.by_path.get(old_path(href))

    def rewrite(self, blocks):
        """``blocks`` with each link to an imported page made a page link; and how many were."""
        rewritten, count = [], 0
        for block in blocks:
            if block["type"] == "paragraph":
                soup = BeautifulSoup(block["value"], "html.parser")
                links = [(link, self.page_for(link["href"])) for link in soup.find_all("a", href=True)]
                for link, page_pk in links:
                    if page_pk is not None:
                        link.attrs = {"linktype": "page", "id": str(page_pk)}
                        count += 1
                if any(page_pk is not None for _, page_pk in links):
                    block = {**block, "value": str(soup)}
            rewritten.append(block)
        return rewritten, count


def old_path(link):
    """A WordPress address as the redirects store it: the path and query, normalised."""
    parsed = urlparse(link.strip())
    return Redirect.normalise_path(parsed.path + (f"?{parsed.query}" if parsed.query else ""))


def _host(url):
    host = (urlparse(url.strip()).hostname or "").lower()
    return host.removeprefix("www.")
