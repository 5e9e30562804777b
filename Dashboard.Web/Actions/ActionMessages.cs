using DashboardKpi.Dashboard.Web.Api;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>An <see cref="ActionError"/> in words: on a page in the reader's language, in the API as a problem with both.</summary>
public static class ActionMessages
{
    public static string Text(ActionError error, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(ui);
        var text = ui.Format("Actions.Error." + error.Code, [.. error.Args]);
        var detail = ui.Language == Language.En ? error.DetailEn : error.DetailVi;
        return detail is null ? text : text + " " + detail;
    }

    public static IResult Problem(ActionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.IsNotFound ? StatusCodes.Status404NotFound : error.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var problem = ApiProblems.Problem(status, error.Code, Text(error, Ui.In(Language.En)), Text(error, Ui.In(Language.Vi)));
        return problem;
    }

    public static IResult Forbidden(string communeCode) => ApiProblems.Problem(StatusCodes.Status403Forbidden, "forbidden",
        Ui.In(Language.En).Format("Actions.Error.forbidden", communeCode), Ui.In(Language.Vi).Format("Actions.Error.forbidden", communeCode));

    public static IResult RoleForbidden() => ApiProblems.Problem(StatusCodes.Status403Forbidden, "forbidden",
        Ui.In(Language.En)["Actions.Error.role"], Ui.In(Language.Vi)["Actions.Error.role"]);
}
