namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>The stored role names. A chair is bound to one commune; the others see the whole city.</summary>
public static class UserRoles
{
    public const string Admin = "admin";
    public const string Analyst = "analyst";
    public const string Committee = "committee";
    public const string Chair = "chair";

    /// <summary>Data steward: fixes quarantined rows and re-runs ingests.</summary>
    public const string Steward = "steward";

    /// <summary>Every role, in the order the admin pages offer them.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Analyst, Committee, Chair, Steward];
}
