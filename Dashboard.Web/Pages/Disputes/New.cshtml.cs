using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Disputes;

/// <summary>
/// A chair disputes one criterion of its own unit for a period. The form limits are raised above the file limit so
/// that an oversized file or reason reaches the checks and is refused in words, not by the form reader.
/// </summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024, MultipartBodyLengthLimit = 16 * 1024 * 1024)]
public sealed class NewModel(DisputeService service, Ui ui) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Criterion { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? CorrectedValue { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.MayFileDispute(Code) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.MayFileDispute(Code))
        {
            return Forbid();
        }

        byte[]? content = null;
        if (Attachment is { Length: > 0 })
        {
            if (Attachment.Length > InputRules.FileBytes)
            {
                return Refused(ActionError.Of("file.tooLarge", InputRules.FileBytes / 1024 / 1024));
            }

            using var memory = new MemoryStream();
            await Attachment.CopyToAsync(memory, ct);
            content = memory.ToArray();
        }

        var result = await service.FileAsync(new NewDisputeInput(Code, Criterion, Period, Reason, CorrectedValue, Attachment?.FileName, content), User.UserName(), ct);
        return result.Value is { } dispute ? Redirect("/Disputes/Details/" + dispute.Id) : Refused(result.Error!);
    }

    private PageResult Refused(ActionError error)
    {
        Error = ActionMessages.Text(error, ui);
        Response.StatusCode = error.IsNotFound ? StatusCodes.Status404NotFound : error.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
