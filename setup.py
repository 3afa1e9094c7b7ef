"""Ships resources/ inside the package (as desktop_app/_resources) in built wheels.

Everything else is in pyproject.toml. In a source checkout and an editable install the
resources are read from resources/ directly (desktop_app/resources.py).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "desktop_app" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.md"))


setup(cmdclass={"build_py": BuildWithResources})
