-- Reference data for the 168 commune-level units of Ho Chi Minh City (Resolution 1685/NQ-UBTVQH15, in force
-- 1 July 2025): the units themselves, the official old->new merger table (493 rows) so an incoming report that
-- still uses a pre-merger code can be recognised and mapped, the boundary GeoJSON for the map, and which
-- dataset version (SHA-256) was loaded. The rows are loaded by ReferenceDataLoader at start-up, not here, so a
-- corrected dataset can ship without editing a shipped script.
-- All text is NVARCHAR: Dapper sends strings as NVARCHAR, and comparing them with VARCHAR columns would convert
-- the column and lose index seeks. Decimals are DECIMAL(38,10); the repositories refuse more than 10 places.
IF OBJECT_ID(N'dbo.Commune', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.Commune (
        Code          NVARCHAR(16)   NOT NULL CONSTRAINT PK_Commune PRIMARY KEY,
        Type          NVARCHAR(16)   NOT NULL CONSTRAINT CK_Commune_Type CHECK (Type IN (N'phuong', N'xa', N'dac_khu')),
        TypeVi        NVARCHAR(32)   NOT NULL,
        Name          NVARCHAR(200)  NOT NULL,
        FullName      NVARCHAR(200)  NOT NULL,
        FullNameAlt   NVARCHAR(200)  NULL,
        NameEn        NVARCHAR(200)  NOT NULL,
        FullNameEn    NVARCHAR(200)  NOT NULL,
        CodeName      NVARCHAR(200)  NOT NULL,
        AreaKm2       DECIMAL(38,10) NOT NULL,
        Population    INT            NOT NULL,
        LabelLat      DECIMAL(38,10) NOT NULL,
        LabelLon      DECIMAL(38,10) NOT NULL,
        AdminCenterVi NVARCHAR(1000) NULL,
        DataNote      NVARCHAR(1000) NULL
    );
END;

IF OBJECT_ID(N'dbo.MergerMapping', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.MergerMapping (
        Id              BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT PK_MergerMapping PRIMARY KEY,
        NewCode         NVARCHAR(16)  NOT NULL CONSTRAINT FK_MergerMapping_Commune REFERENCES dbo.Commune (Code),
        -- NULL only for Côn Đảo: the old district had no commune-level units, the whole district became the new unit.
        OldCode         NVARCHAR(16)  NULL,
        OldFullName     NVARCHAR(200) NOT NULL,
        OldDistrictCode NVARCHAR(16)  NOT NULL,
        OldDistrictName NVARCHAR(200) NOT NULL,
        OldProvinceCode NVARCHAR(16)  NOT NULL,
        OldProvinceName NVARCHAR(200) NOT NULL,
        MergeType       NVARCHAR(16)  NOT NULL CONSTRAINT CK_MergerMapping_MergeType CHECK (MergeType IN (N'full', N'partial', N'unchanged', N'whole_district')),
        NoteVi          NVARCHAR(500) NOT NULL
    );
END;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_MergerMapping_OldCode' AND object_id = OBJECT_ID(N'dbo.MergerMapping'))
    CREATE INDEX IX_MergerMapping_OldCode ON dbo.MergerMapping (OldCode);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_MergerMapping_NewCode' AND object_id = OBJECT_ID(N'dbo.MergerMapping'))
    CREATE INDEX IX_MergerMapping_NewCode ON dbo.MergerMapping (NewCode);

-- One row per boundary set (today: 'communes-168'); the web serves GeoJson as-is with Sha256 as its ETag.
IF OBJECT_ID(N'dbo.Boundary', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.Boundary (
        Name     NVARCHAR(64)      NOT NULL CONSTRAINT PK_Boundary PRIMARY KEY,
        Sha256   NCHAR(64)         NOT NULL,
        GeoJson  NVARCHAR(MAX)     NOT NULL,
        LoadedAt DATETIMEOFFSET(7) NOT NULL
    );
END;

-- Which version of each embedded reference file is in the database; a changed hash triggers a reload.
IF OBJECT_ID(N'dbo.ReferenceDataset', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.ReferenceDataset (
        Name      NVARCHAR(64)      NOT NULL CONSTRAINT PK_ReferenceDataset PRIMARY KEY,
        Sha256    NCHAR(64)         NOT NULL,
        ItemCount INT               NOT NULL,
        LoadedAt  DATETIMEOFFSET(7) NOT NULL
    );
END;
