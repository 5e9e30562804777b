-- Import leases: a running import renews IngestRun.LeaseExpiresAt every few seconds, and a run whose lease has
-- lapsed is marked 'interrupted' by whichever node notices first (docs/ingest.md, "Leases"). SQLite cannot alter a
-- CHECK constraint, so IngestRun is rebuilt by the documented procedure (https://sqlite.org/lang_altertable.html,
-- "Making Other Kinds Of Table Schema Changes"): create the new table, copy, drop the old, rename the new. DbUp runs
-- this script in one transaction on a connection with foreign keys off (SchemaMigrator sets it; a test checks it), so
-- dropping the parent of IndicatorValue, IndicatorValueRevision and QuarantinedRow deletes nothing; their REFERENCES
-- IngestRun (Id) name the rebuilt table once it is renamed, and the ids are copied unchanged. The last statements
-- check that: any dangling reference fails the script, and its transaction rolls everything back.
-- Runs left 'running' by the previous version get a lease that has already lapsed (their start), so the first
-- check after the upgrade marks them interrupted instead of leaving them 'running' for ever.
CREATE TABLE IF NOT EXISTS IngestRun_new (
    Id               INTEGER NOT NULL CONSTRAINT PK_IngestRun PRIMARY KEY AUTOINCREMENT,
    Source           TEXT    NOT NULL,
    FileName         TEXT    NULL,
    Sha256           TEXT    NOT NULL,
    TriggeredBy      TEXT    NULL,
    StartedAt        TEXT    NOT NULL,
    FinishedAt       TEXT    NULL,
    Status           TEXT    NOT NULL CONSTRAINT CK_IngestRun_Status CHECK (Status IN ('running', 'succeeded', 'failed', 'duplicate', 'interrupted')),
    ImportedCount    INTEGER NOT NULL DEFAULT 0,
    UpdatedCount     INTEGER NOT NULL DEFAULT 0,
    UnchangedCount   INTEGER NOT NULL DEFAULT 0,
    QuarantinedCount INTEGER NOT NULL DEFAULT 0,
    Message          TEXT    NULL,
    LeaseExpiresAt   TEXT    NULL
) STRICT;

INSERT INTO IngestRun_new (Id, Source, FileName, Sha256, TriggeredBy, StartedAt, FinishedAt, Status,
                           ImportedCount, UpdatedCount, UnchangedCount, QuarantinedCount, Message, LeaseExpiresAt)
SELECT Id, Source, FileName, Sha256, TriggeredBy, StartedAt, FinishedAt, Status,
       ImportedCount, UpdatedCount, UnchangedCount, QuarantinedCount, Message,
       CASE WHEN Status = 'running' THEN StartedAt END
  FROM IngestRun;

-- AUTOINCREMENT never reuses an id: carry the old table's high-water mark over (it can be above MAX(Id)).
DELETE FROM sqlite_sequence WHERE name = 'IngestRun_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'IngestRun_new', seq FROM sqlite_sequence WHERE name = 'IngestRun';

DROP TABLE IngestRun;
ALTER TABLE IngestRun_new RENAME TO IngestRun;

CREATE UNIQUE INDEX IF NOT EXISTS UX_IngestRun_Source_Sha256 ON IngestRun (Source, Sha256) WHERE Status = 'succeeded';

-- What every node's periodic check reads: only running runs, a handful at most.
CREATE INDEX IF NOT EXISTS IX_IngestRun_RunningLease ON IngestRun (LeaseExpiresAt) WHERE Status = 'running';

-- The procedure's foreign-key check, made fatal: a CHECK that fails when pragma_foreign_key_check reports any row.
CREATE TEMP TABLE IF NOT EXISTS IngestRunLeaseForeignKeyCheck (Ok INTEGER NOT NULL CHECK (Ok = 1));
INSERT INTO IngestRunLeaseForeignKeyCheck (Ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check);
DROP TABLE IngestRunLeaseForeignKeyCheck;
