using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Storage.Actions;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>
/// The city list of actions for one reader: the filters cleaned up, an unknown status refused in words (400), and a
/// chair held to its own unit (another unit is 403).
/// </summary>
public sealed class ActionListing(ActionQueries queries, Ui ui)
{
    public sealed record Filter(string? Status, string? Unit, string? Criterion);

    public sealed record Result(Filter Filter, IReadOnlyList<ActionQueries.Row> Rows, string? BadInput);

    public async Task<(Result Result, Refusal? Refusal)> ListAsync(ClaimsPrincipal user, Filter asked, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(asked);
        var filter = new Filter(
            string.IsNullOrEmpty(asked.Status) ? null : asked.Status,
            string.IsNullOrWhiteSpace(asked.Unit) ? null : asked.Unit.Trim(),
            string.IsNullOrWhiteSpace(asked.Criterion) ? null : asked.Criterion.Trim());
        if (filter.Status is { } status && !ActionStatus.Filters.Contains(status))
        {
            return (new Result(filter, [], ui.Format("Actions.Error.filter", status.Length > 40 ? status[..40] : status)), null);
        }

        if (user.BoundCommune() is { } bound)
        {
            if (filter.Unit is not null && filter.Unit != bound)
            {
                return (new Result(filter, [], null), Refusal.Forbidden);
            }

            filter = filter with { Unit = bound };
        }

        return (new Result(filter, await queries.ListAsync(filter.Status, filter.Unit, filter.Criterion, ct), null), null);
    }

    public Task<ActionQueries.Counts> CountAsync(ClaimsPrincipal user, CancellationToken ct) => queries.CountAsync(user.BoundCommune(), ct);

    /// <summary>The listed rows as the meeting's xlsx.</summary>
    public Task<Microsoft.AspNetCore.Mvc.FileStreamResult> ExportAsync(IReadOnlyList<ActionQueries.Row> rows) =>
        XlsxFile.CreateAsync($"viec-can-lam-{queries.Today:yyyy-MM-dd}.xlsx", stream =>
        {
            ActionQueries.Export(rows, ui, stream);
            return Task.CompletedTask;
        });
}
