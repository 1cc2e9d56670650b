"""The program's languages: Qt's translations of the GUI (``regenerate``), and outside Qt
which languages there are, how numbers, money and dates are written in each, and the
catalogue of texts the CLI, errors and receipts show.

The modules outside ``regenerate`` are pure Python (no Qt), so the CLI, receipts and card
sheets use them without a QApplication.
"""
