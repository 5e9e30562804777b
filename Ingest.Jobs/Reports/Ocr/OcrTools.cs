namespace DashboardKpi.Ingest.Jobs.Reports.Ocr;

/// <summary>
/// Whether this server can read scans: Tesseract with the configured language and poppler's pdftoppm, found by running
/// them. Asked at upload, by /health and by the admin pages; the answer is kept a minute, so installing the packages
/// takes effect without a restart.
/// </summary>
public sealed class OcrTools(OcrOptions options, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (OcrAvailability Answer, DateTimeOffset At)? _last;

    public OcrOptions Options => options;

    public async Task<OcrAvailability> CheckAsync(CancellationToken ct)
    {
        if (_last is { } last && clock.GetUtcNow() - last.At < KeepFor)
        {
            return last.Answer;
        }

        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var answer = await ProbeAsync(ct).ConfigureAwait(false);
            _last = (answer, clock.GetUtcNow());
            return answer;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<OcrAvailability> ProbeAsync(CancellationToken ct)
    {
        const string Install = "tesseract-ocr, tesseract-ocr-vie, poppler-utils";
        if (!options.Enabled)
        {
            return new(false, null, "Nhận dạng chữ (OCR) đang tắt trong cấu hình máy chủ (Ocr:Enabled=false).", "OCR is turned off in the server's configuration (Ocr:Enabled=false).");
        }

        var timeout = TimeSpan.FromSeconds(15);
        try
        {
            var version = await ProgramRunner.RunAsync(options.TesseractPath, ["--version"], timeout, ct).ConfigureAwait(false);
            var firstLine = (version.Output + "\n" + version.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "tesseract";
            var languages = await ProgramRunner.RunAsync(options.TesseractPath, ["--list-langs"], timeout, ct).ConfigureAwait(false);
            if (!(languages.Output + "\n" + languages.Error).Split('\n', StringSplitOptions.TrimEntries).Contains(options.Language, StringComparer.Ordinal))
            {
                return new(false, firstLine,
                    $"Tesseract chưa có dữ liệu ngôn ngữ \"{options.Language}\": quản trị viên cài gói tesseract-ocr-{options.Language} (xem README).",
                    $"Tesseract has no \"{options.Language}\" language data: an administrator installs the package tesseract-ocr-{options.Language} (see the README).");
            }

            await ProgramRunner.RunAsync(options.PdftoppmPath, ["-v"], timeout, ct).ConfigureAwait(false);
            return new(true, firstLine, null, null);
        }
        catch (ProgramRunner.NotFoundException missing)
        {
            return new(false, null,
                $"Máy chủ chưa cài chương trình nhận dạng chữ (OCR) ({Path.GetFileName(missing.Message.Split(' ')[0])}): quản trị viên cài các gói {Install} (xem README).",
                $"The OCR programs are not installed on the server ({Path.GetFileName(missing.Message.Split(' ')[0])}): an administrator installs the packages {Install} (see the README).");
        }
        catch (ProgramRunner.TimedOutException)
        {
            return new(false, null, "Chương trình nhận dạng chữ (OCR) không trả lời.", "The OCR programs do not answer.");
        }
    }
}
