-- Accounts and accountability for the web: users with one role each (a chair is bound to one commune), API
-- tokens for machine clients (only a SHA-256 of the token is stored), and an append-only audit log of who did what
-- and when, with before/after hashes of the changed object so a change can be verified without storing it twice.
-- NormalizedUserName (upper invariant) carries the uniqueness, so "An" and "an" clash on both providers whatever
-- the collation.
CREATE TABLE IF NOT EXISTS AppUser (
    Id                 INTEGER NOT NULL CONSTRAINT PK_AppUser PRIMARY KEY AUTOINCREMENT,
    UserName           TEXT    NOT NULL,
    NormalizedUserName TEXT    NOT NULL,
    DisplayName        TEXT    NULL,
    PasswordHash       TEXT    NOT NULL,
    Role               TEXT    NOT NULL CONSTRAINT CK_AppUser_Role CHECK (Role IN ('admin', 'analyst', 'committee', 'chair', 'steward')),
    CommuneCode        TEXT    NULL CONSTRAINT FK_AppUser_Commune REFERENCES Commune (Code),
    FailedLoginCount   INTEGER NOT NULL DEFAULT 0,
    LockoutEndsAt      TEXT    NULL,
    LastLoginAt        TEXT    NULL,
    Disabled           INTEGER NOT NULL DEFAULT 0,
    CreatedAt          TEXT    NOT NULL,
    CONSTRAINT CK_AppUser_ChairHasCommune CHECK (Role <> 'chair' OR CommuneCode IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_AppUser_NormalizedUserName ON AppUser (NormalizedUserName);

CREATE TABLE IF NOT EXISTS ApiToken (
    Id          INTEGER NOT NULL CONSTRAINT PK_ApiToken PRIMARY KEY AUTOINCREMENT,
    Name        TEXT    NOT NULL,
    TokenSha256 TEXT    NOT NULL,
    Role        TEXT    NOT NULL CONSTRAINT CK_ApiToken_Role CHECK (Role IN ('admin', 'analyst', 'committee', 'chair', 'steward')),
    CommuneCode TEXT    NULL CONSTRAINT FK_ApiToken_Commune REFERENCES Commune (Code),
    CreatedBy   TEXT    NOT NULL,
    CreatedAt   TEXT    NOT NULL,
    RevokedAt   TEXT    NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_ApiToken_TokenSha256 ON ApiToken (TokenSha256);

CREATE TABLE IF NOT EXISTS AuditLog (
    Id           INTEGER NOT NULL CONSTRAINT PK_AuditLog PRIMARY KEY AUTOINCREMENT,
    At           TEXT    NOT NULL,
    UserName     TEXT    NOT NULL,
    Action       TEXT    NOT NULL,
    Subject      TEXT    NOT NULL,
    BeforeSha256 TEXT    NULL,
    AfterSha256  TEXT    NULL,
    DetailJson   TEXT    NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_AuditLog_Subject ON AuditLog (Subject, Id);
