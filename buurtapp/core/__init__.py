"""The Qt-free heart of Buurtapp: schema, records, validation, recurrence and demo data.

Nothing in this package may import Qt or the ``ui``/``reports`` layers; the command line,
the tests and the window all stand on it.
"""
