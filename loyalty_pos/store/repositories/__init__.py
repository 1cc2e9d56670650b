"""Repositories: one module per aggregate, each implementing a protocol of services.ports."""
