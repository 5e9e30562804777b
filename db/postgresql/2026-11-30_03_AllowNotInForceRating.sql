-- A criterion outside its validity for the rated period (before its effectiveFrom or after its effectiveTo) is rated
-- "notInForce" (grey, left out of the overall), a value CK_RatingSnapshotCriterion_Rating did not allow. The check now
-- allows exactly the values of RatingColour.CriterionValues (Ingest.Jobs/Storage/Ratings/RatingColour.cs; a test
-- holds the two equal): dropped and added again in the script's one transaction.
ALTER TABLE RatingSnapshotCriterion DROP CONSTRAINT IF EXISTS CK_RatingSnapshotCriterion_Rating;

ALTER TABLE RatingSnapshotCriterion ADD CONSTRAINT CK_RatingSnapshotCriterion_Rating
    CHECK (Rating IN ('green', 'yellow', 'red', 'noData', 'insufficientData', 'notInForce'));
