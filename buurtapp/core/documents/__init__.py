"""What the printed documents show, gathered from the database (the reports lay it out)."""
