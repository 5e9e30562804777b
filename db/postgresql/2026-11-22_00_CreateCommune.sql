-- Reference data for the 168 commune-level units of Ho Chi Minh City (Resolution 1685/NQ-UBTVQH15, in force
-- 1 July 2025): the units themselves, the official old->new merger table (493 rows) so an incoming report that
-- still uses a pre-merger code can be recognised and mapped, the boundary GeoJSON for the map, and which
-- dataset version (SHA-256) was loaded. The rows are loaded by ReferenceDataLoader at start-up, not here.
-- PostgreSQL dialect of db/sqlite and db/sqlserver (same file names): numeric for decimals (exact, keeps the scale it
-- was given), timestamptz for instants, identity columns for generated ids. Names are unquoted, so PostgreSQL folds
-- them to lower case and the shared SQL texts find them whatever case they are written in.
CREATE TABLE IF NOT EXISTS Commune (
    Code          text    NOT NULL CONSTRAINT PK_Commune PRIMARY KEY,
    Type          text    NOT NULL CONSTRAINT CK_Commune_Type CHECK (Type IN ('phuong', 'xa', 'dac_khu')),
    TypeVi        text    NOT NULL,
    Name          text    NOT NULL,
    FullName      text    NOT NULL,
    FullNameAlt   text    NULL,
    NameEn        text    NOT NULL,
    FullNameEn    text    NOT NULL,
    CodeName      text    NOT NULL,
    AreaKm2       numeric NOT NULL,
    Population    bigint  NOT NULL,
    LabelLat      numeric NOT NULL,
    LabelLon      numeric NOT NULL,
    AdminCenterVi text    NULL,
    DataNote      text    NULL
);

CREATE TABLE IF NOT EXISTS MergerMapping (
    Id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT PK_MergerMapping PRIMARY KEY,
    NewCode         text   NOT NULL CONSTRAINT FK_MergerMapping_Commune REFERENCES Commune (Code),
    -- NULL only for Côn Đảo: the old district had no commune-level units, the whole district became the new unit.
    OldCode         text   NULL,
    OldFullName     text   NOT NULL,
    OldDistrictCode text   NOT NULL,
    OldDistrictName text   NOT NULL,
    OldProvinceCode text   NOT NULL,
    OldProvinceName text   NOT NULL,
    MergeType       text   NOT NULL CONSTRAINT CK_MergerMapping_MergeType CHECK (MergeType IN ('full', 'partial', 'unchanged', 'whole_district')),
    NoteVi          text   NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_MergerMapping_OldCode ON MergerMapping (OldCode);
CREATE INDEX IF NOT EXISTS IX_MergerMapping_NewCode ON MergerMapping (NewCode);

-- One row per boundary set (today: 'communes-168'); the web serves GeoJson as-is with Sha256 as its ETag, so it is
-- kept as text (jsonb would reorder it and change the bytes the hash was taken over).
CREATE TABLE IF NOT EXISTS Boundary (
    Name     text        NOT NULL CONSTRAINT PK_Boundary PRIMARY KEY,
    Sha256   text        NOT NULL,
    GeoJson  text        NOT NULL,
    LoadedAt timestamptz NOT NULL
);

-- Which version of each embedded reference file is in the database; a changed hash triggers a reload.
CREATE TABLE IF NOT EXISTS ReferenceDataset (
    Name      text        NOT NULL CONSTRAINT PK_ReferenceDataset PRIMARY KEY,
    Sha256    text        NOT NULL,
    ItemCount bigint      NOT NULL,
    LoadedAt  timestamptz NOT NULL
);
