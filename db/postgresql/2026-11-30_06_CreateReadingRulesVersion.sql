-- Reading rules of the narrative report reader as analysts edited them on the site, one row per saved version
-- (the newest is the one the reader uses; with none, the reader uses the file shipped in the assembly). Apart from
-- the rating rules: nothing here is part of a rule set's hash or of any rating. The JSON is hashed (Sha256), so text.
CREATE TABLE IF NOT EXISTS ReadingRulesVersion (
    Version   bigint      NOT NULL CONSTRAINT PK_ReadingRulesVersion PRIMARY KEY,
    Sha256    text        NOT NULL,
    JsonText  text        NOT NULL,
    Author    text        NOT NULL,
    CreatedAt timestamptz NOT NULL
);
