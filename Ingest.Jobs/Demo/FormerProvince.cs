namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>The province a unit came from before the 1 July 2025 merger into Ho Chi Minh City.</summary>
internal enum FormerProvince
{
    HoChiMinhCity,
    BinhDuong,
    BaRiaVungTau,
}

internal static class FormerProvinces
{
    /// <summary>
    /// From the unit's code: a new unit keeps the national administrative code of one of its former wards, and those
    /// codes run in one block per province (Bình Dương 25441–26040, Bà Rịa–Vũng Tàu 26491–26736, Ho Chi Minh City
    /// 26737–27787). Checked against <c>former_provinces</c> in hcmc_units_168.json for all 168 units.
    /// </summary>
    public static FormerProvince Of(string code) => !int.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out var number) ? FormerProvince.HoChiMinhCity : number switch
    {
        < 26491 => FormerProvince.BinhDuong,
        < 26737 => FormerProvince.BaRiaVungTau,
        _ => FormerProvince.HoChiMinhCity,
    };
}
