namespace DashboardKpi.Ingest.Jobs.Reports.Ocr;

/// <summary>Whether scans can be read here, and if not why (vi/en); the Tesseract version when they can.</summary>
public sealed record OcrAvailability(bool Available, string? Version, string? ReasonVi, string? ReasonEn);
