-- Versions of the scoring rules (the JSON that analysts edit). A version moves draft -> published -> retired and
-- its JSON is frozen once published; SHA-256 of the UTF-8 JSON text pins exactly which rules produced a rating.
-- EffectiveFrom ('yyyy-MM') says from which period on a published version applies.
CREATE TABLE IF NOT EXISTS RuleSetVersion (
    Id            INTEGER NOT NULL CONSTRAINT PK_RuleSetVersion PRIMARY KEY AUTOINCREMENT,
    RuleSetId     TEXT    NOT NULL,
    Version       INTEGER NOT NULL,
    Sha256        TEXT    NOT NULL,
    JsonText      TEXT    NOT NULL,
    EffectiveFrom TEXT    NOT NULL CONSTRAINT CK_RuleSetVersion_EffectiveFrom CHECK (EffectiveFrom GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    Status        TEXT    NOT NULL CONSTRAINT CK_RuleSetVersion_Status CHECK (Status IN ('draft', 'published', 'retired')),
    Author        TEXT    NOT NULL,
    CreatedAt     TEXT    NOT NULL,
    PublishedBy   TEXT    NULL,
    PublishedAt   TEXT    NULL,
    RetiredAt     TEXT    NULL
) STRICT;

CREATE UNIQUE INDEX IF NOT EXISTS UX_RuleSetVersion_RuleSetId_Version ON RuleSetVersion (RuleSetId, Version);
