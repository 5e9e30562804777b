using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Peers;

/// <summary>
/// Forms the league table's peer groups (<see cref="PeerGroupRules"/>): each unit's own group is its type and population
/// band; a group smaller than the minimum falls back to the unit's type across bands, then its band across types, then
/// the whole city, the first that is large enough. Pure: units and rules in, groups out.
/// </summary>
public static class PeerGrouping
{
    public static IReadOnlyDictionary<string, PeerAssignment> Assign(PeerGroupRules rules, IReadOnlyList<PeerUnit> units)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(units);
        var groups = new Dictionary<string, PeerGroup>(StringComparer.Ordinal);
        PeerGroup Group(UnitType? type, int? band)
        {
            var key = Key(type, band);
            if (!groups.TryGetValue(key, out var group))
            {
                var members = units.Where(u => (type is null || u.Type == type) && (band is null || rules.BandOf(u.Population) == band))
                    .Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
                group = groups[key] = new PeerGroup(key, type, band, Name(rules, type, band), members);
            }

            return group;
        }

        var result = new Dictionary<string, PeerAssignment>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var band = rules.BandOf(unit.Population);
            var own = Group(unit.Type, band);
            var chosen = new[] { own, Group(unit.Type, null), Group(null, band), Group(null, null) }
                .FirstOrDefault(g => g.Size >= rules.MinGroupSize) ?? Group(null, null);
            result[unit.Code] = new PeerAssignment(unit.Code, own, chosen);
        }

        return result;
    }

    public static string Key(UnitType? type, int? band) => (type, band) switch
    {
        ({ } t, { } b) => $"{TypeCode(t)}-{b}",
        ({ } t, null) => TypeCode(t),
        (null, { } b) => $"band-{b}",
        _ => "all",
    };

    /// <summary>"dưới 50.000 dân" / "under 50,000 residents", "50.000 đến dưới 100.000 dân", "từ 100.000 dân".</summary>
    public static LocalizedText BandName(PeerGroupRules rules, int band)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var cuts = rules.PopulationCuts;
        string N(int value, Language language) => NumberText.Format(value, language);
        return band == 0 ? new($"dưới {N(cuts[0], Language.Vi)} dân", $"under {N(cuts[0], Language.En)} residents")
            : band >= cuts.Count ? new($"từ {N(cuts[^1], Language.Vi)} dân", $"{N(cuts[^1], Language.En)} residents or more")
            : new($"{N(cuts[band - 1], Language.Vi)} đến dưới {N(cuts[band], Language.Vi)} dân",
                $"{N(cuts[band - 1], Language.En)} to under {N(cuts[band], Language.En)} residents");
    }

    private static LocalizedText Name(PeerGroupRules rules, UnitType? type, int? band) => (type, band) switch
    {
        ({ } t, { } b) => new($"{TypeName(t).Vi}, {BandName(rules, b).Vi}", $"{TypeName(t).En}, {BandName(rules, b).En}"),
        ({ } t, null) => new($"{TypeName(t).Vi}, mọi quy mô dân số", $"{TypeName(t).En}, every population size"),
        (null, { } b) => new($"Mọi loại đơn vị, {BandName(rules, b).Vi}", $"Every unit type, {BandName(rules, b).En}"),
        _ => new("Toàn thành phố", "Whole city"),
    };

    private static LocalizedText TypeName(UnitType type) => type switch
    {
        UnitType.Phuong => new("Phường", "Wards"),
        UnitType.Xa => new("Xã", "Communes"),
        UnitType.DacKhu => new("Đặc khu", "Special zones"),
    };

    private static string TypeCode(UnitType type) => type switch
    {
        UnitType.Phuong => "phuong",
        UnitType.Xa => "xa",
        UnitType.DacKhu => "dac_khu",
    };
}
