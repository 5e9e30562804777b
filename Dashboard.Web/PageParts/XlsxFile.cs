using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>An xlsx download: the workbook written into memory first, so a writer error is a page error, not a cut-off file.</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileStreamResult> CreateAsync(string fileName, Func<Stream, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var stream = new MemoryStream();
        await write(stream);
        stream.Position = 0;
        return new FileStreamResult(stream, ContentType) { FileDownloadName = fileName };
    }
}
