-- ASP.NET Core's data-protection key ring (the keys that sign login cookies and antiforgery tokens), kept in the
-- database so every web node on it shares one ring: a login on one node is honoured by the others. Each row is one
-- key's XML as the framework writes it; the framework adds a key before the current one expires and never deletes.
IF OBJECT_ID(N'dbo.DataProtectionKey', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.DataProtectionKey (
        Id           INT               NOT NULL IDENTITY(1, 1) CONSTRAINT PK_DataProtectionKey PRIMARY KEY,
        FriendlyName NVARCHAR(200)     NOT NULL,
        Xml          NVARCHAR(MAX)     NOT NULL,
        CreatedAt    DATETIMEOFFSET(7) NOT NULL
    );
END;
