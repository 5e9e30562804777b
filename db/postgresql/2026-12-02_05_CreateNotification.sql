-- Notifications (issue 29). AccountSetting holds what a user sets about themselves (email address, preferred
-- language), kept beside AppUser rather than altering it. NotificationOptOut lists the kinds of message a user does
-- not want by email (the in-app list still shows them). Notification is the in-app list: one row per recipient and
-- event, unique per (user, dedup key) so a job that runs twice cannot notify twice. NotificationOutbox is the email
-- queue, written in the same transaction as the change that caused it; the sender claims a row (ClaimedUntil), sends
-- it, and marks SentAt, so a restart sends what was left and never what was sent.
CREATE TABLE IF NOT EXISTS AccountSetting (
    UserId    bigint      NOT NULL CONSTRAINT PK_AccountSetting PRIMARY KEY CONSTRAINT FK_AccountSetting_AppUser REFERENCES AppUser (Id),
    Email     text        NULL,
    Language  text        NOT NULL DEFAULT 'vi' CONSTRAINT CK_AccountSetting_Language CHECK (Language IN ('vi', 'en')),
    UpdatedAt timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS NotificationOptOut (
    UserId bigint NOT NULL CONSTRAINT FK_NotificationOptOut_AppUser REFERENCES AppUser (Id),
    Kind   text   NOT NULL,
    CONSTRAINT PK_NotificationOptOut PRIMARY KEY (UserId, Kind)
);

CREATE TABLE IF NOT EXISTS Notification (
    Id        bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_Notification PRIMARY KEY,
    UserId    bigint      NOT NULL CONSTRAINT FK_Notification_AppUser REFERENCES AppUser (Id),
    Kind      text        NOT NULL,
    DedupKey  text        NOT NULL,
    Link      text        NOT NULL,
    TextVi    text        NOT NULL,
    TextEn    text        NOT NULL,
    CreatedAt timestamptz NOT NULL,
    ReadAt    timestamptz NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_Notification_UserId_DedupKey ON Notification (UserId, DedupKey);

-- The bell reads the unread count of one user.
CREATE INDEX IF NOT EXISTS IX_Notification_UserId_Unread ON Notification (UserId) WHERE ReadAt IS NULL;

CREATE TABLE IF NOT EXISTS NotificationOutbox (
    Id             bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_NotificationOutbox PRIMARY KEY,
    NotificationId bigint      NOT NULL CONSTRAINT FK_NotificationOutbox_Notification REFERENCES Notification (Id),
    ToAddress      text        NOT NULL,
    Language       text        NOT NULL,
    Subject        text        NOT NULL,
    Body           text        NOT NULL,
    CreatedAt      timestamptz NOT NULL,
    Attempts       bigint      NOT NULL DEFAULT 0,
    ClaimedUntil   timestamptz NULL,
    SentAt         timestamptz NULL,
    LastError      text        NULL
);

-- The sender reads only what is left to send.
CREATE INDEX IF NOT EXISTS IX_NotificationOutbox_Unsent ON NotificationOutbox (Id) WHERE SentAt IS NULL;
