using DashboardKpi.Dashboard.Web.Printing;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The printed pages' foot line is a CSS string inside a style element: nothing in it can end either.</summary>
public class PrintFootTests
{
    [Test]
    public void Css_NameWithQuotesAndTags_StaysOneCssString()
    {
        var css = PrintFoot.Css("Phường \"X\" </style><script>alert(1)</script> \\ · DỮ LIỆU MINH HỌA");
        var content = css[(css.IndexOf("content: \"", StringComparison.Ordinal) + 10)..css.IndexOf("\";", StringComparison.Ordinal)];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(css, Does.StartWith("@media print { @page { @bottom-left {"));
            Assert.That(content, Does.Not.Contain("\"").And.Not.Contain("<").And.Not.Contain(">"));
            Assert.That(content, Does.Contain("\\22 X\\22 ").And.Contain("\\3C /style\\3E "), "quotes and angle brackets as CSS escapes");
            Assert.That(content, Does.Contain("\\1EEE "), "Ữ as its code point: the browser draws the letter");
        }
    }
}
