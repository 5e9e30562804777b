-- The ingest ledger: one IngestRun per file or API pull (source, file name, SHA-256 of the content, counts,
-- status), and the rows an ingest refused (QuarantinedRow) with their raw content, row number, a reason code and
-- a vi/en message, so a data steward can see and fix them. The filtered unique index makes "the same file twice"
-- detectable: only one succeeded run per (Source, Sha256); failed or duplicate runs may repeat.
IF OBJECT_ID(N'dbo.IngestRun', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.IngestRun (
        Id               BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_IngestRun PRIMARY KEY,
        Source           NVARCHAR(64)      NOT NULL,
        FileName         NVARCHAR(400)     NULL,
        Sha256           NCHAR(64)         NOT NULL,
        TriggeredBy      NVARCHAR(200)     NULL,
        StartedAt        DATETIMEOFFSET(7) NOT NULL,
        FinishedAt       DATETIMEOFFSET(7) NULL,
        Status           NVARCHAR(16)      NOT NULL CONSTRAINT CK_IngestRun_Status CHECK (Status IN (N'running', N'succeeded', N'failed', N'duplicate')),
        ImportedCount    INT               NOT NULL CONSTRAINT DF_IngestRun_ImportedCount DEFAULT 0,
        UpdatedCount     INT               NOT NULL CONSTRAINT DF_IngestRun_UpdatedCount DEFAULT 0,
        UnchangedCount   INT               NOT NULL CONSTRAINT DF_IngestRun_UnchangedCount DEFAULT 0,
        QuarantinedCount INT               NOT NULL CONSTRAINT DF_IngestRun_QuarantinedCount DEFAULT 0,
        Message          NVARCHAR(4000)    NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_IngestRun_Source_Sha256' AND object_id = OBJECT_ID(N'dbo.IngestRun'))
    CREATE UNIQUE INDEX UX_IngestRun_Source_Sha256 ON dbo.IngestRun (Source, Sha256) WHERE Status = N'succeeded';

IF OBJECT_ID(N'dbo.QuarantinedRow', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.QuarantinedRow (
        Id            BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_QuarantinedRow PRIMARY KEY,
        RunId         BIGINT         NOT NULL CONSTRAINT FK_QuarantinedRow_IngestRun REFERENCES dbo.IngestRun (Id),
        RowNumber     INT            NOT NULL,
        RawContent    NVARCHAR(MAX)  NOT NULL,
        ReasonCode    NVARCHAR(64)   NOT NULL,
        MessageVi     NVARCHAR(1000) NOT NULL,
        MessageEn     NVARCHAR(1000) NOT NULL,
        CommuneCode   NVARCHAR(16)   NULL,
        IndicatorCode NVARCHAR(64)   NULL,
        Period        NVARCHAR(7)    NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_QuarantinedRow_RunId' AND object_id = OBJECT_ID(N'dbo.QuarantinedRow'))
    CREATE INDEX IX_QuarantinedRow_RunId ON dbo.QuarantinedRow (RunId, RowNumber);
