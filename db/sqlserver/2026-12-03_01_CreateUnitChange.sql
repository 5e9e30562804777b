-- Re-organisations of the commune-level units after the 1 July 2025 merger (a later merger or split), one row per
-- (ended unit, unit that succeeded it) with the first period the new units are in force. A unit's validity is read
-- from here: it is in force from the period a change started it (the 168 units of Resolution 1685 from 2025-07) up
-- to the period before a change ended it, so a period's ratings stay on the units in force then and a later change
-- never re-attributes history to the new tree. Loaded by ReferenceDataLoader from hcmc_unit_changes.json
-- (docs/ingest.md, "Recording a re-organisation"); units are never deleted, ended ones keep their history.
IF OBJECT_ID(N'dbo.UnitChange', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.UnitChange (
        Id              BIGINT         NOT NULL IDENTITY(1, 1) CONSTRAINT PK_UnitChange PRIMARY KEY,
        EffectivePeriod NVARCHAR(7)    NOT NULL,
        OldCode         NVARCHAR(16)   NOT NULL CONSTRAINT FK_UnitChange_Commune_Old REFERENCES dbo.Commune (Code),
        NewCode         NVARCHAR(16)   NOT NULL CONSTRAINT FK_UnitChange_Commune_New REFERENCES dbo.Commune (Code),
        Basis           NVARCHAR(1000) NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'UX_UnitChange_OldCode_NewCode' AND object_id = OBJECT_ID(N'dbo.UnitChange'))
    CREATE UNIQUE INDEX UX_UnitChange_OldCode_NewCode ON dbo.UnitChange (OldCode, NewCode);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_UnitChange_NewCode' AND object_id = OBJECT_ID(N'dbo.UnitChange'))
    CREATE INDEX IX_UnitChange_NewCode ON dbo.UnitChange (NewCode);
