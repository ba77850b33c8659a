# The package list lives here because pyproject.toml cannot both find the
# packages under newslint/ and add the YAML packs mapped from rules/.
# Namespace discovery: a folder that forgets its __init__.py is still installed.
# Every folder of rules/ is listed too (newslint.packs.<category>): setuptools
# warns about, and will stop installing, data folders absent from `packages`.
from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["newslint", "newslint.*"], exclude=["*.__pycache__"])
    + ["newslint.packs"]
    + [f"newslint.packs.{name}" for name in find_namespace_packages("rules", exclude=["*__pycache__*"])]
)
