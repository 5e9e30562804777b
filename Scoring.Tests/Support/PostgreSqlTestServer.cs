using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dapper;
using Npgsql;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, from the server installed on the machine
/// (/usr/lib/postgresql/*/bin): initdb and pg_ctl in a temp folder, listening on 127.0.0.1 on a free port with trust
/// authentication, run as the postgres OS user when the tests run as root (initdb refuses root). Each fixture gets a
/// fresh database. Stopped and deleted when the run ends (<see cref="TestRunSetUp"/>). Where no PostgreSQL is installed
/// every PostgreSQL fixture is ignored with the reason.
/// </summary>
internal static class PostgreSqlTestServer
{
    private const string OsUser = "postgres";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Cluster? _cluster;
    private static string? _unavailableReason;

    /// <summary>The server's bin folder (highest version installed), or null.</summary>
    public static string? BinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")) && File.Exists(Path.Combine(d, "bin", "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        var cluster = await StartOnceAsync().ConfigureAwait(false);
        var databaseName = name.ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            // Test plumbing only (a name we control); production code never creates databases.
            await connection.ExecuteAsync("CREATE DATABASE \"" + databaseName + "\"").ConfigureAwait(false);
        }

        return cluster.ConnectionString(databaseName);
    }

    public static async Task StopAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            NpgsqlConnection.ClearAllPools();
            _cluster?.Stop();
            _cluster = null;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Cluster> StartOnceAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_unavailableReason is not null)
            {
                Assert.Ignore(_unavailableReason);
            }

            if (_cluster is null)
            {
                var bin = BinDirectory();
                if (bin is null)
                {
                    _unavailableReason = "PostgreSQL tests need a PostgreSQL server installed (/usr/lib/postgresql/*/bin/initdb; apt-get install postgresql).";
                    Assert.Ignore(_unavailableReason);
                }

                _cluster = await Cluster.StartAsync(bin!).ConfigureAwait(false);
            }

            return _cluster;
        }
        finally
        {
            Gate.Release();
        }
    }

    private sealed class Cluster(string bin, string directory, int port)
    {
        private string DataDirectory => Path.Combine(directory, "data");

        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = OsUser,
            Database = database,
            // Many fixtures, each with its own database and so its own pool: idle connections go back quickly.
            ConnectionIdleLifetime = 5,
            ConnectionPruningInterval = 2,
        }.ConnectionString;

        public static async Task<Cluster> StartAsync(string bin)
        {
            var directory = Path.Combine(Path.GetTempPath(), "dashboardkpi-pg-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(directory);
            var port = FreePort();
            var cluster = new Cluster(bin, directory, port);
            try
            {
                if (Environment.UserName == "root")
                {
                    Run("chown", [OsUser + ":" + OsUser, directory], asPostgres: false);
                }

                cluster.RunAsPostgres("initdb", ["-D", cluster.DataDirectory, "-U", OsUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);

                // A throwaway cluster: durability settings off for speed, sockets in our own folder, room for one pool per fixture.
                cluster.RunAsPostgres("pg_ctl", [
                    "-D", cluster.DataDirectory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
                    "-o", string.Create(CultureInfo.InvariantCulture, $"-p {port} -c listen_addresses=127.0.0.1 -k {directory} -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"),
                    "start",
                ]);
                await WaitForConnectionAsync(cluster.ConnectionString("postgres")).ConfigureAwait(false);
                return cluster;
            }
            catch
            {
                cluster.Stop();
                throw;
            }
        }

        public void Stop()
        {
            try
            {
                if (Directory.Exists(DataDirectory) && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
                {
                    RunAsPostgres("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
                }
            }
            finally
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
        }

        private void RunAsPostgres(string tool, IReadOnlyList<string> arguments) => Run(Path.Combine(bin, tool), arguments, asPostgres: true);

        private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres)
        {
            var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (asPostgres && Environment.UserName == "root")
            {
                info.FileName = "runuser";
                foreach (var argument in new[] { "-u", OsUser, "--", program })
                {
                    info.ArgumentList.Add(argument);
                }
            }
            else
            {
                info.FileName = program;
            }

            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + program);
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture, "{0} exited with {1}:\n{2}\n{3}", program, process.ExitCode, output, error.Result));
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static async Task WaitForConnectionAsync(string connectionString)
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await using var connection = new NpgsqlConnection(connectionString);
                    await connection.OpenAsync().ConfigureAwait(false);
                    return;
                }
                catch (NpgsqlException) when (attempt < 50)
                {
                    await Task.Delay(200).ConfigureAwait(false);
                }
            }
        }
    }
}
