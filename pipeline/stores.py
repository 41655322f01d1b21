"""Pick the store backend from `--db`: a `postgresql://…` URL opens PostgreSQL, anything else is a
SQLite file. Both offer the same public methods, so the query layer never asks which it has."""
from __future__ import annotations

__all__ = ["open_store", "is_postgres_url"]


def is_postgres_url(db: str) -> bool:
    return str(db).startswith(("postgresql://", "postgres://"))


def open_store(db):
    """A `PgStore` for a PostgreSQL URL (psycopg 3, the `scale` extra), else a SQLite `Store`."""
    if is_postgres_url(db):
        from .store_pg import PgStore
        return PgStore(str(db))
    from .store import Store
    return Store(db)
