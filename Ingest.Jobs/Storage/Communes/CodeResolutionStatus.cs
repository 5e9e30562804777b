namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>How an incoming commune code relates to the 168 current units.</summary>
public enum CodeResolutionStatus
{
    /// <summary>A current code: use it as is.</summary>
    Current,

    /// <summary>A pre-merger code that went wholly into exactly one new unit.</summary>
    Mapped,

    /// <summary>A pre-merger code split across several new units: a person must choose (see the candidates).</summary>
    Ambiguous,

    /// <summary>Neither a current nor a known old code.</summary>
    Unknown,
}
