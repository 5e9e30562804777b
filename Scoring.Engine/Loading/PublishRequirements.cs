using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// What a rule set must state before it may be published, beyond being valid: every official or adopted threshold names
/// its document, date and clause; every proposed one says why this number; the overall method states its basis and
/// rationale, and why its critical criteria are critical. Deliberately not part of <see cref="RuleSetReader.Read(string)"/>:
/// versions stored before these fields existed must still load, rate and reproduce.
/// </summary>
public static class PublishRequirements
{
    /// <summary>Every unmet requirement, each at the JSON path of the field to fill in; empty when the rule set may be published.</summary>
    public static IReadOnlyList<RuleSetError> Check(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<RuleSetError>();
        for (var i = 0; i < rules.Criteria.Count; i++)
        {
            var criterion = rules.Criteria[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.criteria[{i}]");
            CheckThreshold(criterion.Threshold, path + ".threshold", errors);
            for (var j = 0; j < criterion.Overrides.Count; j++)
            {
                var threshold = criterion.Overrides[j].Threshold;
                // An override that states nothing of its own about where its numbers come from is covered by the default's check.
                if (threshold.Basis != criterion.Threshold.Basis || threshold.Reference != criterion.Threshold.Reference || threshold.Rationale != criterion.Threshold.Rationale)
                {
                    CheckThreshold(threshold, string.Create(CultureInfo.InvariantCulture, $"{path}.overrides[{j}]"), errors);
                }
            }
        }

        for (var i = 0; i < rules.Criteria.Count; i++)
        {
            if (rules.Criteria[i].Stability is { Rationale: null })
            {
                errors.Add(ErrorMessages.Create(string.Create(CultureInfo.InvariantCulture, $"$.criteria[{i}].stability.rationale"), "publish.stabilityRationaleMissing"));
            }
        }

        if (rules.Aggregation.Stability is { Rationale: null })
        {
            errors.Add(ErrorMessages.Create("$.aggregation.stability.rationale", "publish.stabilityRationaleMissing"));
        }

        var aggregation = rules.Aggregation;
        if (aggregation.Basis is null)
        {
            errors.Add(ErrorMessages.Create("$.aggregation.basis", "publish.aggregationBasisMissing"));
        }
        else if (aggregation.Basis is ThresholdBasis.Official or ThresholdBasis.Adopted && aggregation.Reference is not { IsComplete: true })
        {
            errors.Add(ErrorMessages.Create("$.aggregation.reference", "publish.referenceMissing", Name(aggregation.Basis.Value), Missing(aggregation.Reference)));
        }

        if (aggregation.Rationale is null)
        {
            errors.Add(ErrorMessages.Create("$.aggregation.rationale", "publish.aggregationRationaleMissing"));
        }

        if (aggregation is CriticalShareAggregation { Critical.Count: > 0, CriticalRationale: null })
        {
            errors.Add(ErrorMessages.Create("$.aggregation.criticalShare.criticalRationale", "publish.criticalRationaleMissing"));
        }

        return errors;
    }

    private static void CheckThreshold(Threshold threshold, string path, List<RuleSetError> errors)
    {
        if (threshold.Basis == ThresholdBasis.Proposed)
        {
            if (threshold.Rationale is null)
            {
                errors.Add(ErrorMessages.Create(path + ".rationale", "publish.rationaleMissing"));
            }
        }
        else if (threshold.Reference is not { IsComplete: true })
        {
            errors.Add(ErrorMessages.Create(path + ".reference", "publish.referenceMissing", Name(threshold.Basis), Missing(threshold.Reference)));
        }
    }

    private static string Name(ThresholdBasis basis) => basis switch
    {
        ThresholdBasis.Official => "official",
        ThresholdBasis.Adopted => "adopted",
        ThresholdBasis.Proposed => "proposed",
    };

    private static string Missing(SourceReference? reference) => string.Join(", ", new[]
    {
        string.IsNullOrWhiteSpace(reference?.Document) ? "document" : null,
        reference?.Date is null ? "date" : null,
        string.IsNullOrWhiteSpace(reference?.Clause) ? "clause" : null,
    }.OfType<string>());
}
