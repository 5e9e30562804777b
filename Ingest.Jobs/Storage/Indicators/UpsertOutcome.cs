namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>What an upsert did to one row; the ingest ledger counts these.</summary>
public enum UpsertOutcome
{
    /// <summary>New natural key: revision 1 written.</summary>
    Inserted,

    /// <summary>A correction: the current row changed and a new revision was appended; the old one stays readable.</summary>
    Updated,

    /// <summary>Same content as stored: nothing written, no new revision.</summary>
    Unchanged,
}
