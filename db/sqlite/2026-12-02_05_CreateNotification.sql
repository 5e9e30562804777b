-- Notifications (issue 29). AccountSetting holds what a user sets about themselves (email address, preferred
-- language), kept beside AppUser rather than altering it, so the script stays a guarded CREATE on both providers.
-- NotificationOptOut lists the kinds of message a user does not want by email (the in-app list still shows them).
-- Notification is the in-app list: one row per recipient and event, unique per (user, dedup key) so a job that runs
-- twice cannot notify twice. NotificationOutbox is the email queue, written in the same transaction as the change
-- that caused it; the sender claims a row (ClaimedUntil), sends it, and marks SentAt, so a restart sends what was
-- left and never what was sent.
CREATE TABLE IF NOT EXISTS AccountSetting (
    UserId    INTEGER NOT NULL CONSTRAINT PK_AccountSetting PRIMARY KEY CONSTRAINT FK_AccountSetting_AppUser REFERENCES AppUser (Id),
    Email     TEXT    NULL,
    Language  TEXT    NOT NULL DEFAULT 'vi' CONSTRAINT CK_AccountSetting_Language CHECK (Language IN ('vi', 'en')),
    UpdatedAt TEXT    NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS NotificationOptOut (
    UserId INTEGER NOT NULL CONSTRAINT FK_NotificationOptOut_AppUser REFERENCES AppUser (Id),
    Kind   TEXT    NOT NULL,
    CONSTRAINT PK_NotificationOptOut PRIMARY KEY (UserId, Kind)
) STRICT;

CREATE TABLE IF NOT EXISTS Notification (
    Id        INTEGER NOT NULL CONSTRAINT PK_Notification PRIMARY KEY AUTOINCREMENT,
    UserId    INTEGER NOT NULL CONSTRAINT FK_Notification_AppUser REFERENCES AppUser (Id),
    Kind      TEXT    NOT NULL,
    DedupKey  TEXT    NOT NULL,
    Link      TEXT    NOT NULL,
    TextVi    TEXT    NOT NULL,
    TextEn    TEXT    NOT NULL,
    CreatedAt TEXT    NOT NULL,
    ReadAt    TEXT    NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_Notification_UserId_DedupKey ON Notification (UserId, DedupKey);

-- The bell reads the unread count of one user.
CREATE INDEX IF NOT EXISTS IX_Notification_UserId_Unread ON Notification (UserId) WHERE ReadAt IS NULL;

CREATE TABLE IF NOT EXISTS NotificationOutbox (
    Id             INTEGER NOT NULL CONSTRAINT PK_NotificationOutbox PRIMARY KEY AUTOINCREMENT,
    NotificationId INTEGER NOT NULL CONSTRAINT FK_NotificationOutbox_Notification REFERENCES Notification (Id),
    ToAddress      TEXT    NOT NULL,
    Language       TEXT    NOT NULL,
    Subject        TEXT    NOT NULL,
    Body           TEXT    NOT NULL,
    CreatedAt      TEXT    NOT NULL,
    Attempts       INTEGER NOT NULL DEFAULT 0,
    ClaimedUntil   TEXT    NULL,
    SentAt         TEXT    NULL,
    LastError      TEXT    NULL
) STRICT;

-- The sender reads only what is left to send.
CREATE INDEX IF NOT EXISTS IX_NotificationOutbox_Unsent ON NotificationOutbox (Id) WHERE SentAt IS NULL;
