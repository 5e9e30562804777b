-- Notifications (issue 29). AccountSetting holds what a user sets about themselves (email address, preferred
-- language), kept beside AppUser rather than altering it, so the script stays a guarded CREATE on both providers.
-- NotificationOptOut lists the kinds of message a user does not want by email (the in-app list still shows them).
-- Notification is the in-app list: one row per recipient and event, unique per (user, dedup key) so a job that runs
-- twice cannot notify twice. NotificationOutbox is the email queue, written in the same transaction as the change
-- that caused it; the sender claims a row (ClaimedUntil), sends it, and marks SentAt, so a restart sends what was
-- left and never what was sent.
IF OBJECT_ID(N'dbo.AccountSetting', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.AccountSetting (
        UserId    BIGINT            NOT NULL CONSTRAINT PK_AccountSetting PRIMARY KEY CONSTRAINT FK_AccountSetting_AppUser REFERENCES dbo.AppUser (Id),
        Email     NVARCHAR(320)     NULL,
        Language  NVARCHAR(2)       NOT NULL CONSTRAINT DF_AccountSetting_Language DEFAULT N'vi' CONSTRAINT CK_AccountSetting_Language CHECK (Language IN (N'vi', N'en')),
        UpdatedAt DATETIMEOFFSET(7) NOT NULL
    );
END;

IF OBJECT_ID(N'dbo.NotificationOptOut', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.NotificationOptOut (
        UserId BIGINT       NOT NULL CONSTRAINT FK_NotificationOptOut_AppUser REFERENCES dbo.AppUser (Id),
        Kind   NVARCHAR(32) NOT NULL,
        CONSTRAINT PK_NotificationOptOut PRIMARY KEY (UserId, Kind)
    );
END;

IF OBJECT_ID(N'dbo.Notification', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.Notification (
        Id        BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Notification PRIMARY KEY,
        UserId    BIGINT            NOT NULL CONSTRAINT FK_Notification_AppUser REFERENCES dbo.AppUser (Id),
        Kind      NVARCHAR(32)      NOT NULL,
        DedupKey  NVARCHAR(200)     NOT NULL,
        Link      NVARCHAR(400)     NOT NULL,
        TextVi    NVARCHAR(2000)    NOT NULL,
        TextEn    NVARCHAR(2000)    NOT NULL,
        CreatedAt DATETIMEOFFSET(7) NOT NULL,
        ReadAt    DATETIMEOFFSET(7) NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_Notification_UserId_DedupKey' AND object_id = OBJECT_ID(N'dbo.Notification'))
    CREATE UNIQUE INDEX UX_Notification_UserId_DedupKey ON dbo.Notification (UserId, DedupKey);

-- The bell reads the unread count of one user.
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_Notification_UserId_Unread' AND object_id = OBJECT_ID(N'dbo.Notification'))
    CREATE INDEX IX_Notification_UserId_Unread ON dbo.Notification (UserId) WHERE ReadAt IS NULL;

IF OBJECT_ID(N'dbo.NotificationOutbox', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.NotificationOutbox (
        Id             BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_NotificationOutbox PRIMARY KEY,
        NotificationId BIGINT            NOT NULL CONSTRAINT FK_NotificationOutbox_Notification REFERENCES dbo.Notification (Id),
        ToAddress      NVARCHAR(320)     NOT NULL,
        Language       NVARCHAR(2)       NOT NULL,
        Subject        NVARCHAR(400)     NOT NULL,
        Body           NVARCHAR(MAX)     NOT NULL,
        CreatedAt      DATETIMEOFFSET(7) NOT NULL,
        Attempts       INT               NOT NULL CONSTRAINT DF_NotificationOutbox_Attempts DEFAULT 0,
        ClaimedUntil   DATETIMEOFFSET(7) NULL,
        SentAt         DATETIMEOFFSET(7) NULL,
        LastError      NVARCHAR(2000)    NULL
    );
END;

-- The sender reads only what is left to send.
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_NotificationOutbox_Unsent' AND object_id = OBJECT_ID(N'dbo.NotificationOutbox'))
    CREATE INDEX IX_NotificationOutbox_Unsent ON dbo.NotificationOutbox (Id) WHERE SentAt IS NULL;
