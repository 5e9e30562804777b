using DashboardKpi.Dashboard.Web.Errors;
using DashboardKpi.Dashboard.Web.Imports;

namespace DashboardKpi.Dashboard.Web.Setup;

/// <summary>
/// Every refusal answers with its reason: the API a problem with detail (en) and detailVi, pages the error page in
/// the reader's language. That covers the framework's own answers too (no route, wrong method, wrong content type,
/// not signed in), which otherwise come with an empty body, and client faults that surface as exceptions
/// (a bad request body), which otherwise become a 500.
/// </summary>
public static class ErrorsSetup
{
    public static IServiceCollection AddDashboardErrors(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = InBothLanguages);

    public static WebApplication UseDashboardErrors(this WebApplication app)
    {
        app.UseWhen(context => AuthSetup.IsApi(context.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !AuthSetup.IsApi(context.Request), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = StatusOf });
            pages.UseStatusCodePagesWithReExecute("/Error");
        });
        return app;
    }

    /// <summary>After routing and authorization (a stranger's body is never read), before anything reads a form.</summary>
    public static WebApplication UseUploadGuard(this WebApplication app)
    {
        app.UseMiddleware<UploadGuard>();
        return app;
    }

    /// <summary>Before anything reads a page's form (antiforgery, binding): a NUL in a value is a bad value, not a broken form.</summary>
    public static WebApplication UseNulInFormValues(this WebApplication app)
    {
        app.UseWhen(context => !AuthSetup.IsApi(context.Request), pages => pages.UseMiddleware<NulInFormValues>());
        return app;
    }

    private static int StatusOf(Exception exception) => RequestFault.FromException(exception)?.Status ?? StatusCodes.Status500InternalServerError;

    /// <summary>Problems written by the framework get the reason the request was refused; ours already carry detailVi.</summary>
    private static void InBothLanguages(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("detailVi"))
        {
            return;
        }

        var fault = context.HttpContext.Features.Get<RequestFault>()
            ?? RequestFault.FromException(context.Exception)
            ?? RequestFault.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
        problem.Title = fault.Title;
        problem.Detail = fault.DetailEn;
        problem.Extensions["detailVi"] = fault.DetailVi;
    }
}
