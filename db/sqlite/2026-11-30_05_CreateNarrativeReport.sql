-- Narrative reports (Word, PDF, text) uploaded for reading: the file's text and hash, who sent it, the unit and month
-- it is for (null while the steward has not chosen), the reader's proposals (JSON) and, once confirmed, who confirmed
-- and the ingest run that imported the accepted values. No indicator value is stored here: values reach
-- IndicatorValue only through the import pipeline at confirmation. The same file (by SHA-256) is one report.
CREATE TABLE IF NOT EXISTS NarrativeReport (
    Id           INTEGER NOT NULL CONSTRAINT PK_NarrativeReport PRIMARY KEY AUTOINCREMENT,
    Sha256       TEXT    NOT NULL,
    FileName     TEXT    NOT NULL,
    UploadedBy   TEXT    NOT NULL,
    UploadedAt   TEXT    NOT NULL,
    CommuneCode  TEXT    NULL,
    Period       TEXT    NULL,
    Status       TEXT    NOT NULL CONSTRAINT CK_NarrativeReport_Status CHECK (Status IN ('proposed', 'confirmed')),
    Text         TEXT    NOT NULL,
    Proposals    TEXT    NOT NULL,
    RulesVersion INTEGER NOT NULL,
    ConfirmedBy  TEXT    NULL,
    ConfirmedAt  TEXT    NULL,
    RunId        INTEGER NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_NarrativeReport_Sha256 ON NarrativeReport (Sha256);
CREATE INDEX IF NOT EXISTS IX_NarrativeReport_Period ON NarrativeReport (Period, CommuneCode);
