-- Rescoring, per period, so that colours never go stale silently. PeriodRescore keeps, per period, the last time a
-- rescore was asked for (by an import, a rule publish, an admin) and how the last rescore went: when it ran, at which
-- data snapshot and rule-set version, how many snapshots it wrote, how many units failed and why. A period whose last
-- rescore failed, stored only part, is still running, or started before the latest request shows its colours as not
-- up to date (Ingest.Jobs/Ratings/RescoreState.cs). PeriodRescoreFailure holds the units the last rescore of a period
-- could not store, with the error; it is replaced at every rescore of that period.
CREATE TABLE IF NOT EXISTS PeriodRescore (
    Period         text        NOT NULL CONSTRAINT PK_PeriodRescore PRIMARY KEY
                               CONSTRAINT CK_PeriodRescore_Period CHECK (Period ~ '^[0-9]{4}-[0-1][0-9]$'),
    RequestedAt    timestamptz NULL,
    RequestedBy    text        NULL,
    StartedAt      timestamptz NULL,
    FinishedAt     timestamptz NULL,
    Status         text        NULL CONSTRAINT CK_PeriodRescore_Status CHECK (Status IN ('running', 'succeeded', 'partial', 'failed', 'noRules')),
    DataSnapshotId bigint      NULL,
    RuleSetVersion bigint      NULL,
    WrittenCount   bigint      NOT NULL DEFAULT 0,
    FailedCount    bigint      NOT NULL DEFAULT 0,
    Error          text        NULL
);

CREATE TABLE IF NOT EXISTS PeriodRescoreFailure (
    Period      text NOT NULL CONSTRAINT FK_PeriodRescoreFailure_PeriodRescore REFERENCES PeriodRescore (Period),
    CommuneCode text NOT NULL,
    Error       text NOT NULL,
    CONSTRAINT PK_PeriodRescoreFailure PRIMARY KEY (Period, CommuneCode)
);
