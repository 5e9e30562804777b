using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Peers;

/// <summary>
/// A set of units compared with each other: a unit type and population band ("xa-0": communes under 50,000 residents),
/// or one of the wider groups a too small group falls back to: the type ("xa"), the band across types ("band-0"), the city ("all").
/// </summary>
/// <param name="Type">Null when the group spans every type.</param>
/// <param name="Band">Null when the group spans every population band.</param>
/// <param name="Members">Unit codes, ordinal order.</param>
public sealed record PeerGroup(string Key, UnitType? Type, int? Band, LocalizedText Name, IReadOnlyList<string> Members)
{
    public int Size => Members.Count;
}

/// <summary>
/// A unit's peer group: <paramref name="Own"/> is its type and band; <paramref name="Group"/> the one it is ranked in,
/// wider than its own when that has fewer than the minimum size (<see cref="IsFallback"/>).
/// </summary>
public sealed record PeerAssignment(string Code, PeerGroup Own, PeerGroup Group)
{
    public bool IsFallback => !ReferenceEquals(Own, Group);

    /// <summary>Why a unit is ranked in a wider group: "Nhóm Đặc khu, dưới 50.000 dân chỉ có 1 đơn vị (tối thiểu 5), nên so sánh trong nhóm …".</summary>
    public LocalizedText? FallbackNote(int minGroupSize) => !IsFallback ? null : new(
        $"Nhóm {Own.Name.Vi} chỉ có {Own.Size} đơn vị (tối thiểu {minGroupSize}), nên đơn vị được so sánh trong nhóm rộng hơn: {Group.Name.Vi} ({Group.Size} đơn vị).",
        $"The group {Own.Name.En} has only {Own.Size} {(Own.Size == 1 ? "unit" : "units")} (at least {minGroupSize} needed), so the unit is compared in a wider group: {Group.Name.En} ({Group.Size} units).");
}
