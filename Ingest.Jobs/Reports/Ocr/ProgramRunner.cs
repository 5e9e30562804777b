using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace DashboardKpi.Ingest.Jobs.Reports.Ocr;

/// <summary>
/// Runs an external program with arguments as a list (never through a shell), capturing its output, and kills it
/// (with its children) when the time is up or the caller cancels.
/// </summary>
internal static class ProgramRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Thrown when the program cannot be started at all (not installed, not executable).</summary>
    public sealed class NotFoundException(string program, Exception inner) : Exception($"{program} could not be started: {inner.Message}", inner);

    public sealed class TimedOutException() : Exception("The program did not finish in time.");

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract's OpenMP threads only slow several readings down on a small server; one page, one core.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new NotFoundException(program, exception);
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended just now.
            }

            ct.ThrowIfCancellationRequested();
            throw new TimedOutException();
        }

        return new Result(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
