using DashboardKpi.Dashboard.Web.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>
/// Reads an upload's form before its endpoint does, so a body over <see cref="UploadLimit"/> or cut off is refused
/// with its reason (413 or 400, vi/en) rather than surfacing as an exception from inside form binding (a 500).
/// Kestrel's own body limit is lifted here because when Kestrel refuses a body it closes the connection mid-upload,
/// which a client that sends the whole body before reading (HttpClient, curl) sees as a reset, not as an answer.
/// The guard counts instead, and reads a refused body to its end (within a bound) before answering. It only sets
/// the status and the reason: the error pipeline renders it (a problem for the API, the error page for pages).
/// </summary>
public sealed class UploadGuard(RequestDelegate next, ILogger<UploadGuard> logger)
{
    // Reading a refused body costs only bandwidth; past these bounds the connection is closed without more reading.
    private const long DrainBytes = 1024L * 1024 * 1024;
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(60);

    public async Task InvokeAsync(HttpContext context)
    {
        var isUpload = HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
            && context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpointAttribute>() is not null;
        var fault = isUpload ? await ReadFormAsync(context) : null;
        if (fault is null)
        {
            await next(context);
            return;
        }

        logger.LogInformation("Upload refused ({Status} {Title}), {Length} bytes announced.", fault.Status, fault.Title, context.Request.ContentLength);
        await DrainAsync(context.Request.Body, context.RequestAborted);
        context.Features.Set(fault);
        context.Response.StatusCode = fault.Status;
        context.Response.Headers.Connection = "close";
    }

    private static async Task<RequestFault?> ReadFormAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrelLimit)
        {
            kestrelLimit.MaxRequestBodySize = null;
        }

        if (context.Request.ContentLength > UploadLimit.RequestBytes)
        {
            return RequestFault.TooLarge;
        }

        var body = context.Request.Body;
        context.Request.Body = new SizeLimitedStream(body, UploadLimit.RequestBytes);
        try
        {
            // The form is kept by the request's form feature: the endpoint's binding and antiforgery reuse it.
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (SizeLimitedStream.TooLargeException)
        {
            return RequestFault.TooLarge;
        }
        catch (BadHttpRequestException exception)
        {
            return RequestFault.FromException(exception);
        }
        catch (IOException)
        {
            // The multipart reader's "Unexpected end of Stream": the body ended before its closing boundary.
            return RequestFault.CutOff;
        }
        catch (InvalidDataException)
        {
            return RequestFault.MalformedForm;
        }
        finally
        {
            context.Request.Body = body;
        }
    }

    private static async Task DrainAsync(Stream body, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(DrainTime);
        var buffer = new byte[64 * 1024];
        try
        {
            for (var total = 0L; total < DrainBytes;)
            {
                var read = await body.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    return;
                }

                total += read;
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException)
        {
            // The client gave up or is too slow: nothing more to read; the answer goes out and the connection closes.
        }
    }
}
