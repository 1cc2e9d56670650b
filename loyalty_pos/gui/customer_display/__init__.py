"""The optional window facing the customer (second screen)."""
