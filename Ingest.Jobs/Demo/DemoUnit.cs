using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// The facts about one unit that the demo's distributions depend on: its type, population, how urban it is (from its
/// density), the province it came from, and the sizes that stay fixed from month to month (staff, computers,
/// neighbourhoods, procedures). Every number and its source is in docs/demo-data.md, "Unit sizes".
/// </summary>
internal sealed record DemoUnit
{
    public required string Code { get; init; }
    public required bool IsXa { get; init; }
    public required int Population { get; init; }

    /// <summary>0 for a rural unit (300 residents per km² or fewer) to 1 for the dense inner city (20,000 or more), on a log scale.</summary>
    public required double Urbanity { get; init; }

    public required FormerProvince Province { get; init; }

    /// <summary>Cán bộ, công chức: 20 to 60, scaled with population.</summary>
    public required int Staff { get; init; }

    public required int Computers { get; init; }

    /// <summary>Khu phố / ấp.</summary>
    public required int Neighbourhoods { get; init; }

    public required int Procedures { get; init; }
    public required int OnlineServices { get; init; }
    public required int DistrictResults { get; init; }
    public required int Adults { get; init; }

    /// <summary>Dossiers received (all channels) per 1,000 residents a month.</summary>
    public required double DossiersPer1000 { get; init; }

    public static DemoUnit From(Commune commune, DemoRandom random)
    {
        ArgumentNullException.ThrowIfNull(commune);
        var population = Math.Max(1, commune.Population);
        var density = commune.AreaKm2 > 0 ? population / (double)commune.AreaKm2 : 20_000;
        var urbanity = Math.Clamp((Math.Log10(Math.Max(density, 1)) - Math.Log10(300)) / (Math.Log10(20_000) - Math.Log10(300)), 0, 1);
        var staff = (int)Math.Clamp(Math.Round(Math.Clamp(18 + 0.17 * population / 1000, 20, 60) * random.Between(0.92, 1.08)), 20, 60);
        var procedures = (int)Math.Round(random.Between(360, 400));
        return new DemoUnit
        {
            Code = commune.Code,
            IsXa = commune.Type is "xa" or "dac_khu",
            Population = population,
            Urbanity = urbanity,
            Province = FormerProvinces.Of(commune.Code),
            Staff = staff,
            Computers = (int)Math.Round(staff * random.Between(0.95, 1.15)),
            Neighbourhoods = (int)Math.Clamp(Math.Round(population / ((1500 + 2000 * urbanity) * random.Between(0.8, 1.2))), 4, 90),
            Procedures = procedures,
            OnlineServices = (int)Math.Round(procedures * random.Between(0.85, 1.0)),
            DistrictResults = (int)Math.Round(population * random.Between(1.0, 3.0)),
            Adults = (int)Math.Round(population * 0.76),
            DossiersPer1000 = Math.Clamp(25 + 8 * urbanity + 1.5 * random.Normal(), 25, 33),
        };
    }
}
