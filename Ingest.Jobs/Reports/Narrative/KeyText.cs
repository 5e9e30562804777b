using System.Globalization;
using System.Text;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>
/// The text a reading rule is matched on, with the way back to the original. Built from NFC text one character at a
/// time: diacritics folded (đ is d), lower case, whitespace dropped after letters (so words run together still match;
/// after a digit or a mark one space is kept, so numbers stay apart), and the usual
/// OCR confusions made equal on both sides: w/u (ư read as w), j/y/l/i, "ir" for u, "rn" for m, doubled letters once.
/// Digit/letter confusions are repaired only by context: a 0, 1 or 6 inside a word ("ch6ng", "d0c", "1ong") is a
/// letter; an O, o, l or I inside a number ("1O5", "l7/40") is a digit. Phrases of the reading rules go through
/// <see cref="Of(string)"/> too, so both sides meet on the same key.
/// </summary>
public sealed class KeyText
{
    private readonly int[] _origin;

    private KeyText(string key, int[] origin)
    {
        Key = key;
        _origin = origin;
    }

    public string Key { get; }

    /// <summary>Index in the original text of the key character at <paramref name="keyIndex"/>.</summary>
    public int Origin(int keyIndex) => _origin[Math.Clamp(keyIndex, 0, _origin.Length - 1)];

    /// <summary>The original span [start, end) behind a key span.</summary>
    public (int Start, int End) OriginalSpan(int keyStart, int keyLength) =>
        _origin.Length == 0 ? (0, 0) : (Origin(keyStart), Origin(keyStart + keyLength - 1) + 1);

    public static string Of(string phrase) => Build(phrase).Key;

    public static KeyText Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var repaired = RepairDigits(text);
        var chars = new List<char>(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < repaired.Length; i++)
        {
            var c = FoldChar(repaired[i]);
            var last = chars.Count > 0 ? chars[^1] : '\0';
            if (char.IsWhiteSpace(repaired[i]) && last != '\0' && last != ' ' && !char.IsLetter(last))
            {
                c = ' '; // after a digit or a mark a space still separates: "khác, 18/40" is not one number.
            }

            if (c == '\0')
            {
                continue;
            }

            if (c == 'r' && last == 'i' && chars.Count >= 2 && IsConsonant(chars[^2]))
            {
                chars[^1] = 'u'; // "thirc", "tir": ư read as "ir".
                continue;
            }

            if (c == 'n' && last == 'r')
            {
                chars[^1] = 'm'; // "phân mern": m read as "rn".
                continue;
            }

            if (c == last && char.IsLetter(c))
            {
                continue; // Vietnamese doubles no letter; OCR does ("chircc").
            }

            chars.Add(c);
            origin.Add(i);
        }

        return new KeyText(new string([.. chars]), [.. origin]);
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && "aeiou".IndexOf(c, StringComparison.Ordinal) < 0;

    /// <summary>One original character as its key: '\0' when it is dropped (whitespace, marks).</summary>
    private static char FoldChar(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return '\0';
        }

        if (c is 'đ' or 'Đ' or 'Ð' or 'ð')
        {
            return 'd';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var base0 = decomposed[0];
        if (CharUnicodeInfo.GetUnicodeCategory(base0) == UnicodeCategory.NonSpacingMark)
        {
            return '\0';
        }

        var lower = char.ToLowerInvariant(base0);
        return lower switch
        {
            'w' => 'u',
            'j' or 'y' or 'l' => 'i',
            _ => lower,
        };
    }

    /// <summary>Digit/letter confusions by context; length is kept, so indices stay those of the original.</summary>
    internal static string RepairDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var before = i > 0 ? chars[i - 1] : ' ';
            var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
            var before2 = i > 1 ? chars[i - 2] : ' ';
            var after2 = i + 2 < chars.Length ? chars[i + 2] : ' ';
            if (c is '0' or '1' or '6' && !char.IsDigit(before) && !char.IsDigit(after) && before is not ('.' or ',' or '/') && after is not ('/' or '%'))
            {
                var letterBefore = char.IsLetter(before);
                var letterAfter = char.IsLetter(after);
                if (letterBefore && (letterAfter || !char.IsLetterOrDigit(after)) || !letterBefore && c == '1' && "eioauêôơâ".Contains(char.ToLowerInvariant(after), StringComparison.Ordinal))
                {
                    chars[i] = c switch { '0' => 'o', '6' => 'o', _ => 'l' };
                }
            }
            else if (c is 'O' or 'o' or 'l' or 'I' && (char.IsDigit(before) && (char.IsDigit(after) || !char.IsLetter(after)) && !char.IsLetter(before2)
                         || char.IsDigit(after) && !char.IsLetter(before) && (char.IsDigit(after2) || after2 is '/' or '.' or ',' or '%' or ' ')))
            {
                chars[i] = c is 'O' or 'o' ? '0' : '1';
            }
        }

        return new string(chars);
    }
}
