namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// A share between <see cref="Low"/> and <see cref="High"/> (a coverage, a rate), drawn on the logit scale:
/// <c>x = logit((JulyMedian − Low) / (High − Low)) + Urban·(urbanity − ½) + province + xã + Spread·z + Gain·g·ramp(t) + Noise·ε</c>,
/// <c>share = Low + (High − Low)·logistic(x)</c>. <c>z</c> is the unit's standing on this indicator (it persists), <c>g</c>
/// how strongly it follows the trend, <c>ramp(t) = 1 − exp(−(t − Start)/Tau)</c> after month <see cref="Start"/>
/// (July 2025 = 0), <c>ε</c> a fresh draw each month. Parameters per indicator: docs/demo-data.md.
/// </summary>
internal sealed record DemoShare(
    double Low, double High, double JulyMedian, double Spread, double Gain, double Tau,
    double Start = 0, double Noise = 0.15, double Urban = 0, double Xa = 0, double BinhDuong = 0, double BaRiaVungTau = 0)
{
    public double At(DemoUnit unit, double z, double follow, int month, double epsilon)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var median = Math.Clamp((JulyMedian - Low) / (High - Low), 0.001, 0.999);
        var ramp = month <= Start ? 0 : 1 - Math.Exp(-(month - Start) / Tau);
        var x = Math.Log(median / (1 - median))
            + Urban * (unit.Urbanity - 0.5)
            + (unit.IsXa ? Xa : 0)
            + unit.Province switch { FormerProvince.BinhDuong => BinhDuong, FormerProvince.BaRiaVungTau => BaRiaVungTau, _ => 0 }
            + Spread * z
            + Gain * follow * ramp
            + Noise * epsilon;
        return Low + (High - Low) / (1 + Math.Exp(-x));
    }
}
