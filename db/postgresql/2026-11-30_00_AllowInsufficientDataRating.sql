-- A criterion whose ratio has a whole below its minimum denominator is rated "insufficientData" (grey), a value the
-- engine has always produced but CK_RatingSnapshotCriterion_Rating did not allow. The check now allows exactly the
-- values of RatingColour.CriterionValues as of this script. PostgreSQL alters a CHECK in place: drop and add again,
-- in the script's one transaction.
ALTER TABLE RatingSnapshotCriterion DROP CONSTRAINT IF EXISTS CK_RatingSnapshotCriterion_Rating;

ALTER TABLE RatingSnapshotCriterion ADD CONSTRAINT CK_RatingSnapshotCriterion_Rating
    CHECK (Rating IN ('green', 'yellow', 'red', 'noData', 'insufficientData'));
