using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// A real password-protected PDF (standard security handler, revision 2, 40-bit RC4, user password "secret"): the
/// /O and /U entries and the encrypted content stream are computed as PDF 1.7 § 7.6.3 says, so any reader without the
/// password sees an encrypted document (poppler: "Incorrect password").
/// </summary>
internal static class EncryptedPdf
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    private static readonly byte[] FileId = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");
    private const int Permissions = -44;

    public static byte[] Build(string text, string userPassword = "secret", string ownerPassword = "owner-pass")
    {
        var owner = Rc4(Md5(Pad(ownerPassword))[..5], Pad(userPassword));
        var key = Md5([.. Pad(userPassword), .. owner, .. BitConverter.GetBytes(Permissions), .. FileId])[..5];
        var user = Rc4(key, Padding);
        var content = Encoding.ASCII.GetBytes($"BT /F1 12 Tf 50 780 Td ({text}) Tj ET");
        var encrypted = Rc4(ObjectKey(key, 4), content);

        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        void Object(int number, string body)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n"));
        }

        Write("%PDF-1.4\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        offsets.Add(pdf.Position);
        Write(string.Create(CultureInfo.InvariantCulture, $"4 0 obj\n<< /Length {encrypted.Length} >>\nstream\n"));
        pdf.Write(encrypted);
        Write("\nendstream\nendobj\n");
        Object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        Object(6, string.Create(CultureInfo.InvariantCulture,
            $"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> /P {Permissions} >>"));
        var xref = pdf.Position;
        Write("xref\n0 7\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        var id = Convert.ToHexString(FileId);
        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size 7 /Root 1 0 R /Encrypt 6 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(Math.Max(0, 32 - bytes.Length))];
    }

    private static byte[] ObjectKey(byte[] key, int number) =>
        Md5([.. key, (byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0])[..Math.Min(16, key.Length + 5)];

#pragma warning disable CA5351 // MD5 and RC4 are what the PDF 1.4 standard security handler prescribes; this builds a test file.
    private static byte[] Md5(byte[] data) => MD5.HashData(data);
#pragma warning restore CA5351

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 255;
            j = (j + s[i]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 255]);
        }

        return output;
    }
}
