# The package list lives here because pyproject.toml cannot both find the
# packages under newslint/ and add the YAML packs mapped from rules/.
from setuptools import find_packages, setup

setup(packages=find_packages(include=["newslint", "newslint.*"]) + ["newslint.packs"])
