namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>The values of <see cref="Commune.Type"/>.</summary>
public static class CommuneTypes
{
    public const string Phuong = "phuong";
    public const string Xa = "xa";
    public const string DacKhu = "dac_khu";
}
