-- Accounts and accountability for the web: users with one role each (a chair is bound to one commune), API
-- tokens for machine clients (only a SHA-256 of the token is stored), and an append-only audit log of who did what
-- and when, with before/after hashes of the changed object so a change can be verified without storing it twice.
-- NormalizedUserName (upper invariant) carries the uniqueness, so "An" and "an" clash on every provider whatever
-- the collation.
CREATE TABLE IF NOT EXISTS AppUser (
    Id                 bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_AppUser PRIMARY KEY,
    UserName           text        NOT NULL,
    NormalizedUserName text        NOT NULL,
    DisplayName        text        NULL,
    PasswordHash       text        NOT NULL,
    Role               text        NOT NULL CONSTRAINT CK_AppUser_Role CHECK (Role IN ('admin', 'analyst', 'committee', 'chair', 'steward')),
    CommuneCode        text        NULL CONSTRAINT FK_AppUser_Commune REFERENCES Commune (Code),
    FailedLoginCount   bigint      NOT NULL DEFAULT 0,
    LockoutEndsAt      timestamptz NULL,
    LastLoginAt        timestamptz NULL,
    Disabled           boolean     NOT NULL DEFAULT false,
    CreatedAt          timestamptz NOT NULL,
    CONSTRAINT CK_AppUser_ChairHasCommune CHECK (Role <> 'chair' OR CommuneCode IS NOT NULL)
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_AppUser_NormalizedUserName ON AppUser (NormalizedUserName);

CREATE TABLE IF NOT EXISTS ApiToken (
    Id          bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_ApiToken PRIMARY KEY,
    Name        text        NOT NULL,
    TokenSha256 text        NOT NULL,
    Role        text        NOT NULL CONSTRAINT CK_ApiToken_Role CHECK (Role IN ('admin', 'analyst', 'committee', 'chair', 'steward')),
    CommuneCode text        NULL CONSTRAINT FK_ApiToken_Commune REFERENCES Commune (Code),
    CreatedBy   text        NOT NULL,
    CreatedAt   timestamptz NOT NULL,
    RevokedAt   timestamptz NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_ApiToken_TokenSha256 ON ApiToken (TokenSha256);

CREATE TABLE IF NOT EXISTS AuditLog (
    Id           bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_AuditLog PRIMARY KEY,
    At           timestamptz NOT NULL,
    UserName     text        NOT NULL,
    Action       text        NOT NULL,
    Subject      text        NOT NULL,
    BeforeSha256 text        NULL,
    AfterSha256  text        NULL,
    DetailJson   text        NULL
);

CREATE INDEX IF NOT EXISTS IX_AuditLog_Subject ON AuditLog (Subject, Id);
