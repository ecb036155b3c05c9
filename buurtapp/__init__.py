"""Buurtapp: bewonersinitiatieven, activiteiten en deelnemers van het buurthuis bijhouden."""

__version__ = "0.1.0"
