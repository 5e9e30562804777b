using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>
/// Authorization: Bearer &lt;token&gt; for city systems such as the IOC. Only the SHA-256 of a token is stored, so
/// the check is a lookup of the presented token's hash among the unrevoked ones.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenRepository tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Prefix = "Bearer ";

    public static bool HasBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower-case hex SHA-256 of the token text, as stored.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A new random token: 32 bytes, URL-safe base64.</summary>
    public static string NewToken() =>
        "dk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[Prefix.Length..].Trim();
        if (token.Length == 0 || token.Length > 200)
        {
            return AuthenticateResult.Fail("Malformed bearer token.");
        }

        var stored = await tokens.FindActiveByHashAsync(HashOf(token), Context.RequestAborted);
        if (stored is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }

        var identity = DashboardClaims.Identity("token:" + stored.Name, stored.Role, stored.CommuneCode, stored.Name, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
