using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>The admin's new-account form.</summary>
public sealed class NewUserInput
{
    public string UserName { get; set; } = "";
    public string? DisplayName { get; set; }
    public string Role { get; set; } = UserRoles.Committee;
    public string? CommuneCode { get; set; }
    public string Password { get; set; } = "";
}
