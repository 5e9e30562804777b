using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Web.Caching;

/// <summary>
/// The pages' cache: HybridCache per node, kept in step by the data-version stamp in the database. Gates and a clock
/// the test moves instead of waiting, so nothing here depends on timing.
/// </summary>
[TestFixture]
public sealed class PageCacheTests
{
    // Long enough that it never passes by itself while a test runs: the tests move the clock.
    private const int CheckMilliseconds = 60_000;
    private StorageTarget _target = null!;
    private CacheNode _node = null!;

    [SetUp]
    public async Task CreateAsync()
    {
        _target = StorageTarget.CreateSqlite();
        await _target.Migrator().MigrateAsync(CancellationToken.None);
        _node = new CacheNode(_target.Connections.Options, CheckMilliseconds);
    }

    [TearDown]
    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        _target.Dispose();
    }

    [Test]
    public async Task GetOrCreate_ManyCallersMissTogether_ComputesOnce()
    {
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var computed = 0;

        var callers = Enumerable.Range(0, 8)
            .Select(i => _node.Cache.GetOrCreateAsync("k", _ => { Interlocked.Increment(ref computed); return gate.Task; }, CancellationToken.None))
            .ToList();
        gate.SetResult("drawn once");
        var results = await Task.WhenAll(callers);
        var later = await _node.Cache.GetOrCreateAsync("k", _ => Task.FromResult("again"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(computed, Is.EqualTo(1));
            Assert.That(results, Has.All.EqualTo("drawn once"));
            Assert.That(later, Is.EqualTo("drawn once"));
        }
    }

    [Test]
    public async Task GetOrCreate_OneCallerGivesUp_OthersStillGetTheValue()
    {
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var computing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaving = new CancellationTokenSource();
        CancellationToken seenByCompute = default;
        Task<string> Compute(CancellationToken ct)
        {
            seenByCompute = ct;
            computing.TrySetResult();
            return gate.Task;
        }

        var first = _node.Cache.GetOrCreateAsync("k", Compute, leaving.Token);
        var second = _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);
        await computing.Task;
        await leaving.CancelAsync();
        gate.SetResult("value");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());
            Assert.That(await second, Is.EqualTo("value"));
            Assert.That(seenByCompute.IsCancellationRequested, Is.False, "the shared computation belongs to no single request");
        }
    }

    [Test]
    public async Task GetOrCreate_ComputationFails_IsNotCachedAndTheNextCallerRetries()
    {
        var attempts = 0;
        Task<string> Compute(CancellationToken ct) =>
            ++attempts == 1 ? Task.FromException<string>(new InvalidOperationException("database away")) : Task.FromResult("second try");

        Assert.That(async () => await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None), Throws.InvalidOperationException);
        var value = await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);

        Assert.That(value, Is.EqualTo("second try"));
    }

    [Test]
    public async Task GetOrCreate_StampMovedWhileComputing_DoesNotKeepTheOldResult()
    {
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var computing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var during = _node.Cache.GetOrCreateAsync("k", _ => { computing.TrySetResult(); return gate.Task; }, CancellationToken.None);
        await computing.Task;
        await _node.WriteAsync();
        gate.SetResult("from the old data");
        await during;
        var after = await _node.Cache.GetOrCreateAsync("k", _ => Task.FromResult("from the new data"), CancellationToken.None);

        Assert.That(after, Is.EqualTo("from the new data"));
    }

    [Test]
    public async Task GetOrCreate_AfterThisNodesOwnWrite_ComputesAgainAtOnce()
    {
        var computed = 0;
        Task<int> Compute(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref computed));
        var before = await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);

        await _node.WriteAsync();
        var after = await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);

        Assert.That((before, after), Is.EqualTo((1, 2)), "no wait for the check interval after a write in this process");
    }

    [Test]
    public async Task GetOrCreate_AnotherNodesWrite_IsSeenOnceTheCheckIntervalHasPassed()
    {
        await using var other = new CacheNode(_target.Connections.Options, CheckMilliseconds);
        var computed = 0;
        Task<int> Compute(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref computed));
        var before = await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);

        await other.WriteAsync();
        // Within the interval the node does not ask the database again: that is what keeps the check cheap...
        var withinInterval = await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);
        _node.Clock.Advance(TimeSpan.FromMilliseconds(CheckMilliseconds));
        // ...and the bound docs/caching.md states: once the interval has passed, the other node's write is served.
        var afterInterval = await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);
        var again = await _node.Cache.GetOrCreateAsync("k", Compute, CancellationToken.None);

        Assert.That((before, withinInterval, afterInterval, again), Is.EqualTo((1, 1, 2, 2)));
    }

    [Test]
    public async Task GetOrCreate_Computation_RunsInTheCallersCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        using var request = new CancellationTokenSource();
        try
        {
            // The language a map or chart is drawn in comes from the request's culture (a request's token can be
            // cancelled: then HybridCache starts the computation on the thread pool).
            var seen = await _node.Cache.GetOrCreateAsync("k", _ => Task.FromResult(System.Globalization.CultureInfo.CurrentUICulture.Name), request.Token);

            Assert.That(seen, Is.EqualTo("en"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
