-- Versions of the scoring rules (the JSON that analysts edit). A version moves draft -> published -> retired and
-- its JSON is frozen once published; SHA-256 of the UTF-8 JSON text pins exactly which rules produced a rating.
-- EffectiveFrom ('yyyy-MM') says from which period on a published version applies.
IF OBJECT_ID(N'dbo.RuleSetVersion', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.RuleSetVersion (
        Id            BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_RuleSetVersion PRIMARY KEY,
        RuleSetId     NVARCHAR(64)      NOT NULL,
        Version       INT               NOT NULL,
        Sha256        NCHAR(64)         NOT NULL,
        JsonText      NVARCHAR(MAX)     NOT NULL,
        EffectiveFrom NVARCHAR(7)       NOT NULL CONSTRAINT CK_RuleSetVersion_EffectiveFrom CHECK (EffectiveFrom LIKE N'[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        Status        NVARCHAR(16)      NOT NULL CONSTRAINT CK_RuleSetVersion_Status CHECK (Status IN (N'draft', N'published', N'retired')),
        Author        NVARCHAR(200)     NOT NULL,
        CreatedAt     DATETIMEOFFSET(7) NOT NULL,
        PublishedBy   NVARCHAR(200)     NULL,
        PublishedAt   DATETIMEOFFSET(7) NULL,
        RetiredAt     DATETIMEOFFSET(7) NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_RuleSetVersion_RuleSetId_Version' AND object_id = OBJECT_ID(N'dbo.RuleSetVersion'))
    CREATE UNIQUE INDEX UX_RuleSetVersion_RuleSetId_Version ON dbo.RuleSetVersion (RuleSetId, Version);
