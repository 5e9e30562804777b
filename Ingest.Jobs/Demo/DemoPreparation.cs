namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// How far this process is with loading the demo data into an empty database (<see cref="DemoSeeding"/>): the site
/// answers at once and the pages say "being prepared: 7/18 months" until every month is rated. In-process state:
/// only the node that seeds knows (the embedded single-node default is the one that seeds).
/// </summary>
public sealed class DemoPreparation
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly Func<int, CancellationToken, Task>? _afterMonth;
    private State _state = new(DemoPreparationStatus.None, 0, 0, null);

    public DemoPreparation()
    {
    }

    /// <param name="afterMonth">
    /// Awaited after each month is rated, with the number rated so far: lets a test hold the preparation half-way and
    /// look at the site meanwhile. Production passes nothing.
    /// </param>
    public DemoPreparation(Func<int, CancellationToken, Task> afterMonth)
    {
        _afterMonth = afterMonth;
    }

    /// <summary>What the pages and /health/ready show.</summary>
    public sealed record State(string Status, int MonthsDone, int MonthsTotal, string? Error)
    {
        public bool IsPreparing => Status == DemoPreparationStatus.Preparing;
    }

    public State Current
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Completes when no preparation is running (at once when none was needed; also after a failure).</summary>
    public Task WhenDoneAsync(CancellationToken ct = default) => _done.Task.WaitAsync(ct);

    internal void Begin(int monthsTotal) => Set(new State(DemoPreparationStatus.Preparing, 0, monthsTotal, null));

    internal async Task MonthRatedAsync(int monthsDone, CancellationToken ct)
    {
        lock (_gate)
        {
            _state = _state with { MonthsDone = monthsDone };
        }

        if (_afterMonth is not null)
        {
            await _afterMonth(monthsDone, ct).ConfigureAwait(false);
        }
    }

    internal void Finish() => End(Current with { Status = DemoPreparationStatus.Done, MonthsDone = Current.MonthsTotal });

    internal void Fail(string error) => End(Current with { Status = DemoPreparationStatus.Failed, Error = error });

    /// <summary>Nothing to prepare (a database with data, or demo data switched off).</summary>
    internal void NotNeeded() => End(new State(DemoPreparationStatus.None, 0, 0, null));

    private void End(State state)
    {
        Set(state);
        _done.TrySetResult();
    }

    private void Set(State state)
    {
        lock (_gate)
        {
            _state = state;
        }
    }
}

/// <summary>The states of <see cref="DemoPreparation"/>.</summary>
public static class DemoPreparationStatus
{
    public const string None = "none";
    public const string Preparing = "preparing";
    public const string Done = "done";
    public const string Failed = "failed";
}
