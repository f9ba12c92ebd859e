"""Identities in the archive: one row per person or organisation across articles, found by
the normalised name keys of zitat.identity, for speakers and addressees alike."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from zitat.identity.names import identity_key, match_identity, normalize_name, organisation_key
from zitat.store import schema


def identity_id(conn: Connection, canonical: str, kind: str | None = None) -> int:
    """The stored identity of a name, created, or completed with a first name, as needed."""
    organisation = kind == "organisation"
    surname, first = organisation_key(canonical) if organisation else identity_key(canonical)
    rows = conn.execute(
        select(schema.persons.c.id, schema.persons.c.first_key).where(schema.persons.c.surname_key == surname)
    ).all()
    key, gains_first = match_identity([(r.id, r.first_key) for r in rows], first)
    shown = canonical if organisation else normalize_name(canonical) or canonical
    if key is not None:
        if gains_first:
            conn.execute(update(schema.persons).where(schema.persons.c.id == key).values(first_key=first, name=shown))
        return int(key)
    return int(
        conn.execute(
            insert(schema.persons).values(
                name=shown, surname_key=surname, first_key=first, kind="organisation" if organisation else "person"
            )
        ).inserted_primary_key[0]
    )
