"""The team pages are read as search engines read them: the seo tests' ``site`` fixture (its pages at ROOT)."""

from tests.seo.conftest import site  # noqa: F401
