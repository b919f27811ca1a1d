"""Alembic environment: Kelisim runs migrations itself (store.migrate) on a connection it opened."""

from alembic import context

from desktop.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
    # The full-text index is not a model; autogenerate must not try to drop it.
    include_object=lambda obj, name, *_: not (name or "").startswith("case_search"),
)
with context.begin_transaction():
    context.run_migrations()
