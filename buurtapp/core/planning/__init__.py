"""Repeat rules, planning sessions from them, and the week."""
