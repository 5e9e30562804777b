-- ASP.NET Core's data-protection key ring (the keys that sign login cookies and antiforgery tokens), kept in the
-- database so every web node on it shares one ring: a login on one node is honoured by the others. Each row is one
-- key's XML as the framework writes it; the framework adds a key before the current one expires and never deletes.
CREATE TABLE IF NOT EXISTS DataProtectionKey (
    Id           bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_DataProtectionKey PRIMARY KEY,
    FriendlyName text        NOT NULL,
    Xml          text        NOT NULL,
    CreatedAt    timestamptz NOT NULL
);
