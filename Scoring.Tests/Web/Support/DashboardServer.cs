using System.Net;
using System.Text.RegularExpressions;
using DashboardKpi.Dashboard.Web;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// The real dashboard on a fresh SQLite file in its own temp folder, one per fixture: on Kestrel at
/// 127.0.0.1:&lt;free port&gt; (built by the same DashboardApp.Create as Program.cs) where a browser or a load tool needs
/// a port, else in process (<see cref="StartInProcessAsync"/>, started by Program.cs through WebApplicationFactory).
/// </summary>
internal sealed partial class DashboardServer : IAsyncDisposable
{
    public const string AdminPassword = "test-admin-password-1";

    /// <summary>The password of accounts the tests create.</summary>
    public const string UserPassword = "user-password-123";

    private readonly string _directory;
    private bool _stopped;

    private readonly WebApplication? _app;
    private readonly DashboardFactory? _factory;

    private DashboardServer(WebApplication? app, DashboardFactory? factory, string directory, Uri baseAddress)
    {
        _app = app;
        _factory = factory;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    /// <summary>Where a browser reaches a Kestrel server; an in-process server answers only its own clients.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app?.Services ?? _factory!.Services;

    // The first start of a fixture's database seeds the rules, 17 months of demo data and their ratings (~20 s).
    // It is done once per test run into a template file; each fixture then starts on its own fresh copy.
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _template;

    /// <summary>Starts on a fresh copy of a seeded database (<paramref name="empty"/>: on a brand-new file instead).</summary>
    public static async Task<DashboardServer> StartAsync(IDictionary<string, string?>? settings = null, bool empty = false)
    {
        var directory = NewDirectory();
        if (!empty)
        {
            File.Copy(await TemplateAsync(), Path.Combine(directory, "dashboard.db"));
        }

        return await StartInAsync(directory, settings);
    }

    /// <summary>In process on a fresh copy of the seeded database: for tests that only speak HTTP through <see cref="CreateClient"/>.</summary>
    public static async Task<DashboardServer> StartInProcessAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = NewDirectory();
        File.Copy(await TemplateAsync(), Path.Combine(directory, "dashboard.db"));
        var factory = new DashboardFactory(Settings(directory, settings));
        await factory.Services.GetRequiredService<DemoPreparation>().WhenDoneAsync();
        return new DashboardServer(null, factory, directory, factory.Server.BaseAddress);
    }

    private static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dashboardkpi-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_template is null)
            {
                var directory = NewDirectory();
                var server = await StartInAsync(directory, null);
                await server.StopKeepingFilesAsync();
                _template = Path.Combine(directory, "dashboard.db");
            }

            return _template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>
    /// Starts on the database in <paramref name="directory"/> (a new one when null), as a restarted installation does,
    /// with <paramref name="configureServices"/> registered before the app's own services (e.g. another shipped rule file).
    /// </summary>
    public static Task<DashboardServer> StartOnAsync(
        string? directory, IDictionary<string, string?>? settings, Action<IServiceCollection>? configureServices, bool waitForDemo = true) =>
        StartInAsync(directory ?? NewDirectory(), settings, configureServices, waitForDemo);

    /// <summary>The folder holding this server's database.</summary>
    public string Folder => _directory;

    /// <summary>Stops the server as a process stops, keeping its database for <see cref="StartOnAsync"/>.</summary>
    public async Task StopKeepingFilesAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// Starts and, unless <paramref name="waitForDemo"/> is false, waits until the demo data of a first start is
    /// prepared (it loads in the background), so tests see the site as it is once ready.
    /// </summary>
    private static async Task<DashboardServer> StartInAsync(
        string directory, IDictionary<string, string?>? settings, Action<IServiceCollection>? configureServices = null, bool waitForDemo = true)
    {
        var configuration = Settings(directory, settings);
        var app = DashboardApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configureServices?.Invoke(builder.Services);
        }, ProjectDirectory());
        await app.StartAsync();
        if (waitForDemo)
        {
            await app.Services.GetRequiredService<DemoPreparation>().WhenDoneAsync();
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardServer(app, null, directory, new Uri(address));
    }

    /// <summary>The test database in <paramref name="directory"/>, the admin's password, then the test's own settings.</summary>
    private static Dictionary<string, string?> Settings(string directory, IDictionary<string, string?>? settings)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = "Data Source=" + Path.Combine(directory, "dashboard.db"),
            ["Auth:BootstrapAdminPassword"] = AdminPassword,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return configuration;
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (tests look at them).</summary>
    public HttpClient CreateClient(bool followRedirects = false) =>
        _factory?.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true })
        ?? new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>A new account with the role (and unit), signed in: the client of a user the test needs once.</summary>
    public async Task<HttpClient> LoginAsNewUserAsync(string userName, string role, string? communeCode = null)
    {
        await CreateUserAsync(userName, role, communeCode);
        return await LoginAsync(userName, UserPassword);
    }

    public async Task<HttpClient> LoginAsync(string userName = BootstrapAdmin.UserName, string password = AdminPassword)
    {
        var client = CreateClient();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {userName} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>GETs the page for its antiforgery token, then posts the form with it, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    public async Task CreateUserAsync(string userName, string role, string? communeCode = null, string password = UserPassword)
    {
        var users = Services.GetRequiredService<UserRepository>();
        await users.InsertAsync(new NewAppUser
        {
            UserName = userName,
            PasswordHash = LoginService.Hash(password),
            Role = role,
            CommuneCode = communeCode,
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
    }

    /// <summary>A client that calls the API as a machine does: Authorization: Bearer with a fresh token for the role (and unit).</summary>
    public async Task<HttpClient> CreateTokenClientAsync(string role, string? communeCode = null)
    {
        var token = ApiTokenAuthenticationHandler.NewToken();
        await Services.GetRequiredService<ApiTokenRepository>().InsertAsync(new NewApiToken
        {
            Name = "test-" + role + "-" + Guid.NewGuid().ToString("N")[..6],
            TokenSha256 = ApiTokenAuthenticationHandler.HashOf(token),
            Role = role,
            CommuneCode = communeCode,
            CreatedBy = "admin",
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingFilesAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background job; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>Dashboard.Web's source folder: the content root, for wwwroot and appsettings.json.</summary>
    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Dashboard.Web");
            if (File.Exists(Path.Combine(candidate, "Dashboard.Web.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Dashboard.Web not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
