using DashboardKpi.Dashboard.Web.RuleVersions.Form;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>What _FormField shows for one input: the value as typed or read, its errors and publishing hints.</summary>
public sealed record FormFieldView(DraftField Field, string Value, IReadOnlyList<string> Errors, IReadOnlyList<string> Hints)
{
    public static FormFieldView Of(DraftFormSession session, DraftField field)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(field);
        return new(field, session.State!.Values.GetValueOrDefault(field.Key, ""),
            session.Messages.Fields.GetValueOrDefault(field.Key) ?? [], session.Messages.Hints.GetValueOrDefault(field.Key) ?? []);
    }
}
