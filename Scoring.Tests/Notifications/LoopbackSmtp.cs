using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace DashboardKpi.Scoring.Tests.Notifications;

/// <summary>A real SMTP server on 127.0.0.1 (netDumbster) that keeps what it receives, parsed back with MimeKit.</summary>
public sealed class LoopbackSmtp : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public LoopbackSmtp()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _server = SimpleSmtpServer.Start(Port);
        _server.MessageReceived += (_, _) => Received?.Invoke(_server.ReceivedEmailCount);
    }

    public int Port { get; }

    /// <summary>Raised with the count so far each time a message has arrived.</summary>
    public event Action<int>? Received;

    public IReadOnlyList<MimeMessage> Messages =>
        [.. _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    public void Clear() => _server.ClearReceivedEmail();

    /// <summary>The settings that point the app's email at this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Notifications:Email:Host"] = "127.0.0.1",
        ["Notifications:Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Email:Security"] = "None",
        ["Notifications:Email:From"] = "Bảng điều hành <dashboard@example.gov.vn>",
        ["Notifications:PublicBaseUrl"] = "https://dashboard.example.gov.vn",
        ["Jobs:RunServer"] = "false",
    };

    public void Dispose() => _server.Dispose();
}
