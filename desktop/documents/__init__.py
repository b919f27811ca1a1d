"""Printable documents (ReportLab): agreements, notices, forms and the office journal.

Drawn from plain domain values; never from the database, never with Qt."""
