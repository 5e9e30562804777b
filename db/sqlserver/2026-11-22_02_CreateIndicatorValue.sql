-- Indicator values. IndicatorValue holds the current value per natural key (commune, indicator, period 'yyyy-MM',
-- source); every insert or change also appends a row to IndicatorValueRevision, so a correction never overwrites
-- silently and the earlier value stays readable. Revision ids only grow (identity; writers are serialised by an
-- application lock so ids commit in order), which makes "the largest revision id at scoring time" a data snapshot
-- id: the values as of that id can be rebuilt later and a published rating recomputed bit for bit.
-- The row is kind-agnostic: a number (Value), a ratio (Part/Whole), a yes/no (Flag) or a task state (TaskStatus,
-- CompletedOn).
IF OBJECT_ID(N'dbo.IndicatorValue', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.IndicatorValue (
        CommuneCode   NVARCHAR(16)      NOT NULL CONSTRAINT FK_IndicatorValue_Commune REFERENCES dbo.Commune (Code),
        IndicatorCode NVARCHAR(64)      NOT NULL,
        Period        NVARCHAR(7)       NOT NULL CONSTRAINT CK_IndicatorValue_Period CHECK (Period LIKE N'[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        Source        NVARCHAR(64)      NOT NULL,
        Value         DECIMAL(38,10)    NULL,
        Part          DECIMAL(38,10)    NULL,
        Whole         DECIMAL(38,10)    NULL,
        Flag          BIT               NULL,
        TaskStatus    NVARCHAR(32)      NULL,
        CompletedOn   DATE              NULL,
        RunId         BIGINT            NOT NULL CONSTRAINT FK_IndicatorValue_IngestRun REFERENCES dbo.IngestRun (Id),
        UpdatedAt     DATETIMEOFFSET(7) NOT NULL,
        Revision      INT               NOT NULL,
        CONSTRAINT PK_IndicatorValue PRIMARY KEY (CommuneCode, IndicatorCode, Period, Source)
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_IndicatorValue_Period' AND object_id = OBJECT_ID(N'dbo.IndicatorValue'))
    CREATE INDEX IX_IndicatorValue_Period ON dbo.IndicatorValue (Period, CommuneCode);

IF OBJECT_ID(N'dbo.IndicatorValueRevision', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.IndicatorValueRevision (
        Id            BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_IndicatorValueRevision PRIMARY KEY,
        CommuneCode   NVARCHAR(16)      NOT NULL CONSTRAINT FK_IndicatorValueRevision_Commune REFERENCES dbo.Commune (Code),
        IndicatorCode NVARCHAR(64)      NOT NULL,
        Period        NVARCHAR(7)       NOT NULL,
        Source        NVARCHAR(64)      NOT NULL,
        Revision      INT               NOT NULL,
        Value         DECIMAL(38,10)    NULL,
        Part          DECIMAL(38,10)    NULL,
        Whole         DECIMAL(38,10)    NULL,
        Flag          BIT               NULL,
        TaskStatus    NVARCHAR(32)      NULL,
        CompletedOn   DATE              NULL,
        RunId         BIGINT            NOT NULL CONSTRAINT FK_IndicatorValueRevision_IngestRun REFERENCES dbo.IngestRun (Id),
        ChangedAt     DATETIMEOFFSET(7) NOT NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_IndicatorValueRevision_Key_Revision' AND object_id = OBJECT_ID(N'dbo.IndicatorValueRevision'))
    CREATE UNIQUE INDEX UX_IndicatorValueRevision_Key_Revision
        ON dbo.IndicatorValueRevision (CommuneCode, IndicatorCode, Period, Source, Revision);
-- Serves the as-of query: per natural key, the largest Id not above the snapshot id, for a range of periods.
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_IndicatorValueRevision_Period_Key_Id' AND object_id = OBJECT_ID(N'dbo.IndicatorValueRevision'))
    CREATE INDEX IX_IndicatorValueRevision_Period_Key_Id
        ON dbo.IndicatorValueRevision (Period, CommuneCode, IndicatorCode, Source, Id);
