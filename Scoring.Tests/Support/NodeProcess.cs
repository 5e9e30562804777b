using System.Diagnostics;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// A real node as city IT runs it: <c>dotnet Dashboard.Web.dll</c> or <c>dotnet Ingest.Jobs.dll</c> (the worker) from
/// this build, with its settings as environment variables. Killed with <see cref="KillAsync"/> (SIGKILL, as a crash).
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process _process;

    private NodeProcess(Process process, string? baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:port for a web node; null for the worker.</summary>
    public string? BaseUrl { get; }

    public static NodeProcess StartWeb(int port, IDictionary<string, string> settings) =>
        Start("Dashboard.Web", settings, port);

    public static NodeProcess StartWorker(IDictionary<string, string> settings) => Start("Ingest.Jobs", settings, null);

    private static NodeProcess Start(string project, IDictionary<string, string> settings, int? port)
    {
        var testDirectory = TestContext.CurrentContext.TestDirectory;
        var configuration = new DirectoryInfo(testDirectory).Parent!.Name;
        var root = Path.GetFullPath(Path.Combine(testDirectory, "..", "..", "..", ".."));
        var dll = Path.Combine(root, project, "bin", configuration, "net10.0", project + ".dll");
        Assert.That(File.Exists(dll), Is.True, dll);
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.Combine(root, project),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        string? baseUrl = null;
        if (port is { } p)
        {
            baseUrl = $"http://127.0.0.1:{p}";
            start.Environment["ASPNETCORE_URLS"] = baseUrl;
            start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(root, project);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Log(project, e.Data);
        process.ErrorDataReceived += (_, e) => Log(project, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new NodeProcess(process, baseUrl);
    }

    private static void Log(string project, string? line)
    {
        if (Environment.GetEnvironmentVariable("NODE_LOG") is { Length: > 0 } file && line is not null)
        {
            lock (typeof(NodeProcess))
            {
                File.AppendAllText(file, $"[{project}] {line}\n");
            }
        }

        if (line is not null && (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("Unhandled", StringComparison.Ordinal)))
        {
            TestContext.Progress.WriteLine($"[{project}] {line}");
        }
    }

    /// <summary>Waits (bounded) until the web node answers /health.</summary>
    public async Task WaitUntilUpAsync(int seconds = 180)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await IngestHost.WaitUntilAsync(async () =>
        {
            Assert.That(_process.HasExited, Is.False, $"the node on {BaseUrl} exited with code {(_process.HasExited ? _process.ExitCode : 0)}");
            try
            {
                return (await client.GetAsync(BaseUrl + "/health")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, $"the node on {BaseUrl} to answer", seconds);
    }

    /// <summary>SIGKILL: no shutdown, no finally blocks, as when a machine dies.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
