-- Reading rules of the narrative report reader as analysts edited them on the site, one row per saved version
-- (the newest is the one the reader uses; with none, the reader uses the file shipped in the assembly). Apart from
-- the rating rules: nothing here is part of a rule set's hash or of any rating.
IF OBJECT_ID(N'dbo.ReadingRulesVersion', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.ReadingRulesVersion (
        Version   INT               NOT NULL CONSTRAINT PK_ReadingRulesVersion PRIMARY KEY,
        Sha256    NCHAR(64)         NOT NULL,
        JsonText  NVARCHAR(MAX)     NOT NULL,
        Author    NVARCHAR(128)     NOT NULL,
        CreatedAt DATETIMEOFFSET(7) NOT NULL
    );
END;
