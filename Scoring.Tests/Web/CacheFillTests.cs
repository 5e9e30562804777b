using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The single fill behind the ratings cache: gates instead of clocks, so nothing here depends on timing.</summary>
[TestFixture]
public sealed class CacheFillTests
{
    private MemoryCache _cache = null!;

    [SetUp]
    public void CreateCache() => _cache = new MemoryCache(new MemoryCacheOptions());

    [TearDown]
    public void DisposeCache() => _cache.Dispose();

    [Test]
    public async Task GetOrFill_ManyCallersMissTogether_ComputesOnce()
    {
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var computed = 0;

        var callers = Enumerable.Range(0, 8)
            .Select(i => _cache.GetOrFillAsync("k", _ => { }, _ => { Interlocked.Increment(ref computed); return gate.Task; }, CancellationToken.None))
            .ToList();
        gate.SetResult("drawn once");
        var results = await Task.WhenAll(callers);
        var later = await _cache.GetOrFillAsync("k", _ => { }, _ => Task.FromResult("again"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(computed, Is.EqualTo(1));
            Assert.That(results, Has.All.EqualTo("drawn once"));
            Assert.That(later, Is.EqualTo("drawn once"));
        }
    }

    [Test]
    public async Task GetOrFill_OneCallerGivesUp_OthersStillGetTheValue()
    {
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaving = new CancellationTokenSource();
        CancellationToken seenByCompute = default;
        Task<string> Compute(CancellationToken ct)
        {
            seenByCompute = ct;
            return gate.Task;
        }

        var first = _cache.GetOrFillAsync("k", _ => { }, Compute, leaving.Token);
        var second = _cache.GetOrFillAsync("k", _ => { }, Compute, CancellationToken.None);
        await leaving.CancelAsync();
        gate.SetResult("value");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());
            Assert.That(await second, Is.EqualTo("value"));
            Assert.That(seenByCompute.CanBeCanceled, Is.False, "the shared computation belongs to no single request");
        }
    }

    [Test]
    public async Task GetOrFill_ComputationFails_IsNotCachedAndTheNextCallerRetries()
    {
        var attempts = 0;
        Task<string> Compute(CancellationToken ct) =>
            ++attempts == 1 ? Task.FromException<string>(new InvalidOperationException("database away")) : Task.FromResult("second try");

        Assert.That(async () => await _cache.GetOrFillAsync("k", _ => { }, Compute, CancellationToken.None), Throws.InvalidOperationException);
        var value = await _cache.GetOrFillAsync("k", _ => { }, Compute, CancellationToken.None);

        Assert.That(value, Is.EqualTo("second try"));
    }

    [Test]
    public async Task GetOrFill_InvalidatedWhileComputing_DoesNotKeepTheOldResult()
    {
        using var generation = new CancellationTokenSource();
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Expire(ICacheEntry entry) => entry.AddExpirationToken(new CancellationChangeToken(generation.Token));

        var during = _cache.GetOrFillAsync("k", Expire, _ => gate.Task, CancellationToken.None);
        await generation.CancelAsync();
        gate.SetResult("from the old data");
        await during;
        var after = await _cache.GetOrFillAsync("k", _ => { }, _ => Task.FromResult("from the new data"), CancellationToken.None);

        Assert.That(after, Is.EqualTo("from the new data"));
    }
}
