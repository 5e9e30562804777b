using System.Security.Cryptography;
using System.Text;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>Lower-case hex SHA-256, the one hash format stored everywhere (files, rule JSON, results, audit).</summary>
public static class Sha256Hex
{
    /// <summary>Hash of the UTF-8 bytes of <paramref name="text"/>, exactly as given (no normalisation).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(Encoding.UTF8.GetBytes(text));
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
