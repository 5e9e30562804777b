-- Scanned narrative reports (image-only PDFs, photos and scans of pages) waiting for, or read by, OCR: the file itself
-- (so a job on any node can read it), the progress per page (so any node shows it), the outcome and its reason, and the
-- text OCR gave (kept for audit beside the report's own text). One row per NarrativeReport that was a scan.
CREATE TABLE IF NOT EXISTS ReportScan (
    ReportId   bigint      NOT NULL CONSTRAINT PK_ReportScan PRIMARY KEY CONSTRAINT FK_ReportScan_NarrativeReport REFERENCES NarrativeReport (Id),
    Content    bytea       NOT NULL,
    Kind       text        NOT NULL,
    Status     text        NOT NULL CONSTRAINT CK_ReportScan_Status CHECK (Status IN ('queued', 'running', 'done', 'failed')),
    PagesTotal bigint      NOT NULL,
    PagesDone  bigint      NOT NULL,
    OcrText    text        NULL,
    ReasonCode text        NULL,
    ReasonVi   text        NULL,
    ReasonEn   text        NULL,
    QueuedAt   timestamptz NOT NULL,
    StartedAt  timestamptz NULL,
    FinishedAt timestamptz NULL
);
