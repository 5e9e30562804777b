using FluentValidation;
using FluentValidation.Results;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Adds failures that carry an error code and message arguments, at a path relative to the object validated.</summary>
internal static class ValidationExtensions
{
    public static void Fail<T>(this ValidationContext<T> context, string relativePath, string code, params object?[] args)
    {
        var path = context.PropertyChain.BuildPropertyPath(relativePath);
        context.AddFailure(new ValidationFailure(path, code) { ErrorCode = code, CustomState = args });
    }

    public static void RequireVi<T>(this ValidationContext<T> context, string path, LocalizedTextDocument? text)
    {
        if (string.IsNullOrWhiteSpace(text?.Vi))
        {
            context.Fail(path, text is null ? "required" : "name.viMissing");
        }
    }

    public static void RequireEnum<T>(this ValidationContext<T> context, string path, string? value, params string[] allowed)
    {
        if (value is null)
        {
            context.Fail(path, "required");
        }
        else if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            context.Fail(path, "enum.invalid", value, string.Join(", ", allowed));
        }
    }

    /// <summary>An optional reference: any part may be left out when read (publishing asks for all), but a date must be a date.</summary>
    public static void OptionalReference<T>(this ValidationContext<T> context, string path, ReferenceDocument? reference)
    {
        if (reference?.Date is { } date
            && !DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            context.Fail(path + ".Date", "date.invalid", date);
        }
    }

    /// <summary>An optional text that, when given, has its Vietnamese.</summary>
    public static void OptionalText<T>(this ValidationContext<T> context, string path, LocalizedTextDocument? text)
    {
        if (text is not null)
        {
            context.RequireVi(path, text);
        }
    }
}
