"""Card sheets and receipts: PDF via Qt (QPdfWriter), ESC/POS for receipt printers."""
