"""Files the program reads at run time: the logo, fonts, later icons and translations.

The folder stays at the top of the repository but installs as ``loyalty_pos.assets``
(pyproject's package-dir), so a wheel carries it; ``loyalty_pos.resources`` finds
a file in it through ``importlib.resources`` in any kind of install.
"""
