"""Record identity: random, time-ordered UUIDs (version 7) made where the record is created."""

from uuid import UUID

from uuid6 import uuid7


def new_id() -> UUID:
    # uuid6 returns its own UUID subclass; a plain UUID compares and hashes the same everywhere.
    return UUID(int=uuid7().int)
