-- Re-organisations of the commune-level units after the 1 July 2025 merger (a later merger or split), one row per
-- (ended unit, unit that succeeded it) with the first period the new units are in force. A unit's validity is read
-- from here: it is in force from the period a change started it (the 168 units of Resolution 1685 from 2025-07) up
-- to the period before a change ended it, so a period's ratings stay on the units in force then and a later change
-- never re-attributes history to the new tree. Loaded by ReferenceDataLoader from hcmc_unit_changes.json
-- (docs/ingest.md, "Recording a re-organisation"); units are never deleted, ended ones keep their history.
CREATE TABLE IF NOT EXISTS UnitChange (
    Id              INTEGER NOT NULL CONSTRAINT PK_UnitChange PRIMARY KEY AUTOINCREMENT,
    EffectivePeriod TEXT    NOT NULL,
    OldCode         TEXT    NOT NULL CONSTRAINT FK_UnitChange_Commune_Old REFERENCES Commune (Code),
    NewCode         TEXT    NOT NULL CONSTRAINT FK_UnitChange_Commune_New REFERENCES Commune (Code),
    Basis           TEXT    NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_UnitChange_OldCode_NewCode ON UnitChange (OldCode, NewCode);
CREATE INDEX IF NOT EXISTS IX_UnitChange_NewCode ON UnitChange (NewCode);
