-- Actions and disputes (issue 23). A CommuneAction is a promise bound to one failing criterion of one unit, made
-- from the period it was failing in; it closes only when the data shows it (verified, with the later period and the
-- value that verified it), when its criterion retires, or when an analyst cancels it with a reason. Overdue is not
-- stored: it follows from DueOn and the clock. A Dispute is a chair's objection to a stored value or rating of one
-- criterion and period, with an optional corrected figure (as the chair typed it) and an attached file kept in the
-- database (several web nodes share no disk), size-limited by the application. A decided dispute is never updated
-- again: the decision UPDATE only matches Status = 'open'. Every step is also in AuditLog.
CREATE TABLE IF NOT EXISTS CommuneAction (
    Id             bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_CommuneAction PRIMARY KEY,
    CommuneCode    text        NOT NULL CONSTRAINT FK_CommuneAction_Commune REFERENCES Commune (Code),
    CriterionCode  text        NOT NULL,
    Period         text        NOT NULL CONSTRAINT CK_CommuneAction_Period CHECK (Period ~ '^[0-9]{4}-[0-1][0-9]$'),
    Text           text        NOT NULL,
    Owner          text        NOT NULL,
    DueOn          date        NOT NULL,
    Note           text        NULL,
    Status         text        NOT NULL CONSTRAINT CK_CommuneAction_Status CHECK (Status IN ('open', 'waitingForData', 'verified', 'cancelled', 'retired')),
    CreatedBy      text        NOT NULL,
    CreatedAt      timestamptz NOT NULL,
    UpdatedAt      timestamptz NOT NULL,
    ClosedAt       timestamptz NULL,
    VerifiedPeriod text        NULL,
    VerifiedValue  numeric     NULL,
    CancelReason   text        NULL
);

CREATE INDEX IF NOT EXISTS IX_CommuneAction_CommuneCode ON CommuneAction (CommuneCode, Status);
CREATE INDEX IF NOT EXISTS IX_CommuneAction_Status ON CommuneAction (Status, DueOn);

CREATE TABLE IF NOT EXISTS Dispute (
    Id              bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_Dispute PRIMARY KEY,
    CommuneCode     text        NOT NULL CONSTRAINT FK_Dispute_Commune REFERENCES Commune (Code),
    Period          text        NOT NULL CONSTRAINT CK_Dispute_Period CHECK (Period ~ '^[0-9]{4}-[0-1][0-9]$'),
    CriterionCode   text        NOT NULL,
    IndicatorCode   text        NOT NULL,
    Reason          text        NOT NULL,
    CorrectedValue  text        NULL,
    FileName        text        NULL,
    FileSha256      text        NULL,
    FileContent     bytea       NULL,
    Status          text        NOT NULL CONSTRAINT CK_Dispute_Status CHECK (Status IN ('open', 'accepted', 'rejected')),
    FiledBy         text        NOT NULL,
    FiledAt         timestamptz NOT NULL,
    DecidedBy       text        NULL,
    DecidedAt       timestamptz NULL,
    DecisionReason  text        NULL,
    AcceptedValue   text        NULL,
    CorrectionRunId bigint      NULL
);

CREATE INDEX IF NOT EXISTS IX_Dispute_CommuneCode ON Dispute (CommuneCode, Period, Status);
CREATE INDEX IF NOT EXISTS IX_Dispute_Status ON Dispute (Status, Id);
