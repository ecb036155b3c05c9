"""The file on disk: judging, opening, locking, the schema and its migrations, backups and
safe outputs."""
