"""Which packages the wheel holds; everything else about the project is in pyproject.toml.

``resources/`` and ``benchmarks/`` keep their places at the top of the repository but
install inside the package (``loyalty_pos.assets``, ``loyalty_pos.bench``): the program
reads its files through importlib.resources, and site-packages gets no top-level name
but ``loyalty_pos``. pyproject.toml alone can either list packages by hand or find them
under their own folders; the mapped ones need both, hence this file.
"""

from setuptools import find_namespace_packages, setup

MAPPED = {"loyalty_pos.assets": "resources", "loyalty_pos.bench": "benchmarks"}

setup(
    packages=[*find_namespace_packages(include=["loyalty_pos", "loyalty_pos.*"], exclude=["*.__pycache__"]), *MAPPED],
    package_dir=MAPPED,
)
