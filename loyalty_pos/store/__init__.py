"""SQLite storage: tables, migrations, the unit of work and its repositories.

The only package (with ``sync.server``) that imports SQLAlchemy; the services
see it through the protocols in :mod:`loyalty_pos.services.ports`.
"""
