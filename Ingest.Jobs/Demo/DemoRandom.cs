namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>The few distributions the demo draws from, on top of a seeded <see cref="Random"/>.</summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform() => _random.NextDouble();

    public double Between(double low, double high) => low + _random.NextDouble() * (high - low);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Normal()
    {
        var u = 1.0 - _random.NextDouble();
        var v = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>A Poisson count: exact (Knuth) for a small mean, the normal approximation above 30.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = _random.NextDouble(); product > limit; product *= _random.NextDouble())
        {
            count++;
        }

        return count;
    }

    /// <summary>How many of <paramref name="trials"/> succeed: exact below 50 trials, the normal approximation above.</summary>
    public int Binomial(int trials, double probability)
    {
        if (trials < 50)
        {
            var hits = 0;
            for (var i = 0; i < trials; i++)
            {
                hits += _random.NextDouble() < probability ? 1 : 0;
            }

            return hits;
        }

        var mean = trials * probability;
        var draw = mean + Math.Sqrt(mean * (1 - probability)) * Normal();
        return (int)Math.Clamp(Math.Round(draw), 0, trials);
    }
}
