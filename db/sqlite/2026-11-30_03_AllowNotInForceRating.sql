-- A criterion outside its validity for the rated period (before its effectiveFrom or after its effectiveTo) is rated
-- "notInForce" (grey, left out of the overall), a value CK_RatingSnapshotCriterion_Rating did not allow: without this
-- script the first rescore of a period holding one would fail on insert. The check now allows exactly the values of
-- RatingColour.CriterionValues (Ingest.Jobs/Storage/Ratings/RatingColour.cs; a test holds the two equal).
-- SQLite cannot alter a CHECK, so the table is rebuilt (SQLite's documented procedure: new table, copy, drop,
-- rename). Nothing references RatingSnapshotCriterion, so no foreign key is touched.
CREATE TABLE IF NOT EXISTS RatingSnapshotCriterion_New (
    RatingSnapshotId INTEGER NOT NULL CONSTRAINT FK_RatingSnapshotCriterion_RatingSnapshot REFERENCES RatingSnapshot (Id),
    CriterionCode    TEXT    NOT NULL,
    -- Position in the rule set, so criteria read back in the order the scorer produced them.
    Ordinal          INTEGER NOT NULL,
    Rating           TEXT    NOT NULL CONSTRAINT CK_RatingSnapshotCriterion_Rating
                             CHECK (Rating IN ('green', 'yellow', 'red', 'noData', 'insufficientData', 'notInForce')),
    Value            TEXT    NULL,
    CONSTRAINT PK_RatingSnapshotCriterion PRIMARY KEY (RatingSnapshotId, CriterionCode)
) STRICT;

INSERT INTO RatingSnapshotCriterion_New (RatingSnapshotId, CriterionCode, Ordinal, Rating, Value)
SELECT RatingSnapshotId, CriterionCode, Ordinal, Rating, Value FROM RatingSnapshotCriterion;

DROP TABLE RatingSnapshotCriterion;

ALTER TABLE RatingSnapshotCriterion_New RENAME TO RatingSnapshotCriterion;
