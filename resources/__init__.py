"""Resources (translations, templates, icons) shipped inside the installed package."""
