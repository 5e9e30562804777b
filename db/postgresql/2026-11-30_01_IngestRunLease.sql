-- Import leases: a running import renews IngestRun.LeaseExpiresAt every few seconds, and a run whose lease has
-- lapsed is marked 'interrupted' by whichever node notices first (docs/ingest.md, "Leases"). The status check is
-- dropped and added again with the new status; runs left 'running' by the previous version get a lease that has
-- already lapsed (their start), so the first check after the upgrade marks them interrupted instead of leaving them
-- 'running' for ever. DbUp runs the script in one transaction.
ALTER TABLE IngestRun ADD COLUMN IF NOT EXISTS LeaseExpiresAt timestamptz NULL;

ALTER TABLE IngestRun DROP CONSTRAINT IF EXISTS CK_IngestRun_Status;

ALTER TABLE IngestRun ADD CONSTRAINT CK_IngestRun_Status
    CHECK (Status IN ('running', 'succeeded', 'failed', 'duplicate', 'interrupted'));

UPDATE IngestRun SET LeaseExpiresAt = StartedAt WHERE Status = 'running' AND LeaseExpiresAt IS NULL;

-- What every node's periodic check reads: only running runs, a handful at most.
CREATE INDEX IF NOT EXISTS IX_IngestRun_RunningLease ON IngestRun (LeaseExpiresAt) WHERE Status = 'running';
