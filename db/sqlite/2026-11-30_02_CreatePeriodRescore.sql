-- Rescoring, per period, so that colours never go stale silently. PeriodRescore keeps, per period, the last time a
-- rescore was asked for (by an import, a rule publish, an admin) and how the last rescore went: when it ran, at which
-- data snapshot and rule-set version, how many snapshots it wrote, how many units failed and why. A period whose last
-- rescore failed, stored only part, is still running, or started before the latest request shows its colours as not
-- up to date (Ingest.Jobs/Ratings/RescoreState.cs). PeriodRescoreFailure holds the units the last rescore of a period
-- could not store, with the error; it is replaced at every rescore of that period.
CREATE TABLE IF NOT EXISTS PeriodRescore (
    Period         TEXT    NOT NULL CONSTRAINT PK_PeriodRescore PRIMARY KEY
                           CONSTRAINT CK_PeriodRescore_Period CHECK (Period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    RequestedAt    TEXT    NULL,
    RequestedBy    TEXT    NULL,
    StartedAt      TEXT    NULL,
    FinishedAt     TEXT    NULL,
    Status         TEXT    NULL CONSTRAINT CK_PeriodRescore_Status CHECK (Status IN ('running', 'succeeded', 'partial', 'failed', 'noRules')),
    DataSnapshotId INTEGER NULL,
    RuleSetVersion INTEGER NULL,
    WrittenCount   INTEGER NOT NULL DEFAULT 0,
    FailedCount    INTEGER NOT NULL DEFAULT 0,
    Error          TEXT    NULL
) STRICT;

CREATE TABLE IF NOT EXISTS PeriodRescoreFailure (
    Period      TEXT NOT NULL CONSTRAINT FK_PeriodRescoreFailure_PeriodRescore REFERENCES PeriodRescore (Period),
    CommuneCode TEXT NOT NULL,
    Error       TEXT NOT NULL,
    CONSTRAINT PK_PeriodRescoreFailure PRIMARY KEY (Period, CommuneCode)
) STRICT;
