-- Uploaded report files (xlsx, csv) and their import as a job that any node may run: the file itself until its import
-- has finished (then emptied: the ledger keeps its hash and the values keep their revisions), the state, so every
-- node shows the same progress, and the import's summary, so every node shows the same outcome.
CREATE TABLE IF NOT EXISTS FileUpload (
    Id         INTEGER NOT NULL CONSTRAINT PK_FileUpload PRIMARY KEY AUTOINCREMENT,
    FileName   TEXT    NOT NULL,
    Content    BLOB    NOT NULL,
    SizeBytes  INTEGER NOT NULL,
    UploadedBy TEXT    NOT NULL,
    Status     TEXT    NOT NULL CONSTRAINT CK_FileUpload_Status CHECK (Status IN ('queued', 'running', 'done', 'failed')),
    Attempts   INTEGER NOT NULL,
    Summary    TEXT    NULL,
    ReasonVi   TEXT    NULL,
    ReasonEn   TEXT    NULL,
    QueuedAt   TEXT    NOT NULL,
    StartedAt  TEXT    NULL,
    FinishedAt TEXT    NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_FileUpload_Status ON FileUpload (Status);
