"""The records of the public schema and what is done with them.

Fields, validation, storing, undo, lists and search.
"""
