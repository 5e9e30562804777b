using System.Buffers;

namespace DashboardKpi.Dashboard.Web.Errors;

/// <summary>
/// The form reader refuses a whole url-encoded form when any value holds a NUL character ("invalid characters"),
/// so the page never sees it: antiforgery cannot read its token and the answer was an empty 400. A NUL typed or
/// pasted into a field (the manual value "11\0 17") is just a bad value: it becomes U+FFFD, the replacement
/// character, and the page's own validation refuses the value with its reason and shows the form again.
/// Pages only (the API takes files and JSON), and only forms of an ordinary size (the rules editor's is the largest).
/// </summary>
public sealed class NulInFormValues(RequestDelegate next)
{
    private const long MaxFormBytes = 4 * 1024 * 1024;
    private static readonly byte[] EncodedNul = "%00"u8.ToArray();
    private static readonly byte[] EncodedReplacement = "%EF%BF%BD"u8.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength is > 0 and <= MaxFormBytes
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = new byte[request.ContentLength.Value];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted);
            var replaced = Replaced(body);
            request.Body = new MemoryStream(replaced);
            request.ContentLength = replaced.Length;
        }

        await next(context);
    }

    /// <summary>"%00" and a raw 0 byte become "%EF%BF%BD", U+FFFD url-encoded.</summary>
    private static byte[] Replaced(byte[] body)
    {
        if (body.AsSpan().IndexOf(EncodedNul) < 0 && body.AsSpan().IndexOf((byte)0) < 0)
        {
            return body;
        }

        var output = new ArrayBufferWriter<byte>(body.Length + 16);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == 0)
            {
                output.Write(EncodedReplacement);
            }
            else if (body.AsSpan(i).StartsWith(EncodedNul))
            {
                output.Write(EncodedReplacement);
                i += EncodedNul.Length - 1;
            }
            else
            {
                output.Write(body.AsSpan(i, 1));
            }
        }

        return output.WrittenSpan.ToArray();
    }
}
