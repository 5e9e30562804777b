namespace DashboardKpi.Ingest.Jobs.Storage.Rules;

/// <summary>The life of a rule-set version: draft (editable) → published (frozen, used for scoring) → retired.</summary>
public static class RuleSetStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Retired = "retired";
}
