-- Accounts and accountability for the web: users with one role each (a chair is bound to one commune), API
-- tokens for machine clients (only a SHA-256 of the token is stored), and an append-only audit log of who did what
-- and when, with before/after hashes of the changed object so a change can be verified without storing it twice.
-- NormalizedUserName (upper invariant) carries the uniqueness, so "An" and "an" clash on both providers whatever
-- the collation.
IF OBJECT_ID(N'dbo.AppUser', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.AppUser (
        Id                 BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_AppUser PRIMARY KEY,
        UserName           NVARCHAR(128)     NOT NULL,
        NormalizedUserName NVARCHAR(128)     NOT NULL,
        DisplayName        NVARCHAR(200)     NULL,
        PasswordHash       NVARCHAR(400)     NOT NULL,
        Role               NVARCHAR(16)      NOT NULL CONSTRAINT CK_AppUser_Role CHECK (Role IN (N'admin', N'analyst', N'committee', N'chair', N'steward')),
        CommuneCode        NVARCHAR(16)      NULL CONSTRAINT FK_AppUser_Commune REFERENCES dbo.Commune (Code),
        FailedLoginCount   INT               NOT NULL CONSTRAINT DF_AppUser_FailedLoginCount DEFAULT 0,
        LockoutEndsAt      DATETIMEOFFSET(7) NULL,
        LastLoginAt        DATETIMEOFFSET(7) NULL,
        Disabled           BIT               NOT NULL CONSTRAINT DF_AppUser_Disabled DEFAULT 0,
        CreatedAt          DATETIMEOFFSET(7) NOT NULL,
        CONSTRAINT CK_AppUser_ChairHasCommune CHECK (Role <> N'chair' OR CommuneCode IS NOT NULL)
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_AppUser_NormalizedUserName' AND object_id = OBJECT_ID(N'dbo.AppUser'))
    CREATE UNIQUE INDEX UX_AppUser_NormalizedUserName ON dbo.AppUser (NormalizedUserName);

IF OBJECT_ID(N'dbo.ApiToken', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.ApiToken (
        Id          BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_ApiToken PRIMARY KEY,
        Name        NVARCHAR(200)     NOT NULL,
        TokenSha256 NCHAR(64)         NOT NULL,
        Role        NVARCHAR(16)      NOT NULL CONSTRAINT CK_ApiToken_Role CHECK (Role IN (N'admin', N'analyst', N'committee', N'chair', N'steward')),
        CommuneCode NVARCHAR(16)      NULL CONSTRAINT FK_ApiToken_Commune REFERENCES dbo.Commune (Code),
        CreatedBy   NVARCHAR(128)     NOT NULL,
        CreatedAt   DATETIMEOFFSET(7) NOT NULL,
        RevokedAt   DATETIMEOFFSET(7) NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_ApiToken_TokenSha256' AND object_id = OBJECT_ID(N'dbo.ApiToken'))
    CREATE UNIQUE INDEX UX_ApiToken_TokenSha256 ON dbo.ApiToken (TokenSha256);

IF OBJECT_ID(N'dbo.AuditLog', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.AuditLog (
        Id           BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_AuditLog PRIMARY KEY,
        At           DATETIMEOFFSET(7) NOT NULL,
        UserName     NVARCHAR(128)     NOT NULL,
        Action       NVARCHAR(64)      NOT NULL,
        Subject      NVARCHAR(200)     NOT NULL,
        BeforeSha256 NCHAR(64)         NULL,
        AfterSha256  NCHAR(64)         NULL,
        DetailJson   NVARCHAR(MAX)     NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_AuditLog_Subject' AND object_id = OBJECT_ID(N'dbo.AuditLog'))
    CREATE INDEX IX_AuditLog_Subject ON dbo.AuditLog (Subject, Id);
