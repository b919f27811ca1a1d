"""sync: version vectors and change counters on synced rows, stamped by triggers; peers, the
ledger of bundles received, and the conflict queue

Migrations are frozen history: they use plain SQLAlchemy types, never the current models.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

SYNCED = ('offices', 'mediators', 'cases', 'parties', 'case_mediators', 'mediation_sessions',
          'obligations', 'case_documents')

# Every local insert or update of a synced row takes this transaction's counter (bumped once per
# write transaction by store/database.py) as its change_seq and as this site's entry of its
# version vector. While a bundle is applied the importer lifts these triggers and sets both
# itself (store/changes.py). The site is this database's own code once known, else the row's
# origin.
_STAMP = """
CREATE TRIGGER {table}_stamp_{event} AFTER {EVENT} ON {table}{guard}
BEGIN
  UPDATE {table} SET
    change_seq = (SELECT seq FROM sync_clock WHERE id = 1),
    clock = json_set(coalesce(NEW.clock, '{{}}'),
                     '$."' || coalesce((SELECT site FROM sync_clock WHERE id = 1), NEW.origin)
                     || '"',
                     (SELECT seq FROM sync_clock WHERE id = 1))
  WHERE id = NEW.id;
END
"""


def upgrade() -> None:
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('clock', sa.JSON(), server_default='{}',
                                          nullable=False))
            batch_op.add_column(sa.Column('change_seq', sa.Integer(), server_default='0',
                                          nullable=False))
            batch_op.create_index(f'ix_{table}_change_seq', ['change_seq'], unique=False)
        # Rows stored before sync existed are this site's first version of them.
        op.execute(f"UPDATE {table} SET clock = json_object(origin, 1), change_seq = 1")

    op.create_table('sync_clock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site', sa.String(length=12), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO sync_clock (id, site, seq) VALUES (1, NULL, 1)")
    op.create_table('sync_peers',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('name_kk', sa.Text(), nullable=False),
    sa.Column('name_ru', sa.Text(), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('identity', sa.JSON(), nullable=True),
    sa.Column('token', sa.String(length=64), nullable=True),
    sa.Column('received_to', sa.Integer(), nullable=False),
    sa.Column('acked_to', sa.Integer(), nullable=False),
    sa.Column('sent_sequence', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('last_bundle_at', sa.DateTime(), nullable=True),
    sa.Column('flagged', sa.JSON(), server_default='[]', nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('sync_ledger',
    sa.Column('origin', sa.String(length=12), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('from_seq', sa.Integer(), nullable=False),
    sa.Column('to_seq', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('held', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('origin', 'epoch', 'sequence')
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('peer', sa.String(length=12), nullable=False),
    sa.Column('local_clock', sa.JSON(), nullable=False),
    sa.Column('remote_clock', sa.JSON(), nullable=False),
    sa.Column('remote_deleted', sa.Boolean(), nullable=False),
    sa.Column('remote_values', sa.JSON(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflicts_row_id', ['row_id'], unique=False)
        batch_op.create_index('ix_sync_conflicts_case_id', ['case_id'], unique=False)

    for table in SYNCED:
        op.execute(_STAMP.format(table=table, event='insert', EVENT='INSERT', guard=''))
        # The insert trigger's own UPDATE changes change_seq: that is no second change.
        op.execute(_STAMP.format(table=table, event='update', EVENT='UPDATE',
                                 guard=' WHEN NEW.change_seq = OLD.change_seq'))


def downgrade() -> None:
    for table in SYNCED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_stamp_insert")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_stamp_update")
    op.drop_table('sync_conflicts')
    op.drop_table('sync_ledger')
    op.drop_table('sync_peers')
    op.drop_table('sync_clock')
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_change_seq')
            batch_op.drop_column('change_seq')
            batch_op.drop_column('clock')
