-- Narrative reports (Word, PDF, text) uploaded for reading: the file's text and hash, who sent it, the unit and month
-- it is for (null while the steward has not chosen), the reader's proposals (JSON, read whole by the application and
-- never queried, so text) and, once confirmed, who confirmed and the ingest run that imported the accepted values.
-- No indicator value is stored here: values reach IndicatorValue only through the import pipeline at confirmation.
-- The same file (by SHA-256) is one report.
CREATE TABLE IF NOT EXISTS NarrativeReport (
    Id           bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_NarrativeReport PRIMARY KEY,
    Sha256       text        NOT NULL,
    FileName     text        NOT NULL,
    UploadedBy   text        NOT NULL,
    UploadedAt   timestamptz NOT NULL,
    CommuneCode  text        NULL,
    Period       text        NULL,
    Status       text        NOT NULL CONSTRAINT CK_NarrativeReport_Status CHECK (Status IN ('proposed', 'confirmed')),
    Text         text        NOT NULL,
    Proposals    text        NOT NULL,
    RulesVersion bigint      NOT NULL,
    ConfirmedBy  text        NULL,
    ConfirmedAt  timestamptz NULL,
    RunId        bigint      NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_NarrativeReport_Sha256 ON NarrativeReport (Sha256);
CREATE INDEX IF NOT EXISTS IX_NarrativeReport_Period ON NarrativeReport (Period, CommuneCode);
