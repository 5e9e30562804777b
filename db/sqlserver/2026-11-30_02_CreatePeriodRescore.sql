-- Rescoring, per period, so that colours never go stale silently. PeriodRescore keeps, per period, the last time a
-- rescore was asked for (by an import, a rule publish, an admin) and how the last rescore went: when it ran, at which
-- data snapshot and rule-set version, how many snapshots it wrote, how many units failed and why. A period whose last
-- rescore failed, stored only part, is still running, or started before the latest request shows its colours as not
-- up to date (Ingest.Jobs/Ratings/RescoreState.cs). PeriodRescoreFailure holds the units the last rescore of a period
-- could not store, with the error; it is replaced at every rescore of that period.
IF OBJECT_ID(N'dbo.PeriodRescore', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.PeriodRescore (
        Period         NVARCHAR(7)       NOT NULL CONSTRAINT PK_PeriodRescore PRIMARY KEY
                                         CONSTRAINT CK_PeriodRescore_Period CHECK (Period LIKE N'[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        RequestedAt    DATETIMEOFFSET(7) NULL,
        RequestedBy    NVARCHAR(32)      NULL,
        StartedAt      DATETIMEOFFSET(7) NULL,
        FinishedAt     DATETIMEOFFSET(7) NULL,
        Status         NVARCHAR(16)      NULL CONSTRAINT CK_PeriodRescore_Status CHECK (Status IN (N'running', N'succeeded', N'partial', N'failed', N'noRules')),
        DataSnapshotId BIGINT            NULL,
        RuleSetVersion INT               NULL,
        WrittenCount   INT               NOT NULL CONSTRAINT DF_PeriodRescore_WrittenCount DEFAULT 0,
        FailedCount    INT               NOT NULL CONSTRAINT DF_PeriodRescore_FailedCount DEFAULT 0,
        Error          NVARCHAR(MAX)     NULL
    );
END;

IF OBJECT_ID(N'dbo.PeriodRescoreFailure', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.PeriodRescoreFailure (
        Period      NVARCHAR(7)   NOT NULL CONSTRAINT FK_PeriodRescoreFailure_PeriodRescore REFERENCES dbo.PeriodRescore (Period),
        CommuneCode NVARCHAR(16)  NOT NULL,
        Error       NVARCHAR(MAX) NOT NULL,
        CONSTRAINT PK_PeriodRescoreFailure PRIMARY KEY (Period, CommuneCode)
    );
END;
