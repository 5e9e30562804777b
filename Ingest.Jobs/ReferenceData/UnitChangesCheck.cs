using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>
/// Checks the recorded re-organisations against the units of 1 July 2025 before anything is stored, so a mistyped
/// code or date stops the start with a message naming it instead of ending the wrong unit. Each change is checked
/// against the tree as the earlier changes left it: it ends units in force then and starts codes never used.
/// </summary>
public static class UnitChangesCheck
{
    /// <summary>What is wrong, one message per problem (English: read by whoever ships the file); empty when none.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<Reorganisation> changes, IEnumerable<string> foundingCodes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var inForce = foundingCodes.ToHashSet(StringComparer.Ordinal);
        var used = inForce.ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var last = CommuneRepository.MergerEffective;
        foreach (var change in changes)
        {
            var where = "change effective " + change.Effective + ": ";
            if (!Period.TryParse(change.Effective, out var effective) || effective <= CommuneRepository.MergerEffective)
            {
                problems.Add(where + "\"effective\" must be a month (yyyy-MM) after " + CommuneRepository.MergerEffective + ".");
            }
            else if (effective < last)
            {
                problems.Add(where + "changes must be listed oldest first.");
            }
            else
            {
                last = effective;
            }

            if (change.Ended.Count == 0 || change.Started.Count == 0)
            {
                problems.Add(where + "a change ends at least one unit and starts at least one.");
            }

            problems.AddRange(change.Ended.Where(code => !inForce.Contains(code)).Select(code => where + "ends " + code + ", which is not a unit in force then."));
            problems.AddRange(change.Started.Where(unit => used.Contains(unit.Code)).Select(unit => where + "starts " + unit.Code + ", a code already used; a new unit needs a new code."));
            inForce.ExceptWith(change.Ended);
            foreach (var unit in change.Started)
            {
                inForce.Add(unit.Code);
                used.Add(unit.Code);
            }
        }

        return problems;
    }
}
