"""The apps' layers, read from the source with ``ast``: nothing below imports what sits above it.

    demo, wordpress_import          (top: know the whole site)
    consultations                   (offers the conditions: imports services)
    home, blog, services, locations (page apps)
    editorial, twofactor            (workflow and sign-in: know no page app)
    core                            (shared ground: knows none of the above)

Every import counts: at module top or inside a function, absolute or relative, in migrations too.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE_APPS = {"home", "blog", "services", "locations"}
TOP = {"demo", "wordpress_import"}

#: app -> the project apps it must never import.
FORBIDDEN = {
    "core": PAGE_APPS | {"consultations", "editorial", "twofactor"} | TOP,
    "editorial": PAGE_APPS | {"consultations"} | TOP,
    "twofactor": PAGE_APPS | {"consultations", "editorial"} | TOP,
    **{app: {"consultations"} | TOP for app in PAGE_APPS},
    "consultations": TOP,
}


def imported_modules(path):
    """Every module ``path`` imports, as absolute dotted names (relative imports resolved)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = parts[: len(parts) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            if module:
                yield module
            yield from (f"{module}.{alias.name}" if module else alias.name for alias in node.names)


def violations(app):
    found = []
    for path in sorted((ROOT / app).rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN[app]:
                found.append(f"{path.relative_to(ROOT)} imports {module}")
    return sorted(set(found))


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_an_app_imports_nothing_above_its_layer(app):
    assert violations(app) == []


def test_the_walk_sees_every_kind_of_import(tmp_path, monkeypatch):
    """The rule's own check: top-level, nested, relative and ``import x.y`` forms are all found."""
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    package = tmp_path / "core" / "templatetags"
    package.mkdir(parents=True)
    (package / "tags.py").write_text(
        "import blog.models\n"
        "from services import models\n"
        "def f():\n    from locations.models import LocationPage\n"
        "from ... import consultations\n"
        "from .. import pages\n"
    )
    assert violations("core") == [
        "core/templatetags/tags.py imports blog.models",
        "core/templatetags/tags.py imports consultations",
        "core/templatetags/tags.py imports locations.models",
        "core/templatetags/tags.py imports locations.models.LocationPage",
        "core/templatetags/tags.py imports services",
        "core/templatetags/tags.py imports services.models",
    ]
