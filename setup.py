"""Build hook: compile the Qt Linguist translations before the package is assembled.

Everything else about the package lives in pyproject.toml.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self):
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "compile_translations.py")], check=True
        )
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
