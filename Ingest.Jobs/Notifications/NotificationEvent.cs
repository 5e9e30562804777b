namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>
/// Something people must hear about. Recipients: the chairs of <see cref="ChairsOf"/> and every active user in
/// <see cref="Roles"/>. The text is IngestText key "Notify.Text.&lt;Kind&gt;" filled with the unit's name ({0}) and
/// <see cref="Args"/> ({1}…); the email subject is "Notify.Subject.&lt;Kind&gt;". <see cref="DedupKey"/> makes a second
/// write of the same event a no-op per recipient.
/// </summary>
public sealed record NotificationEvent(string Kind, string DedupKey, string Link, IReadOnlyList<object?> Args)
{
    public string? ChairsOf { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The unit named as {0} in the text (null: {0} is empty).</summary>
    public string? CommuneCode { get; init; }

    /// <summary>Text key suffix when it differs from the kind (e.g. a correction after the period closed).</summary>
    public string? TextVariant { get; init; }
}
