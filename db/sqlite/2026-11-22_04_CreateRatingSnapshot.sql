-- Rating snapshots: per (commune, period) the overall colour and each criterion's result, pinned to the rule-set
-- version and hash, the data snapshot id (largest IndicatorValueRevision.Id used) and the application version,
-- so any published rating can be recomputed later and compared bit for bit (ResultSha256 over ResultJson).
-- A recompute inserts a new row; the current rating is the latest row per (commune, period), older rows stay as
-- history. RatingSnapshotCriterion repeats each criterion's colour and value for queries ("which communes are red
-- on X"); ResultJson, written by the caller, remains the full explanation.
CREATE TABLE IF NOT EXISTS RatingSnapshot (
    Id             INTEGER NOT NULL CONSTRAINT PK_RatingSnapshot PRIMARY KEY AUTOINCREMENT,
    CommuneCode    TEXT    NOT NULL CONSTRAINT FK_RatingSnapshot_Commune REFERENCES Commune (Code),
    Period         TEXT    NOT NULL CONSTRAINT CK_RatingSnapshot_Period CHECK (Period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    RuleSetId      TEXT    NOT NULL,
    RuleSetVersion INTEGER NOT NULL,
    RuleSetSha256  TEXT    NOT NULL,
    DataSnapshotId INTEGER NOT NULL,
    AppVersion     TEXT    NOT NULL,
    Overall        TEXT    NOT NULL CONSTRAINT CK_RatingSnapshot_Overall CHECK (Overall IN ('green', 'yellow', 'red', 'noData')),
    Score          TEXT    NULL,
    ResultJson     TEXT    NOT NULL,
    ResultSha256   TEXT    NOT NULL,
    ComputedAt     TEXT    NOT NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_RatingSnapshot_CommuneCode_Period ON RatingSnapshot (CommuneCode, Period, Id);
CREATE INDEX IF NOT EXISTS IX_RatingSnapshot_Period ON RatingSnapshot (Period, CommuneCode, Id);

CREATE TABLE IF NOT EXISTS RatingSnapshotCriterion (
    RatingSnapshotId INTEGER NOT NULL CONSTRAINT FK_RatingSnapshotCriterion_RatingSnapshot REFERENCES RatingSnapshot (Id),
    CriterionCode    TEXT    NOT NULL,
    -- Position in the rule set, so criteria read back in the order the scorer produced them.
    Ordinal          INTEGER NOT NULL,
    Rating           TEXT    NOT NULL CONSTRAINT CK_RatingSnapshotCriterion_Rating CHECK (Rating IN ('green', 'yellow', 'red', 'noData')),
    Value            TEXT    NULL,
    CONSTRAINT PK_RatingSnapshotCriterion PRIMARY KEY (RatingSnapshotId, CriterionCode)
) STRICT;
