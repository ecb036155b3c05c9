"""The eight lessons of Wij in de wijk in figures, with their details and the one-page report."""
