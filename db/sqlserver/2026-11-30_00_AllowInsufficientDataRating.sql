-- A criterion whose ratio has a whole below its minimum denominator is rated "insufficientData" (grey), a value the
-- engine has always produced but CK_RatingSnapshotCriterion_Rating did not allow: every rescore of a period holding
-- one such value failed on insert and left the whole period's colours stale. The check now allows exactly the
-- values of RatingColour.CriterionValues (Ingest.Jobs/Storage/Ratings/RatingColour.cs; a test holds the two equal).
IF EXISTS (SELECT 1 FROM sys.check_constraints
           WHERE name = N'CK_RatingSnapshotCriterion_Rating' AND parent_object_id = OBJECT_ID(N'dbo.RatingSnapshotCriterion'))
    ALTER TABLE dbo.RatingSnapshotCriterion DROP CONSTRAINT CK_RatingSnapshotCriterion_Rating;

ALTER TABLE dbo.RatingSnapshotCriterion ADD CONSTRAINT CK_RatingSnapshotCriterion_Rating
    CHECK (Rating IN (N'green', N'yellow', N'red', N'noData', N'insufficientData'));
