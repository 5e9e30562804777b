using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Methodology;

/// <summary>The methodology page's wording that is more than a lookup: a criterion's threshold table and a legal reference in one line.</summary>
public sealed class MethodologyText(Ui ui)
{
    /// <summary>One line of a criterion's threshold table: the default, then each override with what it applies to and why.</summary>
    public sealed record ThresholdRow(string AppliesTo, MethodThresholdDto Threshold, LocalizedText? Reason);

    public IEnumerable<ThresholdRow> Rows(MethodCriterionDto criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        yield return new ThresholdRow(ui["Method.Default"], criterion.Threshold, null);
        foreach (var o in criterion.Overrides)
        {
            yield return new ThresholdRow(ui.Text(o.AppliesTo), o.Threshold, o.Reason);
        }
    }

    /// <summary>"Quyết định 942/QĐ-TTg, ngày 15/06/2021, Điều 1, mục III.2": the parts the rule set states, in the page's language.</summary>
    public string Reference(ReferenceDto? reference)
    {
        if (reference is null)
        {
            return "";
        }

        var date = reference.DateText is null ? null : ui.Format("Reference.Date", reference.DateText);
        return string.Join(", ", new[] { reference.Document, date, reference.Clause }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
