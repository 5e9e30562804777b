-- Versions of the scoring rules (the JSON that analysts edit). A version moves draft -> published -> retired and
-- its JSON is frozen once published; SHA-256 of the UTF-8 JSON text pins exactly which rules produced a rating, so
-- the JSON stays text: jsonb would store a normalised form whose bytes no longer match the hash.
-- EffectiveFrom ('yyyy-MM') says from which period on a published version applies.
CREATE TABLE IF NOT EXISTS RuleSetVersion (
    Id            bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_RuleSetVersion PRIMARY KEY,
    RuleSetId     text        NOT NULL,
    Version       bigint      NOT NULL,
    Sha256        text        NOT NULL,
    JsonText      text        NOT NULL,
    EffectiveFrom text        NOT NULL CONSTRAINT CK_RuleSetVersion_EffectiveFrom CHECK (EffectiveFrom ~ '^[0-9]{4}-[0-1][0-9]$'),
    Status        text        NOT NULL CONSTRAINT CK_RuleSetVersion_Status CHECK (Status IN ('draft', 'published', 'retired')),
    Author        text        NOT NULL,
    CreatedAt     timestamptz NOT NULL,
    PublishedBy   text        NULL,
    PublishedAt   timestamptz NULL,
    RetiredAt     timestamptz NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS UX_RuleSetVersion_RuleSetId_Version ON RuleSetVersion (RuleSetId, Version);
