namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>Commune-level unit types (phường / xã / đặc khu); file codes "phuong", "xa", "dac_khu".</summary>
public enum UnitType
{
    Phuong,
    Xa,
    DacKhu,
}
