-- The ingest ledger: one IngestRun per file or API pull (source, file name, SHA-256 of the content, counts,
-- status), and the rows an ingest refused (QuarantinedRow) with their raw content, row number, a reason code and
-- a vi/en message, so a data steward can see and fix them. The partial unique index makes "the same file twice"
-- detectable: only one succeeded run per (Source, Sha256); failed or duplicate runs may repeat.
CREATE TABLE IF NOT EXISTS IngestRun (
    Id               INTEGER NOT NULL CONSTRAINT PK_IngestRun PRIMARY KEY AUTOINCREMENT,
    Source           TEXT    NOT NULL,
    FileName         TEXT    NULL,
    Sha256           TEXT    NOT NULL,
    TriggeredBy      TEXT    NULL,
    StartedAt        TEXT    NOT NULL,
    FinishedAt       TEXT    NULL,
    Status           TEXT    NOT NULL CONSTRAINT CK_IngestRun_Status CHECK (Status IN ('running', 'succeeded', 'failed', 'duplicate')),
    ImportedCount    INTEGER NOT NULL DEFAULT 0,
    UpdatedCount     INTEGER NOT NULL DEFAULT 0,
    UnchangedCount   INTEGER NOT NULL DEFAULT 0,
    QuarantinedCount INTEGER NOT NULL DEFAULT 0,
    Message          TEXT    NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_IngestRun_Source_Sha256 ON IngestRun (Source, Sha256) WHERE Status = 'succeeded';

CREATE TABLE IF NOT EXISTS QuarantinedRow (
    Id            INTEGER NOT NULL CONSTRAINT PK_QuarantinedRow PRIMARY KEY AUTOINCREMENT,
    RunId         INTEGER NOT NULL CONSTRAINT FK_QuarantinedRow_IngestRun REFERENCES IngestRun (Id),
    RowNumber     INTEGER NOT NULL,
    RawContent    TEXT    NOT NULL,
    ReasonCode    TEXT    NOT NULL,
    MessageVi     TEXT    NOT NULL,
    MessageEn     TEXT    NOT NULL,
    CommuneCode   TEXT    NULL,
    IndicatorCode TEXT    NULL,
    Period        TEXT    NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_QuarantinedRow_RunId ON QuarantinedRow (RunId, RowNumber);
