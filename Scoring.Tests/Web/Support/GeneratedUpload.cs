using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// A multipart upload of a CSV made up while it is sent, so a test can send 200 MB without holding 200 MB: the
/// header, then <c>row</c> repeated up to <c>fileBytes</c>. It can leave out the closing boundary (a body cut off)
/// and leave out Content-Length (sent chunked, so the server only learns the size by reading).
/// </summary>
internal sealed class GeneratedUpload : HttpContent
{
    private const string Boundary = "generated-upload-boundary";
    private readonly byte[] _head;
    private readonly byte[] _tail;
    private readonly byte[] _rows;
    private readonly long _fileBytes;
    private readonly bool _announceLength;

    public GeneratedUpload(long fileBytes, string row, string? antiforgeryToken = null, bool closed = true, bool announceLength = true, string fileName = "generated.csv")
    {
        var head = new StringBuilder();
        if (antiforgeryToken is not null)
        {
            head.Append("--" + Boundary + "\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n" + antiforgeryToken + "\r\n");
        }

        head.Append("--" + Boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
        head.Append("commune_code,period,indicator_code,value\n");
        _head = Encoding.UTF8.GetBytes(head.ToString());
        _tail = closed ? Encoding.UTF8.GetBytes("\r\n--" + Boundary + "--\r\n") : [];
        _rows = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(row + "\n", 64 * 1024 / (row.Length + 1))));
        _fileBytes = fileBytes;
        _announceLength = announceLength;
        Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=" + Boundary);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_head);
        for (var sent = 0L; sent < _fileBytes; sent += _rows.Length)
        {
            await stream.WriteAsync(_rows.AsMemory(0, (int)Math.Min(_rows.Length, _fileBytes - sent)));
        }

        await stream.WriteAsync(_tail);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _head.Length + _fileBytes + _tail.Length;
        return _announceLength;
    }
}
