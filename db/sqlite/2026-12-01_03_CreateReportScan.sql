-- Scanned narrative reports (image-only PDFs, photos and scans of pages) waiting for, or read by, OCR: the file itself
-- (so a job on any node can read it), the progress per page (so any node shows it), the outcome and its reason, and the
-- text OCR gave (kept for audit beside the report's own text). One row per NarrativeReport that was a scan.
CREATE TABLE IF NOT EXISTS ReportScan (
    ReportId   INTEGER NOT NULL CONSTRAINT PK_ReportScan PRIMARY KEY CONSTRAINT FK_ReportScan_NarrativeReport REFERENCES NarrativeReport (Id),
    Content    BLOB    NOT NULL,
    Kind       TEXT    NOT NULL,
    Status     TEXT    NOT NULL CONSTRAINT CK_ReportScan_Status CHECK (Status IN ('queued', 'running', 'done', 'failed')),
    PagesTotal INTEGER NOT NULL,
    PagesDone  INTEGER NOT NULL,
    OcrText    TEXT    NULL,
    ReasonCode TEXT    NULL,
    ReasonVi   TEXT    NULL,
    ReasonEn   TEXT    NULL,
    QueuedAt   TEXT    NOT NULL,
    StartedAt  TEXT    NULL,
    FinishedAt TEXT    NULL
) STRICT;
