namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>
/// SMTP settings (section <c>Notifications:Email</c>). Email is off while Host or From is unset: events still reach the
/// in-app list, no outbox row is written, and the admin page says email is off.
/// </summary>
public sealed class EmailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>STARTTLS when the server offers it (the default); "None" for a relay on the same host; "SslOnConnect" for port 465.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. "Bảng điều hành &lt;dashboard@example.gov.vn&gt;".</summary>
    public string? From { get; set; }

    /// <summary>Seconds to wait for the SMTP server on each step.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
