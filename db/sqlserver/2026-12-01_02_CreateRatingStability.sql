-- Stable colours (rule option "stability"): a rating whose rule set holds colours until a change lasts stores, beside
-- the published colour in RatingSnapshot.Overall, the colour as computed (RawOverall) and, when the rating was
-- re-published because a correction of an earlier period changed the colours it depends on, that period
-- (RepublishedAfter), so the page can say so. One row per such snapshot; ratings of rule sets without the option have
-- none, and nothing about them changes. Per-criterion raw colours and the pinned earlier colours are in ResultJson.
IF OBJECT_ID(N'dbo.RatingStability', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.RatingStability (
        RatingSnapshotId BIGINT       NOT NULL CONSTRAINT PK_RatingStability PRIMARY KEY
                                      CONSTRAINT FK_RatingStability_RatingSnapshot REFERENCES dbo.RatingSnapshot (Id),
        RawOverall       NVARCHAR(16) NOT NULL CONSTRAINT CK_RatingStability_RawOverall CHECK (RawOverall IN (N'green', N'yellow', N'red', N'noData')),
        HeldCount        INT          NOT NULL,
        RepublishedAfter NCHAR(7)     NULL
    );
END;
