-- Indicator values. IndicatorValue holds the current value per natural key (commune, indicator, period 'yyyy-MM',
-- source); every insert or change also appends a row to IndicatorValueRevision, so a correction never overwrites
-- silently and the earlier value stays readable. Revision ids only grow (an identity never reuses a value), and
-- writers take a transaction-scoped advisory lock so they commit in id order (IndicatorRepository), which makes "the
-- largest revision id at scoring time" a data snapshot id: the values as of that id can be rebuilt later and a
-- published rating recomputed bit for bit.
-- The row is kind-agnostic: a number (Value), a ratio (Part/Whole), a yes/no (Flag) or a task state (TaskStatus,
-- CompletedOn). numeric keeps a decimal exactly as given.
CREATE TABLE IF NOT EXISTS IndicatorValue (
    CommuneCode   text        NOT NULL CONSTRAINT FK_IndicatorValue_Commune REFERENCES Commune (Code),
    IndicatorCode text        NOT NULL,
    Period        text        NOT NULL CONSTRAINT CK_IndicatorValue_Period CHECK (Period ~ '^[0-9]{4}-[0-1][0-9]$'),
    Source        text        NOT NULL,
    Value         numeric     NULL,
    Part          numeric     NULL,
    Whole         numeric     NULL,
    Flag          boolean     NULL,
    TaskStatus    text        NULL,
    CompletedOn   date        NULL,
    RunId         bigint      NOT NULL CONSTRAINT FK_IndicatorValue_IngestRun REFERENCES IngestRun (Id),
    UpdatedAt     timestamptz NOT NULL,
    Revision      bigint      NOT NULL,
    CONSTRAINT PK_IndicatorValue PRIMARY KEY (CommuneCode, IndicatorCode, Period, Source)
);

CREATE INDEX IF NOT EXISTS IX_IndicatorValue_Period ON IndicatorValue (Period, CommuneCode);

CREATE TABLE IF NOT EXISTS IndicatorValueRevision (
    Id            bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_IndicatorValueRevision PRIMARY KEY,
    CommuneCode   text        NOT NULL CONSTRAINT FK_IndicatorValueRevision_Commune REFERENCES Commune (Code),
    IndicatorCode text        NOT NULL,
    Period        text        NOT NULL,
    Source        text        NOT NULL,
    Revision      bigint      NOT NULL,
    Value         numeric     NULL,
    Part          numeric     NULL,
    Whole         numeric     NULL,
    Flag          boolean     NULL,
    TaskStatus    text        NULL,
    CompletedOn   date        NULL,
    RunId         bigint      NOT NULL CONSTRAINT FK_IndicatorValueRevision_IngestRun REFERENCES IngestRun (Id),
    ChangedAt     timestamptz NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_IndicatorValueRevision_Key_Revision
    ON IndicatorValueRevision (CommuneCode, IndicatorCode, Period, Source, Revision);
-- Serves the as-of query: per natural key, the largest Id not above the snapshot id, for a range of periods.
CREATE INDEX IF NOT EXISTS IX_IndicatorValueRevision_Period_Key_Id
    ON IndicatorValueRevision (Period, CommuneCode, IndicatorCode, Source, Id);
