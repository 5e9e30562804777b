namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>Marks an endpoint that takes a report file: <see cref="UploadGuard"/> reads and checks its form first.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UploadEndpointAttribute : Attribute;
