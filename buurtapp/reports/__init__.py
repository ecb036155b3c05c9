"""Printable documents made from core data (templates rendered into QTextDocument)."""
