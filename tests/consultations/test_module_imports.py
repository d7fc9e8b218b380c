"""Who imports whom, read from the source (imports inside functions count too).

The page apps never import consultations; consultations offers the conditions, so it imports services, never
the other way; and no module of consultations imports itself back through another, as forms.py and models.py
once did.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGE_APPS = ["blog", "services", "home", "locations"]


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path):
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
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def modules_of(app):
    return {module_name(path): path for path in (ROOT / app).rglob("*.py")}


@pytest.mark.parametrize("app", PAGE_APPS)
def test_page_apps_never_import_consultations(app):
    for name, path in modules_of(app).items():
        found = [module for module in imports(path) if module.split(".")[0] == "consultations"]
        assert not found, f"{name} imports {found}"


def test_consultations_imports_services_but_nothing_of_services_imports_it_back():
    assert any("services.models" in imports(path) for path in modules_of("consultations").values())
    assert not any(
        module.startswith("consultations") for path in modules_of("services").values() for module in imports(path)
    )


def test_no_module_of_consultations_imports_itself_back():
    modules = modules_of("consultations")
    graph = {name: {module for module in imports(path) if module in modules and module != name}
             for name, path in modules.items()}

    def cycle_from(name, trail):
        if name in trail:
            return [*trail[trail.index(name):], name]
        return next(filter(None, (cycle_from(module, [*trail, name]) for module in graph[name])), None)

    cycles = list(filter(None, (cycle_from(name, []) for name in graph)))
    assert not cycles, " -> ".join(cycles[0])


def test_the_form_is_built_on_the_stored_request_not_on_the_page():
    assert "consultations.models" not in set(imports(ROOT / "consultations" / "forms.py"))
    assert "consultations.forms" in set(imports(ROOT / "consultations" / "models.py"))
