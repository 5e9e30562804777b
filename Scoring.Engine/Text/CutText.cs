using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Text;

/// <summary>A cut written as every explanation writes it ("≥ 95 %", "≤ 2,9 hồ sơ quá hạn / 1.000 dân"), for pages that describe the rules.</summary>
public static class CutText
{
    public static LocalizedText Of(Indicator indicator, decimal cut, Direction direction, Boundary boundary)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return ValueText.Cut(indicator, cut, direction, boundary);
    }
}
