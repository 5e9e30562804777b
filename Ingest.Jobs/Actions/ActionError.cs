namespace DashboardKpi.Ingest.Jobs.Actions;

/// <summary>
/// Why an action or dispute request was refused: a stable code (the web shows its vi/en text, key
/// "Actions.Error.&lt;code&gt;"), the arguments for that text, and for a bad corrected figure the import's own reason.
/// </summary>
public sealed record ActionError(string Code, IReadOnlyList<object?> Args, string? DetailVi = null, string? DetailEn = null)
{
    public static ActionError Of(string code, params object?[] args) => new(code, args);

    /// <summary>Refusals that mean "no such thing" (404) rather than "bad input" (400) or "already decided" (409).</summary>
    public bool IsNotFound => Code is "commune.unknown" or "action.unknown" or "dispute.unknown";

    public bool IsConflict => Code is "action.closed" or "dispute.decided" or "dispute.alreadyOpen";
}

/// <summary>A result or the reason it was refused.</summary>
public sealed record Checked<T>(T? Value, ActionError? Error)
    where T : class
{
    public static implicit operator Checked<T>(T value) => new(value, null);

    public static implicit operator Checked<T>(ActionError error) => new(null, error);
}
