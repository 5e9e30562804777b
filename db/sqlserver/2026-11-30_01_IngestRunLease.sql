-- Import leases: a running import renews IngestRun.LeaseExpiresAt every few seconds, and a run whose lease has
-- lapsed is marked 'interrupted' by whichever node notices first (docs/ingest.md, "Leases"). The status check
-- constraint is dropped and added again with the new status; runs left 'running' by the previous version get a
-- lease that has already lapsed (their start), so the first check after the upgrade marks them interrupted instead
-- of leaving them 'running' for ever. Every step is guarded, so a re-run is harmless. The column is used in a later
-- batch (after GO) because SQL Server compiles a batch before the column exists.
IF COL_LENGTH(N'dbo.IngestRun', N'LeaseExpiresAt') IS NULL
    ALTER TABLE dbo.IngestRun ADD LeaseExpiresAt DATETIMEOFFSET(7) NULL;

IF EXISTS (SELECT 1 FROM sys.check_constraints WHERE name = N'CK_IngestRun_Status' AND parent_object_id = OBJECT_ID(N'dbo.IngestRun'))
    ALTER TABLE dbo.IngestRun DROP CONSTRAINT CK_IngestRun_Status;

ALTER TABLE dbo.IngestRun ADD CONSTRAINT CK_IngestRun_Status
    CHECK (Status IN (N'running', N'succeeded', N'failed', N'duplicate', N'interrupted'));
GO

UPDATE dbo.IngestRun SET LeaseExpiresAt = StartedAt WHERE Status = N'running' AND LeaseExpiresAt IS NULL;

-- What every node's periodic check reads: only running runs, a handful at most.
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_IngestRun_RunningLease' AND object_id = OBJECT_ID(N'dbo.IngestRun'))
    CREATE INDEX IX_IngestRun_RunningLease ON dbo.IngestRun (LeaseExpiresAt) WHERE Status = N'running';
