-- Uploaded report files (xlsx, csv) and their import as a job that any node may run: the file itself until its import
-- has finished (then emptied: the ledger keeps its hash and the values keep their revisions), the state, so every
-- node shows the same progress, and the import's summary, so every node shows the same outcome.
IF OBJECT_ID(N'dbo.FileUpload', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.FileUpload (
        Id         BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT PK_FileUpload PRIMARY KEY,
        FileName   NVARCHAR(260)     NOT NULL,
        Content    VARBINARY(MAX)    NOT NULL,
        SizeBytes  BIGINT            NOT NULL,
        UploadedBy NVARCHAR(128)     NOT NULL,
        Status     NVARCHAR(16)      NOT NULL CONSTRAINT CK_FileUpload_Status CHECK (Status IN (N'queued', N'running', N'done', N'failed')),
        Attempts   INT               NOT NULL,
        Summary    NVARCHAR(MAX)     NULL,
        ReasonVi   NVARCHAR(1000)    NULL,
        ReasonEn   NVARCHAR(1000)    NULL,
        QueuedAt   DATETIMEOFFSET(7) NOT NULL,
        StartedAt  DATETIMEOFFSET(7) NULL,
        FinishedAt DATETIMEOFFSET(7) NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_FileUpload_Status' AND object_id = OBJECT_ID(N'dbo.FileUpload'))
    CREATE INDEX IX_FileUpload_Status ON dbo.FileUpload (Status);
