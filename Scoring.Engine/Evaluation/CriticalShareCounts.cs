using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>What the critical + share rule needs from a commune's criteria, counted while they are rated.</summary>
internal struct CriticalShareCounts
{
    public int Green { get; private set; }

    public int Red { get; private set; }

    /// <summary>Criteria with a colour (not no data, not insufficient data).</summary>
    public int Rated { get; private set; }

    /// <summary>Criteria without a colour (no data, insufficient data).</summary>
    public int Unrated { get; private set; }

    public bool CriticalRed { get; private set; }

    /// <summary>A critical criterion is not green, or has no colour at all (no data blocks green).</summary>
    public bool CriticalNotGreen { get; private set; }

    public void Add(Rating rating, bool isCritical)
    {
        Rated++;
        Green += rating == Rating.Green ? 1 : 0;
        Red += rating == Rating.Red ? 1 : 0;
        CriticalRed |= isCritical && rating == Rating.Red;
        CriticalNotGreen |= isCritical && rating != Rating.Green;
    }

    /// <summary>A critical criterion left without a colour (no data, too little data) still blocks green.</summary>
    public void AddUnrated(bool isCritical)
    {
        Unrated++;
        CriticalNotGreen |= isCritical;
    }
}
