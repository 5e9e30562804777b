-- Each rule file a release shipped, once it has been stored (published on a fresh database, or offered as a draft
-- to an installation that already has published versions). The primary key on the SHA-256 of the shipped text makes
-- "store it once" hold across restarts and across nodes starting together: a second insert fails, and the draft it
-- would have come with is rolled back. RuleSetVersion.Version is the stored version, which may be numbered after the
-- installation's own versions rather than as the file says.
CREATE TABLE IF NOT EXISTS ShippedRuleFile (
    Sha256        text        NOT NULL CONSTRAINT PK_ShippedRuleFile PRIMARY KEY,
    RuleSetId     text        NOT NULL,
    FileVersion   bigint      NOT NULL,
    StoredVersion bigint      NOT NULL,
    StoredAt      timestamptz NOT NULL
);
