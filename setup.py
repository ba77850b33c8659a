# The package list lives here because pyproject.toml cannot both find the
# packages under newslint/ and add the YAML packs mapped from rules/.
# Namespace discovery: a folder that forgets its __init__.py is still installed.
from setuptools import find_namespace_packages, setup

setup(packages=find_namespace_packages(include=["newslint", "newslint.*"], exclude=["*.__pycache__"]) + ["newslint.packs"])
