-- Each rule file a release shipped, once it has been stored (published on a fresh database, or offered as a draft
-- to an installation that already has published versions). The primary key on the SHA-256 of the shipped text makes
-- "store it once" hold across restarts and across nodes starting together: a second insert fails, and the draft it
-- would have come with is rolled back. RuleSetVersion.Version is the stored version, which may be numbered after the
-- installation's own versions rather than as the file says.
IF OBJECT_ID(N'dbo.ShippedRuleFile', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.ShippedRuleFile (
        Sha256        NCHAR(64)         NOT NULL CONSTRAINT PK_ShippedRuleFile PRIMARY KEY,
        RuleSetId     NVARCHAR(64)      NOT NULL,
        FileVersion   INT               NOT NULL,
        StoredVersion INT               NOT NULL,
        StoredAt      DATETIMEOFFSET(7) NOT NULL
    );
END;
