using System.ComponentModel;
using System.Globalization;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// Reads <c>Storage:Provider</c> for the configuration binder, case-insensitively. A name that is no store stops
/// the start with the accepted names; the default enum converter would also accept a number ("7") and say only that
/// the value could not be converted.
/// </summary>
public sealed class StorageProviderConverter : EnumConverter
{
    public StorageProviderConverter()
        : base(typeof(StorageProvider))
    {
    }

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is string text)
        {
            var name = text.Trim();
            return name.Length > 0 && !char.IsAsciiDigit(name[0]) && !name.StartsWith('-') && Enum.TryParse<StorageProvider>(name, ignoreCase: true, out var provider)
                ? provider
                : throw new FormatException(Expected(text));
        }

        return base.ConvertFrom(context, culture, value);
    }

    internal static string Expected(string given) =>
        string.Format(CultureInfo.InvariantCulture, "Storage:Provider is '{0}'; expected 'Sqlite', 'SqlServer' or 'PostgreSql'.", given);
}
