"""The manager's reports, a back-office section: a chart and a table per report."""

from loyalty_pos.gui.manager.reports_section.section import ReportsSection

__all__ = ["ReportsSection"]
