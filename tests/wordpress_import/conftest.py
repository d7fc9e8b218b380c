import io

import pytest
from django.core.management import call_command

from .wxr import png


@pytest.fixture
def uploads(tmp_path):
    folder = tmp_path / "uploads"
    (folder / "2024" / "05").mkdir(parents=True)
    (folder / "2024" / "05" / "woman-couch.png").write_bytes(png())
    return folder


@pytest.fixture
def run(tmp_path, uploads):
    """Writes an export and imports it; returns the command's output."""

    def run(xml, *options):
        path = tmp_path / "export.xml"
        path.write_text(xml, encoding="utf-8")
        out = io.StringIO()
        call_command("import_wordpress", str(path), "--uploads", str(uploads), *options, stdout=out)
        return out.getvalue()

    return run
