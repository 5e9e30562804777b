-- Reference data for the 168 commune-level units of Ho Chi Minh City (Resolution 1685/NQ-UBTVQH15, in force
-- 1 July 2025): the units themselves, the official old->new merger table (493 rows) so an incoming report that
-- still uses a pre-merger code can be recognised and mapped, the boundary GeoJSON for the map, and which
-- dataset version (SHA-256) was loaded. The rows are loaded by ReferenceDataLoader at start-up, not here, so a
-- corrected dataset can ship without editing a shipped script.
-- STRICT tables: SQLite then rejects a value of the wrong type instead of storing it silently. Decimals are
-- TEXT in invariant culture so they round-trip exactly (REAL would turn 0.1 into 0.1000000000000000055...).
CREATE TABLE IF NOT EXISTS Commune (
    Code          TEXT    NOT NULL CONSTRAINT PK_Commune PRIMARY KEY,
    Type          TEXT    NOT NULL CONSTRAINT CK_Commune_Type CHECK (Type IN ('phuong', 'xa', 'dac_khu')),
    TypeVi        TEXT    NOT NULL,
    Name          TEXT    NOT NULL,
    FullName      TEXT    NOT NULL,
    FullNameAlt   TEXT    NULL,
    NameEn        TEXT    NOT NULL,
    FullNameEn    TEXT    NOT NULL,
    CodeName      TEXT    NOT NULL,
    AreaKm2       TEXT    NOT NULL,
    Population    INTEGER NOT NULL,
    LabelLat      TEXT    NOT NULL,
    LabelLon      TEXT    NOT NULL,
    AdminCenterVi TEXT    NULL,
    DataNote      TEXT    NULL
) STRICT;

CREATE TABLE IF NOT EXISTS MergerMapping (
    Id              INTEGER NOT NULL CONSTRAINT PK_MergerMapping PRIMARY KEY AUTOINCREMENT,
    NewCode         TEXT    NOT NULL CONSTRAINT FK_MergerMapping_Commune REFERENCES Commune (Code),
    -- NULL only for Côn Đảo: the old district had no commune-level units, the whole district became the new unit.
    OldCode         TEXT    NULL,
    OldFullName     TEXT    NOT NULL,
    OldDistrictCode TEXT    NOT NULL,
    OldDistrictName TEXT    NOT NULL,
    OldProvinceCode TEXT    NOT NULL,
    OldProvinceName TEXT    NOT NULL,
    MergeType       TEXT    NOT NULL CONSTRAINT CK_MergerMapping_MergeType CHECK (MergeType IN ('full', 'partial', 'unchanged', 'whole_district')),
    NoteVi          TEXT    NOT NULL
) STRICT;

CREATE INDEX IF NOT EXISTS IX_MergerMapping_OldCode ON MergerMapping (OldCode);
CREATE INDEX IF NOT EXISTS IX_MergerMapping_NewCode ON MergerMapping (NewCode);

-- One row per boundary set (today: 'communes-168'); the web serves GeoJson as-is with Sha256 as its ETag.
CREATE TABLE IF NOT EXISTS Boundary (
    Name     TEXT NOT NULL CONSTRAINT PK_Boundary PRIMARY KEY,
    Sha256   TEXT NOT NULL,
    GeoJson  TEXT NOT NULL,
    LoadedAt TEXT NOT NULL
) STRICT;

-- Which version of each embedded reference file is in the database; a changed hash triggers a reload.
CREATE TABLE IF NOT EXISTS ReferenceDataset (
    Name      TEXT    NOT NULL CONSTRAINT PK_ReferenceDataset PRIMARY KEY,
    Sha256    TEXT    NOT NULL,
    ItemCount INTEGER NOT NULL,
    LoadedAt  TEXT    NOT NULL
) STRICT;
