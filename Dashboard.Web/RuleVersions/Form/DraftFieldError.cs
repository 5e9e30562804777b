namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// A value the form could not write into the draft: <see cref="Code"/> names the problem (number, tooLarge, whole,
/// month, date, choice, tooLong, characters), its message is the UI text "FormEdit.Error.{Code}".
/// </summary>
public sealed record DraftFieldError(string Key, string Code, string Value);
