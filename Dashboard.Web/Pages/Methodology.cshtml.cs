using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Methodology;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>Phương pháp chấm / Methodology: how the rule set in force for a period rates, for a ward chair and on paper.</summary>
public sealed class MethodologyModel(MethodologyQueries methodology, Ui ui) : PageModel
{
    public MethodologyQueries.Result? Result { get; private set; }

    public MethodologyDto? Method => Result?.Methodology;

    public string? BadInput { get; private set; }

    /// <summary>The rated periods, plus the one shown when it is not rated (yet), newest first.</summary>
    public IReadOnlyList<string> Periods => Result is null ? []
        : Result.Periods.Contains(Result.Period) ? Result.Periods
        : [.. Result.Periods.Append(Result.Period).OrderDescending(StringComparer.Ordinal)];

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken ct)
    {
        if ((BadInput = BadPeriod.Check(this, period, ui)) is not null)
        {
            return Page();
        }

        Result = await methodology.ForPeriodAsync(period, ct);
        if (Result.Methodology is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>One line of a criterion's threshold table: the default, then each override with what it applies to and why.</summary>
    public sealed record ThresholdRow(string AppliesTo, MethodThresholdDto Threshold, LocalizedText? Reason, MethodologyModel Page);

    public IEnumerable<ThresholdRow> Rows(MethodCriterionDto criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        yield return new ThresholdRow(ui["Method.Default"], criterion.Threshold, null, this);
        foreach (var o in criterion.Overrides)
        {
            yield return new ThresholdRow(ui.Text(o.AppliesTo), o.Threshold, o.Reason, this);
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
