using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>Accounts: create, change role (a chair with its commune), disable, reset a password. Every change is audited.</summary>
public sealed class UsersModel(UserAdministration admin, UserRepository users, Ui ui) : PageModel
{
    public static readonly string[] Roles = [UserRoles.Admin, UserRoles.Analyst, UserRoles.Committee, UserRoles.Chair, UserRoles.Steward];

    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        RunAsync(admin.CreateAsync(Input, User.UserName(), ct), ui.Format("Users.Created", Input.UserName), ct);

    public Task<IActionResult> OnPostRoleAsync(string userName, string role, string? communeCode, CancellationToken ct) =>
        RunAsync(admin.ChangeRoleAsync(userName, role, communeCode, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    public Task<IActionResult> OnPostPasswordAsync(string userName, string password, CancellationToken ct) =>
        RunAsync(admin.ResetPasswordAsync(userName, password, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    public Task<IActionResult> OnPostDisableAsync(string userName, bool disabled, CancellationToken ct) =>
        RunAsync(admin.SetDisabledAsync(userName, disabled, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    private async Task<IActionResult> RunAsync(Task<string?> action, string success, CancellationToken ct)
    {
        var errorKey = await action;
        if (errorKey is null)
        {
            Message = success;
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, ui[errorKey]);
        Users = await users.ListAsync(ct);
        return Page();
    }

    public sealed class NewUserInput
    {
        public string UserName { get; set; } = "";
        public string? DisplayName { get; set; }
        public string Role { get; set; } = UserRoles.Committee;
        public string? CommuneCode { get; set; }
        public string Password { get; set; } = "";
    }
}
