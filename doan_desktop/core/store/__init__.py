"""Storage: the ORM models, the database file, its migrations and backups."""
