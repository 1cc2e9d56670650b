"""The till's languages outside Qt: which ones there are, how numbers, money and dates
are written in each, and the catalogue of texts the CLI, errors and receipts show.

Pure Python (no Qt) so the CLI, receipts and card sheets use it without a QApplication.
"""
