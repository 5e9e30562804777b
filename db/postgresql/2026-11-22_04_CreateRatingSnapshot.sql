-- Rating snapshots: per (commune, period) the overall colour and each criterion's result, pinned to the rule-set
-- version and hash, the data snapshot id (largest IndicatorValueRevision.Id used) and the application version,
-- so any published rating can be recomputed later and compared bit for bit (ResultSha256 over ResultJson, which
-- therefore stays text: jsonb would not keep the bytes the hash was taken over).
-- A recompute inserts a new row; the current rating is the latest row per (commune, period), older rows stay as
-- history. RatingSnapshotCriterion repeats each criterion's colour and value for queries ("which communes are red
-- on X"); ResultJson, written by the caller, remains the full explanation.
CREATE TABLE IF NOT EXISTS RatingSnapshot (
    Id             bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_RatingSnapshot PRIMARY KEY,
    CommuneCode    text        NOT NULL CONSTRAINT FK_RatingSnapshot_Commune REFERENCES Commune (Code),
    Period         text        NOT NULL CONSTRAINT CK_RatingSnapshot_Period CHECK (Period ~ '^[0-9]{4}-[0-1][0-9]$'),
    RuleSetId      text        NOT NULL,
    RuleSetVersion bigint      NOT NULL,
    RuleSetSha256  text        NOT NULL,
    DataSnapshotId bigint      NOT NULL,
    AppVersion     text        NOT NULL,
    Overall        text        NOT NULL CONSTRAINT CK_RatingSnapshot_Overall CHECK (Overall IN ('green', 'yellow', 'red', 'noData')),
    Score          numeric     NULL,
    ResultJson     text        NOT NULL,
    ResultSha256   text        NOT NULL,
    ComputedAt     timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_RatingSnapshot_CommuneCode_Period ON RatingSnapshot (CommuneCode, Period, Id);
CREATE INDEX IF NOT EXISTS IX_RatingSnapshot_Period ON RatingSnapshot (Period, CommuneCode, Id);

CREATE TABLE IF NOT EXISTS RatingSnapshotCriterion (
    RatingSnapshotId bigint  NOT NULL CONSTRAINT FK_RatingSnapshotCriterion_RatingSnapshot REFERENCES RatingSnapshot (Id),
    CriterionCode    text    NOT NULL,
    -- Position in the rule set, so criteria read back in the order the scorer produced them.
    Ordinal          bigint  NOT NULL,
    Rating           text    NOT NULL CONSTRAINT CK_RatingSnapshotCriterion_Rating CHECK (Rating IN ('green', 'yellow', 'red', 'noData')),
    Value            numeric NULL,
    CONSTRAINT PK_RatingSnapshotCriterion PRIMARY KEY (RatingSnapshotId, CriterionCode)
);
