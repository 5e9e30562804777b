using System.Data.Common;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class UserRepositoryTests(StorageProvider provider) : StorageTestBase(provider)
{
    private UserRepository Users => new(Connections);

    private static NewAppUser User(string userName, string role = UserRoles.Analyst, string? commune = null) => new()
    {
        UserName = userName,
        DisplayName = "Nguyễn Văn An",
        PasswordHash = "AQAAAAIAAYagAAAAE-test-hash",
        Role = role,
        CommuneCode = commune,
        CreatedAt = TestData.At,
    };

    [Test]
    public async Task FindByUserNameAsync_OtherCase_FindsTheSameAccount()
    {
        var id = await Users.InsertAsync(User("an.nguyen"), CancellationToken.None);

        var found = await Users.FindByUserNameAsync("AN.Nguyen", CancellationToken.None);

        Assert.That((found?.Id, found?.UserName, found?.DisplayName, found?.Disabled), Is.EqualTo(((long?)id, "an.nguyen", "Nguyễn Văn An", (bool?)false)));
    }

    [Test]
    public async Task InsertAsync_NameTakenInOtherCase_FailsWithUniqueViolation()
    {
        await Users.InsertAsync(User("binh.tran"), CancellationToken.None);

        var exception = await Assert.ThrowsAsync(Is.InstanceOf<DbException>(), async () => await Users.InsertAsync(User("Binh.Tran"), CancellationToken.None));

        Assert.That(SqlDialect.IsUniqueViolation((DbException)exception!), Is.True);
    }

    [Test]
    public void InsertAsync_ChairWithoutCommune_IsRefusedByTheDatabase()
    {
        Assert.That(async () => await Users.InsertAsync(User("chair.nocommune", UserRoles.Chair), CancellationToken.None), Throws.InstanceOf<DbException>());
    }

    [Test]
    public async Task RecordLoginFailureAsync_ReachingTheLimit_LocksUntilGivenTimeAndSuccessResets()
    {
        await Users.InsertAsync(User("chair.saigon", UserRoles.Chair, TestData.SaiGon), CancellationToken.None);
        var lockoutEnd = TestData.At.AddMinutes(15);

        for (var i = 0; i < 2; i++)
        {
            await Users.RecordLoginFailureAsync("chair.saigon", 3, lockoutEnd, CancellationToken.None);
        }

        var beforeLimit = await Users.FindByUserNameAsync("chair.saigon", CancellationToken.None);
        await Users.RecordLoginFailureAsync("chair.saigon", 3, lockoutEnd, CancellationToken.None);
        var locked = await Users.FindByUserNameAsync("chair.saigon", CancellationToken.None);
        await Users.RecordLoginSuccessAsync("chair.saigon", TestData.At.AddHours(1), CancellationToken.None);
        var reset = await Users.FindByUserNameAsync("chair.saigon", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((beforeLimit!.FailedLoginCount, beforeLimit.LockoutEndsAt), Is.EqualTo((2, (DateTimeOffset?)null)));
            Assert.That((locked!.FailedLoginCount, locked.LockoutEndsAt), Is.EqualTo((3, (DateTimeOffset?)lockoutEnd)));
            Assert.That((reset!.FailedLoginCount, reset.LockoutEndsAt, reset.LastLoginAt), Is.EqualTo((0, (DateTimeOffset?)null, (DateTimeOffset?)TestData.At.AddHours(1))));
        }
    }

    [Test]
    public async Task UpdateRoleAndDisable_ExistingUser_AreStored()
    {
        await Users.InsertAsync(User("cuong.le"), CancellationToken.None);

        var roleChanged = await Users.UpdateRoleAsync("cuong.le", UserRoles.Chair, TestData.ThuDauMot, CancellationToken.None);
        var disabled = await Users.SetDisabledAsync("cuong.le", true, CancellationToken.None);
        var passwordChanged = await Users.UpdatePasswordHashAsync("cuong.le", "new-hash", CancellationToken.None);
        var unknown = await Users.SetDisabledAsync("nobody", true, CancellationToken.None);

        var user = await Users.FindByUserNameAsync("cuong.le", CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((roleChanged, disabled, passwordChanged, unknown), Is.EqualTo((true, true, true, false)));
            Assert.That((user!.Role, user.CommuneCode, user.Disabled, user.PasswordHash), Is.EqualTo((UserRoles.Chair, TestData.ThuDauMot, true, "new-hash")));
            Assert.That((await Users.ListAsync(CancellationToken.None)).Select(u => u.UserName), Does.Contain("cuong.le"));
        }
    }

    [Test]
    public async Task ApiTokens_RevokedToken_IsNoLongerFoundButStaysListed()
    {
        var tokens = new ApiTokenRepository(Connections);
        var hash = Sha256Hex.Of("secret-token-value");
        var id = await tokens.InsertAsync(
            new NewApiToken { Name = "Cổng dữ liệu sở", TokenSha256 = hash, Role = UserRoles.Steward, CreatedBy = "admin", CreatedAt = TestData.At },
            CancellationToken.None);
        var activeBefore = await tokens.FindActiveByHashAsync(hash, CancellationToken.None);

        var revoked = await tokens.RevokeAsync(id, TestData.At.AddDays(1), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(activeBefore?.Name, Is.EqualTo("Cổng dữ liệu sở"));
            Assert.That(revoked, Is.True);
            Assert.That(await tokens.FindActiveByHashAsync(hash, CancellationToken.None), Is.Null);
            Assert.That((await tokens.ListAsync(CancellationToken.None)).Single(t => t.Id == id).RevokedAt, Is.EqualTo(TestData.At.AddDays(1)));
        }
    }

    [Test]
    public async Task AuditLog_Append_ListsNewestFirstWithHashes()
    {
        var audit = new AuditLogRepository(Connections);
        var before = Sha256Hex.Of("v2");
        var after = Sha256Hex.Of("v3");
        var first = await audit.AppendAsync(new AuditEntry { At = TestData.At, UserName = "admin", Action = "ruleset.edit", Subject = "ruleset:plan02:v3", BeforeSha256 = before, AfterSha256 = after }, CancellationToken.None);
        var second = await audit.AppendAsync(new AuditEntry { At = TestData.At.AddMinutes(1), UserName = "admin", Action = "ruleset.publish", Subject = "ruleset:plan02:v3", DetailJson = "{\"effectiveFrom\":\"2026-01\"}" }, CancellationToken.None);

        var entries = await audit.ListForSubjectAsync("ruleset:plan02:v3", 10, CancellationToken.None);
        var recent = await audit.ListRecentAsync(1, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries.Select(e => e.Id), Is.EqualTo(new[] { second, first }));
            Assert.That((entries[1].BeforeSha256, entries[1].AfterSha256), Is.EqualTo((before, after)));
            Assert.That(recent.Single().Id, Is.EqualTo(second));
        }
    }
}
