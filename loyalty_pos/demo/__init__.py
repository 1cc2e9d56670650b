"""The demo shop: a realistic deli with a year of history, for trying and benchmarking.

``shop`` defines it (products, program, staff), ``names`` its members' names,
``catalog`` installs the shop through the services, ``seed`` is ``loyalty-pos demo``.
The members and their history are generated inside SQLite by ``loyalty_pos.store.demo``,
which nothing else uses.
"""
