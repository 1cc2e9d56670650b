"""The sale: quoting a basket, checkout, returns, receipts and their reprints."""
