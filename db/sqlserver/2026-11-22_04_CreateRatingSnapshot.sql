-- Rating snapshots: per (commune, period) the overall colour and each criterion's result, pinned to the rule-set
-- version and hash, the data snapshot id (largest IndicatorValueRevision.Id used) and the application version,
-- so any published rating can be recomputed later and compared bit for bit (ResultSha256 over ResultJson).
-- A recompute inserts a new row; the current rating is the latest row per (commune, period), older rows stay as
-- history. RatingSnapshotCriterion repeats each criterion's colour and value for queries ("which communes are red
-- on X"); ResultJson, written by the caller, remains the full explanation.
IF OBJECT_ID(N'dbo.RatingSnapshot', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.RatingSnapshot (
        Id             BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_RatingSnapshot PRIMARY KEY,
        CommuneCode    NVARCHAR(16)      NOT NULL CONSTRAINT FK_RatingSnapshot_Commune REFERENCES dbo.Commune (Code),
        Period         NVARCHAR(7)       NOT NULL CONSTRAINT CK_RatingSnapshot_Period CHECK (Period LIKE N'[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        RuleSetId      NVARCHAR(64)      NOT NULL,
        RuleSetVersion INT               NOT NULL,
        RuleSetSha256  NCHAR(64)         NOT NULL,
        DataSnapshotId BIGINT            NOT NULL,
        AppVersion     NVARCHAR(64)      NOT NULL,
        Overall        NVARCHAR(16)      NOT NULL CONSTRAINT CK_RatingSnapshot_Overall CHECK (Overall IN (N'green', N'yellow', N'red', N'noData')),
        Score          DECIMAL(38,10)    NULL,
        ResultJson     NVARCHAR(MAX)     NOT NULL,
        ResultSha256   NCHAR(64)         NOT NULL,
        ComputedAt     DATETIMEOFFSET(7) NOT NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_RatingSnapshot_CommuneCode_Period' AND object_id = OBJECT_ID(N'dbo.RatingSnapshot'))
    CREATE INDEX IX_RatingSnapshot_CommuneCode_Period ON dbo.RatingSnapshot (CommuneCode, Period, Id);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_RatingSnapshot_Period' AND object_id = OBJECT_ID(N'dbo.RatingSnapshot'))
    CREATE INDEX IX_RatingSnapshot_Period ON dbo.RatingSnapshot (Period, CommuneCode, Id);

IF OBJECT_ID(N'dbo.RatingSnapshotCriterion', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.RatingSnapshotCriterion (
        RatingSnapshotId BIGINT         NOT NULL CONSTRAINT FK_RatingSnapshotCriterion_RatingSnapshot REFERENCES dbo.RatingSnapshot (Id),
        CriterionCode    NVARCHAR(64)   NOT NULL,
        -- Position in the rule set, so criteria read back in the order the scorer produced them.
        Ordinal          INT            NOT NULL,
        Rating           NVARCHAR(16)   NOT NULL CONSTRAINT CK_RatingSnapshotCriterion_Rating CHECK (Rating IN (N'green', N'yellow', N'red', N'noData')),
        Value            DECIMAL(38,10) NULL,
        CONSTRAINT PK_RatingSnapshotCriterion PRIMARY KEY (RatingSnapshotId, CriterionCode)
    );
END;
