"""The example centre, generated from a seed."""
