"""The production settings plus the demo app, for the one step of a benchmark that loads the demo content.

The demo app (``load_demo_content``) is installed by the dev and test settings only; a benchmark
serves and measures the production settings, so only the step that builds the site uses this module.
The app has no models, templates or static files, so it changes nothing else that step does.
"""

from kureiv.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
