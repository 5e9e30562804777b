-- Actions and disputes (issue 23). A CommuneAction is a promise bound to one failing criterion of one unit, made
-- from the period it was failing in; it closes only when the data shows it (verified, with the later period and the
-- value that verified it), when its criterion retires, or when an analyst cancels it with a reason. Overdue is not
-- stored: it follows from DueOn and the clock. A Dispute is a chair's objection to a stored value or rating of one
-- criterion and period, with an optional corrected figure and an attached file kept in the database (several web
-- nodes share no disk), size-limited by the application. A decided dispute is never updated again: the decision
-- UPDATE only matches Status = 'open'. Every step is also in AuditLog.
CREATE TABLE IF NOT EXISTS CommuneAction (
    Id             INTEGER NOT NULL CONSTRAINT PK_CommuneAction PRIMARY KEY AUTOINCREMENT,
    CommuneCode    TEXT    NOT NULL CONSTRAINT FK_CommuneAction_Commune REFERENCES Commune (Code),
    CriterionCode  TEXT    NOT NULL,
    Period         TEXT    NOT NULL CONSTRAINT CK_CommuneAction_Period CHECK (Period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    Text           TEXT    NOT NULL,
    Owner          TEXT    NOT NULL,
    DueOn          TEXT    NOT NULL,
    Note           TEXT    NULL,
    Status         TEXT    NOT NULL CONSTRAINT CK_CommuneAction_Status CHECK (Status IN ('open', 'waitingForData', 'verified', 'cancelled', 'retired')),
    CreatedBy      TEXT    NOT NULL,
    CreatedAt      TEXT    NOT NULL,
    UpdatedAt      TEXT    NOT NULL,
    ClosedAt       TEXT    NULL,
    VerifiedPeriod TEXT    NULL,
    VerifiedValue  TEXT    NULL,
    CancelReason   TEXT    NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_CommuneAction_CommuneCode ON CommuneAction (CommuneCode, Status);
CREATE INDEX IF NOT EXISTS IX_CommuneAction_Status ON CommuneAction (Status, DueOn);

CREATE TABLE IF NOT EXISTS Dispute (
    Id              INTEGER NOT NULL CONSTRAINT PK_Dispute PRIMARY KEY AUTOINCREMENT,
    CommuneCode     TEXT    NOT NULL CONSTRAINT FK_Dispute_Commune REFERENCES Commune (Code),
    Period          TEXT    NOT NULL CONSTRAINT CK_Dispute_Period CHECK (Period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    CriterionCode   TEXT    NOT NULL,
    IndicatorCode   TEXT    NOT NULL,
    Reason          TEXT    NOT NULL,
    CorrectedValue  TEXT    NULL,
    FileName        TEXT    NULL,
    FileSha256      TEXT    NULL,
    FileContent     BLOB    NULL,
    Status          TEXT    NOT NULL CONSTRAINT CK_Dispute_Status CHECK (Status IN ('open', 'accepted', 'rejected')),
    FiledBy         TEXT    NOT NULL,
    FiledAt         TEXT    NOT NULL,
    DecidedBy       TEXT    NULL,
    DecidedAt       TEXT    NULL,
    DecisionReason  TEXT    NULL,
    AcceptedValue   TEXT    NULL,
    CorrectionRunId INTEGER NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_Dispute_CommuneCode ON Dispute (CommuneCode, Period, Status);
CREATE INDEX IF NOT EXISTS IX_Dispute_Status ON Dispute (Status, Id);
