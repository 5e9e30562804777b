-- One row whose Version moves in the same transaction as every write that changes what the pages show (an import,
-- a correction, a rescore, a publish, removing demo data, reloading reference data). Each web node reads it (one
-- primary-key lookup, at most once per Cache:StampCheckMilliseconds) and drops its cached pages when it has moved:
-- so several nodes on one database stay in step without talking to each other (docs/caching.md).
CREATE TABLE IF NOT EXISTS DataVersion (
    Id      bigint NOT NULL CONSTRAINT PK_DataVersion PRIMARY KEY CONSTRAINT CK_DataVersion_OneRow CHECK (Id = 1),
    Version bigint NOT NULL
);

INSERT INTO DataVersion (Id, Version) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM DataVersion WHERE Id = 1);
