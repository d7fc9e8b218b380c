"""The apps' layers, read from the source with ``ast``: nothing below imports what sits above it.

    demo, wordpress_import          (top: know the whole site)
    consultations                   (offers the conditions: imports services)
    home, blog, services, locations, team (page apps)
    editorial, twofactor            (workflow and sign-in: know no page app)
    core                            (shared ground: knows none of the above)

Every import counts: at module top or inside a function, absolute or relative, in migrations too.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE_APPS = {"home", "blog", "services", "locations", "team"}
TOP = {"demo", "wordpress_import"}

#: app -> the project apps it must never import.
FORBIDDEN = {
    "core": PAGE_APPS | {"consultations", "editorial", "twofactor"} | TOP,
    "editorial": PAGE_APPS | {"consultations"} | TOP,
    "twofactor": PAGE_APPS | {"consultations", "editorial"} | TOP,
    **{app: {"consultations"} | TOP for app in PAGE_APPS},
    "consultations": TOP,
    "wordpress_import": {"demo"},
    "demo": {"wordpress_import"},
}


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path):
    """Every module ``path`` imports, relative imports resolved; ``from x import y`` counts as x and x.y."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
            module = ".".join(filter(None, [base, node.module]))
            if module:
                yield module
            yield from (f"{module}.{alias.name}" if module else alias.name for alias in node.names)


def modules_of(app):
    return {module_name(path): path for path in (ROOT / app).rglob("*.py")}


def violations(app):
    found = []
    for path in sorted(modules_of(app).values()):
        for module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN[app]:
                found.append(f"{path.relative_to(ROOT)} imports {module}")
    return sorted(set(found))


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_an_app_imports_nothing_above_its_layer(app):
    assert violations(app) == []


def import_cycle(app, allowed=frozenset()):
    """A chain of the app's modules that leads back to where it started, or None. Imports between two
    ``allowed`` modules are left out."""
    modules = modules_of(app)
    graph = {
        name: {
            module
            for module in imported_modules(path)
            if module in modules and module != name and not {name, module} <= allowed
        }
        for name, path in modules.items()
    }

    def cycle_from(name, trail):
        if name in trail:
            return [*trail[trail.index(name) :], name]
        return next(filter(None, (cycle_from(module, [*trail, name]) for module in graph[name])), None)

    return next(filter(None, (cycle_from(name, []) for name in graph)), None)


#: The one known pair: the Medical review task (a model) asks the review rules at call time, and the rules
#: read the models. Splitting them would only hide the same dependency behind an indirection.
ALLOWED_CYCLES = {"editorial": {"editorial.models", "editorial.review_rules"}}


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_no_module_imports_itself_back_through_another(app):
    """As consultations/forms.py and models.py once did (one imported the other inside a function)."""
    cycle = import_cycle(app, ALLOWED_CYCLES.get(app, frozenset()))
    assert cycle is None, " -> ".join(cycle)


def test_the_consultation_form_is_built_on_the_stored_request_not_on_the_page():
    assert "consultations.models" not in set(imported_modules(ROOT / "consultations" / "forms.py"))
    assert "consultations.forms" in set(imported_modules(ROOT / "consultations" / "models.py"))


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
    (package / "more.py").write_text("from .tags import x\n")
    (package / "tags.py").write_text("def f():\n    from core.templatetags import more\n")
    assert sorted(set(import_cycle("core"))) == ["core.templatetags.more", "core.templatetags.tags"]
