"""Spreadsheets in and out, and the iCalendar agenda."""
