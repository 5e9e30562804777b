-- Indicator values. IndicatorValue holds the current value per natural key (commune, indicator, period 'yyyy-MM',
-- source); every insert or change also appends a row to IndicatorValueRevision, so a correction never overwrites
-- silently and the earlier value stays readable. Revision ids only grow (AUTOINCREMENT never reuses an id), which
-- makes "the largest revision id at scoring time" a data snapshot id: the values as of that id can be rebuilt
-- later and a published rating recomputed bit for bit.
-- The row is kind-agnostic: a number (Value), a ratio (Part/Whole), a yes/no (Flag) or a task state (TaskStatus,
-- CompletedOn). Decimals are invariant-culture TEXT so they round-trip exactly.
CREATE TABLE IF NOT EXISTS IndicatorValue (
    CommuneCode   TEXT    NOT NULL CONSTRAINT FK_IndicatorValue_Commune REFERENCES Commune (Code),
    IndicatorCode TEXT    NOT NULL,
    Period        TEXT    NOT NULL CONSTRAINT CK_IndicatorValue_Period CHECK (Period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    Source        TEXT    NOT NULL,
    Value         TEXT    NULL,
    Part          TEXT    NULL,
    Whole         TEXT    NULL,
    Flag          INTEGER NULL,
    TaskStatus    TEXT    NULL,
    CompletedOn   TEXT    NULL,
    RunId         INTEGER NOT NULL CONSTRAINT FK_IndicatorValue_IngestRun REFERENCES IngestRun (Id),
    UpdatedAt     TEXT    NOT NULL,
    Revision      INTEGER NOT NULL,
    CONSTRAINT PK_IndicatorValue PRIMARY KEY (CommuneCode, IndicatorCode, Period, Source)
) STRICT;

CREATE INDEX IF NOT EXISTS IX_IndicatorValue_Period ON IndicatorValue (Period, CommuneCode);

CREATE TABLE IF NOT EXISTS IndicatorValueRevision (
    Id            INTEGER NOT NULL CONSTRAINT PK_IndicatorValueRevision PRIMARY KEY AUTOINCREMENT,
    CommuneCode   TEXT    NOT NULL CONSTRAINT FK_IndicatorValueRevision_Commune REFERENCES Commune (Code),
    IndicatorCode TEXT    NOT NULL,
    Period        TEXT    NOT NULL,
    Source        TEXT    NOT NULL,
    Revision      INTEGER NOT NULL,
    Value         TEXT    NULL,
    Part          TEXT    NULL,
    Whole         TEXT    NULL,
    Flag          INTEGER NULL,
    TaskStatus    TEXT    NULL,
    CompletedOn   TEXT    NULL,
    RunId         INTEGER NOT NULL CONSTRAINT FK_IndicatorValueRevision_IngestRun REFERENCES IngestRun (Id),
    ChangedAt     TEXT    NOT NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_IndicatorValueRevision_Key_Revision
    ON IndicatorValueRevision (CommuneCode, IndicatorCode, Period, Source, Revision);
-- Serves the as-of query: per natural key, the largest Id not above the snapshot id, for a range of periods.
CREATE INDEX IF NOT EXISTS IX_IndicatorValueRevision_Period_Key_Id
    ON IndicatorValueRevision (Period, CommuneCode, IndicatorCode, Source, Id);
