"""Seeing, forgetting and deleting what is known about a person."""
