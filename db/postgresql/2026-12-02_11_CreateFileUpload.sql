-- Uploaded report files (xlsx, csv) and their import as a job that any node may run: the file itself until its import
-- has finished (then emptied: the ledger keeps its hash and the values keep their revisions), the state, so every
-- node shows the same progress, and the import's summary, so every node shows the same outcome.
CREATE TABLE IF NOT EXISTS FileUpload (
    Id         bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_FileUpload PRIMARY KEY,
    FileName   text        NOT NULL,
    Content    bytea       NOT NULL,
    SizeBytes  bigint      NOT NULL,
    UploadedBy text        NOT NULL,
    Status     text        NOT NULL CONSTRAINT CK_FileUpload_Status CHECK (Status IN ('queued', 'running', 'done', 'failed')),
    Attempts   bigint      NOT NULL,
    Summary    text        NULL,
    ReasonVi   text        NULL,
    ReasonEn   text        NULL,
    QueuedAt   timestamptz NOT NULL,
    StartedAt  timestamptz NULL,
    FinishedAt timestamptz NULL
);

CREATE INDEX IF NOT EXISTS IX_FileUpload_Status ON FileUpload (Status);
