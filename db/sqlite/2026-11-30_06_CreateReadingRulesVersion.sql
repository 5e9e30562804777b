-- Reading rules of the narrative report reader as analysts edited them on the site, one row per saved version
-- (the newest is the one the reader uses; with none, the reader uses the file shipped in the assembly). Apart from
-- the rating rules: nothing here is part of a rule set's hash or of any rating.
CREATE TABLE IF NOT EXISTS ReadingRulesVersion (
    Version   INTEGER NOT NULL CONSTRAINT PK_ReadingRulesVersion PRIMARY KEY,
    Sha256    TEXT    NOT NULL,
    JsonText  TEXT    NOT NULL,
    Author    TEXT    NOT NULL,
    CreatedAt TEXT    NOT NULL
) STRICT;
