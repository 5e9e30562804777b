namespace DashboardKpi.Scoring.Engine.Model;

public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}
