-- Actions and disputes (issue 23). A CommuneAction is a promise bound to one failing criterion of one unit, made
-- from the period it was failing in; it closes only when the data shows it (verified, with the later period and the
-- value that verified it), when its criterion retires, or when an analyst cancels it with a reason. Overdue is not
-- stored: it follows from DueOn and the clock. A Dispute is a chair's objection to a stored value or rating of one
-- criterion and period, with an optional corrected figure and an attached file kept in the database (several web
-- nodes share no disk), size-limited by the application. A decided dispute is never updated again: the decision
-- UPDATE only matches Status = 'open'. Every step is also in AuditLog.
IF OBJECT_ID(N'dbo.CommuneAction', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.CommuneAction (
        Id             BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_CommuneAction PRIMARY KEY,
        CommuneCode    NVARCHAR(16)      NOT NULL CONSTRAINT FK_CommuneAction_Commune REFERENCES dbo.Commune (Code),
        CriterionCode  NVARCHAR(32)      NOT NULL,
        Period         NVARCHAR(7)       NOT NULL,
        Text           NVARCHAR(1000)    NOT NULL,
        Owner          NVARCHAR(200)     NOT NULL,
        DueOn          DATE              NOT NULL,
        Note           NVARCHAR(2000)    NULL,
        Status         NVARCHAR(16)      NOT NULL CONSTRAINT CK_CommuneAction_Status CHECK (Status IN ('open', 'waitingForData', 'verified', 'cancelled', 'retired')),
        CreatedBy      NVARCHAR(128)     NOT NULL,
        CreatedAt      DATETIMEOFFSET(7) NOT NULL,
        UpdatedAt      DATETIMEOFFSET(7) NOT NULL,
        ClosedAt       DATETIMEOFFSET(7) NULL,
        VerifiedPeriod NVARCHAR(7)       NULL,
        VerifiedValue  DECIMAL(38, 10)   NULL,
        CancelReason   NVARCHAR(2000)    NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_CommuneAction_CommuneCode' AND object_id = OBJECT_ID(N'dbo.CommuneAction'))
    CREATE INDEX IX_CommuneAction_CommuneCode ON dbo.CommuneAction (CommuneCode, Status);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_CommuneAction_Status' AND object_id = OBJECT_ID(N'dbo.CommuneAction'))
    CREATE INDEX IX_CommuneAction_Status ON dbo.CommuneAction (Status, DueOn);

IF OBJECT_ID(N'dbo.Dispute', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.Dispute (
        Id              BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Dispute PRIMARY KEY,
        CommuneCode     NVARCHAR(16)      NOT NULL CONSTRAINT FK_Dispute_Commune REFERENCES dbo.Commune (Code),
        Period          NVARCHAR(7)       NOT NULL,
        CriterionCode   NVARCHAR(32)      NOT NULL,
        IndicatorCode   NVARCHAR(64)      NOT NULL,
        Reason          NVARCHAR(4000)    NOT NULL,
        CorrectedValue  NVARCHAR(100)     NULL,
        FileName        NVARCHAR(260)     NULL,
        FileSha256      NCHAR(64)         NULL,
        FileContent     VARBINARY(MAX)    NULL,
        Status          NVARCHAR(16)      NOT NULL CONSTRAINT CK_Dispute_Status CHECK (Status IN ('open', 'accepted', 'rejected')),
        FiledBy         NVARCHAR(128)     NOT NULL,
        FiledAt         DATETIMEOFFSET(7) NOT NULL,
        DecidedBy       NVARCHAR(128)     NULL,
        DecidedAt       DATETIMEOFFSET(7) NULL,
        DecisionReason  NVARCHAR(4000)    NULL,
        AcceptedValue   NVARCHAR(100)     NULL,
        CorrectionRunId BIGINT            NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_Dispute_CommuneCode' AND object_id = OBJECT_ID(N'dbo.Dispute'))
    CREATE INDEX IX_Dispute_CommuneCode ON dbo.Dispute (CommuneCode, Period, Status);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_Dispute_Status' AND object_id = OBJECT_ID(N'dbo.Dispute'))
    CREATE INDEX IX_Dispute_Status ON dbo.Dispute (Status, Id);
