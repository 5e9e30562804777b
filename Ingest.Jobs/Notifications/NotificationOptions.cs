using DashboardKpi.Scoring.Engine.Model;
using Microsoft.Extensions.Configuration;

namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>Section <c>Notifications</c>: when reminders go out, when a period closes, and where links point.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>A reminder goes to the chair this many days before an action's due date.</summary>
    public int ReminderDays { get; set; } = 3;

    /// <summary>
    /// A period closes on this day of the next month (1–28): the committee's digest goes out, its colours are the ones
    /// reported upward, and a colour change after it is flagged as a later correction.
    /// </summary>
    public int CloseDay { get; set; } = 5;

    /// <summary>The address links in emails start with, e.g. "https://dashboard.example.gov.vn"; unset: relative links.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Tries per message before it is left with its error for the admin to see.</summary>
    public int MaxAttempts { get; set; } = 8;

    public EmailOptions Email { get; set; } = new();

    public static NotificationOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new NotificationOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.CloseDay = Math.Clamp(options.CloseDay, 1, 28);
        options.ReminderDays = Math.Clamp(options.ReminderDays, 0, 60);
        options.MaxAttempts = Math.Max(1, options.MaxAttempts);
        return options;
    }

    /// <summary>The first day on which a period counts as closed.</summary>
    public DateOnly ClosesOn(Period period) => period.AddMonths(1).FirstDay.AddDays(CloseDay - 1);
}
