-- Stable colours (rule option "stability"): a rating whose rule set holds colours until a change lasts stores, beside
-- the published colour in RatingSnapshot.Overall, the colour as computed (RawOverall) and, when the rating was
-- re-published because a correction of an earlier period changed the colours it depends on, that period
-- (RepublishedAfter), so the page can say so. One row per such snapshot; ratings of rule sets without the option have
-- none, and nothing about them changes. Per-criterion raw colours and the pinned earlier colours are in ResultJson.
CREATE TABLE IF NOT EXISTS RatingStability (
    RatingSnapshotId bigint NOT NULL CONSTRAINT PK_RatingStability PRIMARY KEY
                            CONSTRAINT FK_RatingStability_RatingSnapshot REFERENCES RatingSnapshot (Id),
    RawOverall       text   NOT NULL CONSTRAINT CK_RatingStability_RawOverall CHECK (RawOverall IN ('green', 'yellow', 'red', 'noData')),
    HeldCount        bigint NOT NULL,
    RepublishedAfter text   NULL CONSTRAINT CK_RatingStability_RepublishedAfter CHECK (RepublishedAfter ~ '^[0-9]{4}-[0-1][0-9]$')
);
