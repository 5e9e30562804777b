using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>One audit entry about a user account (subject "user:name"), written alike by the admin's and the user's own changes.</summary>
public static class UserAudit
{
    public static Task AppendUserChangeAsync(
        this AuditLogRepository audit, DateTimeOffset at, string actor, string action, string userName, object? detail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return audit.AppendAsync(new AuditEntry
        {
            At = at,
            UserName = actor,
            Action = action,
            Subject = "user:" + userName,
            DetailJson = detail is null ? null : JsonSerializer.Serialize(detail),
        }, ct);
    }
}
