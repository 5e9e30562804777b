-- Scanned narrative reports (image-only PDFs, photos and scans of pages) waiting for, or read by, OCR: the file itself
-- (so a job on any node can read it), the progress per page (so any node shows it), the outcome and its reason, and the
-- text OCR gave (kept for audit beside the report's own text). One row per NarrativeReport that was a scan.
IF OBJECT_ID(N'dbo.ReportScan', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.ReportScan (
        ReportId   BIGINT            NOT NULL CONSTRAINT PK_ReportScan PRIMARY KEY
                                     CONSTRAINT FK_ReportScan_NarrativeReport REFERENCES dbo.NarrativeReport (Id),
        Content    VARBINARY(MAX)    NOT NULL,
        Kind       NVARCHAR(16)      NOT NULL,
        Status     NVARCHAR(16)      NOT NULL CONSTRAINT CK_ReportScan_Status CHECK (Status IN (N'queued', N'running', N'done', N'failed')),
        PagesTotal INT               NOT NULL,
        PagesDone  INT               NOT NULL,
        OcrText    NVARCHAR(MAX)     NULL,
        ReasonCode NVARCHAR(64)      NULL,
        ReasonVi   NVARCHAR(1000)    NULL,
        ReasonEn   NVARCHAR(1000)    NULL,
        QueuedAt   DATETIMEOFFSET(7) NOT NULL,
        StartedAt  DATETIMEOFFSET(7) NULL,
        FinishedAt DATETIMEOFFSET(7) NULL
    );
END;
