namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>A text in Vietnamese (first, always present) and English.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    public string In(Language language) => language == Language.Vi ? Vi : En;
}

public enum Language
{
    Vi,
    En,
}
