namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>A reader that gives back an already-read first line, then the rest of the stream: sniffing the delimiter must not lose the header.</summary>
internal sealed class StringPrefixReader(string firstLine, TextReader rest) : TextReader
{
    private string? _prefix = firstLine + "\n";
    private int _position;

    public override int Read()
    {
        if (_prefix is not null)
        {
            if (_position < _prefix.Length)
            {
                return _prefix[_position++];
            }

            _prefix = null;
        }

        return rest.Read();
    }

    public override int Peek() => _prefix is not null && _position < _prefix.Length ? _prefix[_position] : rest.Peek();

    public override int Read(char[] buffer, int index, int count)
    {
        if (_prefix is not null && _position < _prefix.Length)
        {
            var n = Math.Min(count, _prefix.Length - _position);
            _prefix.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        _prefix = null;
        return rest.Read(buffer, index, count);
    }
}
