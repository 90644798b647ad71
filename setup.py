"""Build hook: compile the Qt Linguist translations before the package is assembled.

Also maps the top-level resources/ folder into the package. Everything else about the
package lives in pyproject.toml.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self):
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "compile_translations.py")], check=True
        )
        super().run()


# The top-level resources/ folder (fonts, icons) is installed as doan_desktop.resources.
setup(
    packages=[*find_packages(include=["doan_desktop", "doan_desktop.*"]), "doan_desktop.resources"],
    package_dir={"doan_desktop.resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)
