using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// A task as at the as-of date: done → green (flagged in the sentence when late), not done before the
/// deadline → yellow, overdue → red. A completion dated after the as-of date had not happened yet.
/// </summary>
internal static class TaskRating
{
    /// <summary>Done by the as-of date → green; else yellow until the deadline, red after it.</summary>
    public static Rating Decide(IndicatorValue value, Threshold threshold, DateOnly asOf) =>
        IsDone(value, asOf) ? Rating.Green : asOf <= threshold.Deadline ? Rating.Yellow : Rating.Red;

    public static RatedCriterion Explain(Criterion criterion, IndicatorValue value, Threshold threshold, DateOnly asOf, Rating rating, RuleSetTexts texts)
    {
        var deadline = threshold.Deadline!.Value;
        var isDone = IsDone(value, asOf);
        var status = isDone ? Model.TaskProgress.Done : value.Task == Model.TaskProgress.Done ? Model.TaskProgress.InProgress : value.Task!.Value;
        var values = new Dictionary<string, LocalizedText>
        {
            ["deadline"] = Words.DateName(deadline),
            ["doneOn"] = Words.DateName(value.CompletedOn),
            ["status"] = Words.TaskStatusName(status),
        };

        if (isDone)
        {
            var late = value.CompletedOn > deadline;
            return new RatedCriterion(Rating.Green, Template.Fill(late ? texts.TaskDoneLate : texts.TaskDone, values), []);
        }

        var action = Template.Fill(criterion.Action ?? texts.GapTask, new Dictionary<string, LocalizedText>
        {
            ["deadline"] = Words.DateName(deadline),
            ["target"] = Words.ColourName(Rating.Green),
        });
        var reason = Template.Fill(rating == Rating.Yellow ? texts.TaskPending : texts.TaskOverdue, values);
        return new RatedCriterion(rating, reason, [new Gap(Rating.Green, null, null, action)]);
    }

    private static bool IsDone(IndicatorValue value, DateOnly asOf) =>
        value.Task == Model.TaskProgress.Done && (value.CompletedOn is null || value.CompletedOn <= asOf);
}
