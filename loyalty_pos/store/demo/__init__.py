"""The demo's members and history, generated inside SQLite (population, history,
expressions); used only by ``loyalty_pos.demo``, where the demo shop is defined and
seeded. SQL-side because a million members must load within a minute: no generated
row passes through Python."""
