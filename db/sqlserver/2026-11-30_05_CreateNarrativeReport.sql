-- Narrative reports (Word, PDF, text) uploaded for reading: the file's text and hash, who sent it, the unit and month
-- it is for (null while the steward has not chosen), the reader's proposals (JSON) and, once confirmed, who confirmed
-- and the ingest run that imported the accepted values. No indicator value is stored here: values reach
-- IndicatorValue only through the import pipeline at confirmation. The same file (by SHA-256) is one report.
IF OBJECT_ID(N'dbo.NarrativeReport', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.NarrativeReport (
        Id           BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT PK_NarrativeReport PRIMARY KEY,
        Sha256       NVARCHAR(64)      NOT NULL,
        FileName     NVARCHAR(260)     NOT NULL,
        UploadedBy   NVARCHAR(128)     NOT NULL,
        UploadedAt   DATETIMEOFFSET(7) NOT NULL,
        CommuneCode  NVARCHAR(16)      NULL,
        Period       NVARCHAR(7)       NULL,
        Status       NVARCHAR(16)      NOT NULL CONSTRAINT CK_NarrativeReport_Status CHECK (Status IN (N'proposed', N'confirmed')),
        Text         NVARCHAR(MAX)     NOT NULL,
        Proposals    NVARCHAR(MAX)     NOT NULL,
        RulesVersion INT               NOT NULL,
        ConfirmedBy  NVARCHAR(128)     NULL,
        ConfirmedAt  DATETIMEOFFSET(7) NULL,
        RunId        BIGINT            NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_NarrativeReport_Sha256' AND object_id = OBJECT_ID(N'dbo.NarrativeReport'))
    CREATE UNIQUE INDEX UX_NarrativeReport_Sha256 ON dbo.NarrativeReport (Sha256);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_NarrativeReport_Period' AND object_id = OBJECT_ID(N'dbo.NarrativeReport'))
    CREATE INDEX IX_NarrativeReport_Period ON dbo.NarrativeReport (Period, CommuneCode);
