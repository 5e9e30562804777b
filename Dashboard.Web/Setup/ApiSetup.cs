using DashboardKpi.Dashboard.Web.Api;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class ApiSetup
{
    /// <summary>The JSON API for city systems (IOC) and its OpenAPI document at /openapi/v1.json.</summary>
    public static IServiceCollection AddDashboardApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new PeriodJsonConverter()));
        services.AddOpenApi(o =>
        {
            // A period is written inline as the string it is, not as a component of its own.
            o.CreateSchemaReferenceId = t => IsPeriod(t.Type) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(t);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "DashboardKpi API";
                document.Info.Description = "Ratings of Ho Chi Minh City's 168 commune-level units against Plan 02-KH/BCĐTW. "
                    + "Authenticate with the login cookie or an admin-issued token: Authorization: Bearer <token>.";
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                // The converter writes a period as text; the generator alone would not know what it looks like.
                var info = context.JsonTypeInfo;
                if (IsPeriod(info.Type))
                {
                    DescribePeriod(schema, nullable: info.Type != typeof(Period));
                }
                else if (info.ElementType is { } element && IsPeriod(element))
                {
                    schema.Items = DescribePeriod(new OpenApiSchema(), nullable: element != typeof(Period));
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static bool IsPeriod(Type type) => type == typeof(Period) || type == typeof(Period?);

    private static OpenApiSchema DescribePeriod(OpenApiSchema schema, bool nullable)
    {
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        schema.Pattern = PeriodJsonConverter.Pattern;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        return schema;
    }

    public static WebApplication MapDashboardApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api/v1");
        api.MapCommunesApi();
        api.MapRatingsApi();
        api.MapLeagueApi();
        api.MapImportsApi();
        api.MapReportImportsApi();
        api.MapRulesApi();
        api.MapReproduceApi();
        api.MapMethodologyApi();
        api.MapActionsApi();
        api.MapDisputesApi();
        api.MapPdfApi();
        return app;
    }
}
