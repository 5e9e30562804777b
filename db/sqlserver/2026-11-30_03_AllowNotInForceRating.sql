-- A criterion outside its validity for the rated period (before its effectiveFrom or after its effectiveTo) is rated
-- "notInForce" (grey, left out of the overall), a value CK_RatingSnapshotCriterion_Rating did not allow: without this
-- script the first rescore of a period holding one would fail on insert. The check now allows exactly the values of
-- RatingColour.CriterionValues (Ingest.Jobs/Storage/Ratings/RatingColour.cs; a test holds the two equal).
IF EXISTS (SELECT 1 FROM sys.check_constraints
           WHERE name = N'CK_RatingSnapshotCriterion_Rating' AND parent_object_id = OBJECT_ID(N'dbo.RatingSnapshotCriterion'))
    ALTER TABLE dbo.RatingSnapshotCriterion DROP CONSTRAINT CK_RatingSnapshotCriterion_Rating;

ALTER TABLE dbo.RatingSnapshotCriterion ADD CONSTRAINT CK_RatingSnapshotCriterion_Rating
    CHECK (Rating IN (N'green', N'yellow', N'red', N'noData', N'insufficientData', N'notInForce'));
