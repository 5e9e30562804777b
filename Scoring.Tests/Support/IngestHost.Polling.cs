namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Waiting for the pipeline in tests (not linked into the benchmarks, which never wait on a condition).</summary>
public sealed partial class IngestHost
{
    /// <summary>Polls until the condition holds; bounded, so a broken pipeline fails the test instead of hanging it.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for: {what}");
            }

            await Task.Delay(100);
        }
    }
}
