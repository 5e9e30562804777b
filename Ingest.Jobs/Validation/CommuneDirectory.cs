using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Validation;

/// <summary>
/// The 168 current units and the old→new merger table in memory, so that validating a large file makes no
/// query per row. An old code that went wholly into one new unit maps to it; one split across several does not.
/// </summary>
public sealed class CommuneDirectory
{
    private readonly Dictionary<string, UnitType> _current;
    private readonly Dictionary<string, string[]> _oldToNew;
    private readonly Dictionary<string, int> _population;
    private readonly List<Commune> _units;
    private readonly Dictionary<string, Commune> _byCode;
    private readonly IReadOnlyList<UnitChange> _links;

    /// <summary>
    /// Where <see cref="Commune.Population"/> comes from (the reference dataset loaded into Commune: ../shared/data/SOURCES.md),
    /// named in explanations of per-capita indicators and pinned with each rating.
    /// </summary>
    public static LocalizedText PopulationSource { get; } = new(
        "dân số ngày 31/12/2024 theo công văn 2896/BNV-CQĐP (bộ dữ liệu hcmc_units_168)",
        "population at 31/12/2024 per Ministry of Home Affairs letter 2896/BNV-CQĐP (dataset hcmc_units_168)");

    public CommuneDirectory(IEnumerable<Commune> communes, IEnumerable<MergerMapping> mapping, IReadOnlyList<UnitChange>? changes = null)
    {
        var list = communes.ToList();
        _units = list;
        _byCode = list.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _links = changes ?? [];
        _current = list.ToDictionary(c => c.Code, c => ToUnitType(c.Type), StringComparer.Ordinal);
        _population = list.ToDictionary(c => c.Code, c => c.Population, StringComparer.Ordinal);
        _oldToNew = mapping.Where(m => m.OldCode is not null).GroupBy(m => m.OldCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.NewCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static async Task<CommuneDirectory> LoadAsync(CommuneRepository repository, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var communes = await repository.ListAsync(ct).ConfigureAwait(false);
        var mapping = await repository.ListMergerMappingAsync(ct).ConfigureAwait(false);
        var changes = await repository.ListUnitChangesAsync(ct).ConfigureAwait(false);
        return new CommuneDirectory(communes, mapping, changes);
    }

    public IReadOnlyCollection<string> CurrentCodes => _current.Keys;

    /// <summary>The units in force in <paramref name="period"/> (<see cref="Commune.IsInForce"/>): the ones a period rates.</summary>
    public IReadOnlyCollection<string> CodesInForce(Period period) =>
        _units.Where(c => c.IsInForce(period)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a known unit is in force in the period; a code the directory does not know is not.</summary>
    public bool IsInForce(string code, Period period) => _byCode.TryGetValue(code, out var unit) && unit.IsInForce(period);

    /// <summary>The units that succeeded <paramref name="code"/> or that it was formed from (UnitChange), for a message.</summary>
    public IReadOnlyList<string> InForceRelatives(string code) =>
        _links.Where(l => l.OldCode == code).Select(l => l.NewCode).Concat(_links.Where(l => l.NewCode == code).Select(l => l.OldCode))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public UnitType UnitTypeOf(string code) => _current[code];

    /// <summary>The unit's official population with its source, for per-capita indicators; null when not recorded (0).</summary>
    public ReferencePopulation? PopulationOf(string code) =>
        _population.TryGetValue(code, out var residents) && residents > 0 ? new ReferencePopulation(residents, PopulationSource) : null;

    public CommuneCodeResolution Resolve(string input)
    {
        // Spreadsheets drop leading zeros of codes typed as numbers; codes are five digits.
        var code = input.Trim();
        if (code.Length is > 0 and < 5 && code.All(char.IsAsciiDigit))
        {
            code = code.PadLeft(5, '0');
        }

        if (_current.ContainsKey(code))
        {
            return new CommuneCodeResolution(input, CodeResolutionStatus.Current, code, []);
        }

        if (_oldToNew.TryGetValue(code, out var targets))
        {
            return targets.Length == 1
                ? new CommuneCodeResolution(input, CodeResolutionStatus.Mapped, targets[0], [])
                : new CommuneCodeResolution(input, CodeResolutionStatus.Ambiguous, null, []);
        }

        return new CommuneCodeResolution(input, CodeResolutionStatus.Unknown, null, []);
    }

    public static UnitType ToUnitType(string type) => type switch
    {
        CommuneTypes.Xa => UnitType.Xa,
        CommuneTypes.DacKhu => UnitType.DacKhu,
        _ => UnitType.Phuong,
    };

    public IReadOnlyList<string> CandidatesFor(string oldCode) => _oldToNew.TryGetValue(oldCode.Trim(), out var targets) ? targets : [];
}
