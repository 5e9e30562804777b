using DashboardKpi.Dashboard.Web.RuleVersions.Form;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>What _FormField shows for one input: the value as typed or read, its errors and publishing hints.</summary>
public sealed record FormFieldView(DraftField Field, string Value, IReadOnlyList<string> Errors, IReadOnlyList<string> Hints)
{
    public static FormFieldView Of(FormModel model, DraftField field)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(field);
        return new(field, model.State!.Values.GetValueOrDefault(field.Key, ""),
            model.FieldMessages.GetValueOrDefault(field.Key) ?? [], model.FieldHints.GetValueOrDefault(field.Key) ?? []);
    }
}
