using System.Xml.Linq;

namespace ThiDua.Api.OpenApi;

/// <summary>The XML documentation of ThiDua's assemblies, by member id (e.g. <c>F:ThiDua.Domain.Units.UnitKind.Hospital</c>).</summary>
internal sealed class XmlDocs
{
    public static readonly string[] Files = ["ThiDua.Api.xml", "ThiDua.Application.xml", "ThiDua.Domain.xml"];

    private readonly Dictionary<string, string> _summaries = new(StringComparer.Ordinal);

    public XmlDocs()
    {
        foreach (var file in Files.Select(f => Path.Combine(AppContext.BaseDirectory, f)).Where(File.Exists))
        {
            foreach (var member in XDocument.Load(file).Descendants("member"))
            {
                var name = member.Attribute("name")?.Value;
                var summary = member.Element("summary");
                if (name is not null && summary is not null)
                {
                    _summaries[name] = Flatten(summary);
                }
            }
        }
    }

    public string? Summary(string memberId) => _summaries.GetValueOrDefault(memberId);

    /// <summary>The summary's text on one line; <c>&lt;c&gt;</c> becomes code, a <c>&lt;see cref&gt;</c> its last name segment.</summary>
    private static string Flatten(XElement summary)
    {
        var parts = summary.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
            XElement { Name.LocalName: "see" } see => see.Attribute("cref")?.Value.Split('.', ':')[^1] ?? see.Value,
            XElement other => other.Value,
            _ => string.Empty,
        });
        return string.Join(' ', string.Concat(parts).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
