-- The ingest ledger: one IngestRun per file or API pull (source, file name, SHA-256 of the content, counts,
-- status), and the rows an ingest refused (QuarantinedRow) with their raw content, row number, a reason code and
-- a vi/en message, so a data steward can see and fix them. The partial unique index makes "the same file twice"
-- detectable: only one succeeded run per (Source, Sha256); failed or duplicate runs may repeat.
CREATE TABLE IF NOT EXISTS IngestRun (
    Id               bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_IngestRun PRIMARY KEY,
    Source           text        NOT NULL,
    FileName         text        NULL,
    Sha256           text        NOT NULL,
    TriggeredBy      text        NULL,
    StartedAt        timestamptz NOT NULL,
    FinishedAt       timestamptz NULL,
    Status           text        NOT NULL CONSTRAINT CK_IngestRun_Status CHECK (Status IN ('running', 'succeeded', 'failed', 'duplicate')),
    ImportedCount    bigint      NOT NULL DEFAULT 0,
    UpdatedCount     bigint      NOT NULL DEFAULT 0,
    UnchangedCount   bigint      NOT NULL DEFAULT 0,
    QuarantinedCount bigint      NOT NULL DEFAULT 0,
    Message          text        NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_IngestRun_Source_Sha256 ON IngestRun (Source, Sha256) WHERE Status = 'succeeded';

CREATE TABLE IF NOT EXISTS QuarantinedRow (
    Id            bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_QuarantinedRow PRIMARY KEY,
    RunId         bigint NOT NULL CONSTRAINT FK_QuarantinedRow_IngestRun REFERENCES IngestRun (Id),
    RowNumber     bigint NOT NULL,
    RawContent    text   NOT NULL,
    ReasonCode    text   NOT NULL,
    MessageVi     text   NOT NULL,
    MessageEn     text   NOT NULL,
    CommuneCode   text   NULL,
    IndicatorCode text   NULL,
    Period        text   NULL
);

CREATE INDEX IF NOT EXISTS IX_QuarantinedRow_RunId ON QuarantinedRow (RunId, RowNumber);
