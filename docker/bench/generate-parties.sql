-- Fills a Vorda database with :n synthetic parties for `make bench`, set-based, inside PostgreSQL.
--
--   psql -v n=1500000 -f docker/bench/generate-parties.sql <database>
--
-- Run it after the backend has migrated the schema (Liquibase runs at backend start); docker/local/bench.sh does
-- so on its fresh bench database, then runs VACUUM (ANALYZE). Idempotent: rows of an earlier run (created_by =
-- 'generator') are deleted first, so a second run leaves the same kind of data, not twice as much. The random
-- picks are seeded (setseed), so two runs of the same :n give the same names, postcodes and IBANs (ids differ).
--
-- What it makes (fractions are probabilities per party):
--   parties              85 % persons (given names by gender and country, 12 % with a second given name, Dutch
--                        "de"/"van der"/…, German "von" prefixes, Polish female surname forms, date of birth
--                        1935–2004), 15 % organisations (legal names with the country's legal form; KVK 8 digits
--                        for NL, KBO 10 digits with its mod-97 check for BE, "HRB n" for DE, KRS 10 digits for PL —
--                        unique per row; VAT numbers for NL/BE/DE). display_name exactly as the app builds it:
--                        "Given [prefix ]Family" for persons, the legal name for organisations (no trade names).
--                        Countries NL 55 %, BE 20 %, DE 15 %, PL 10 %; language NL/FR (BE: 60/40)/DE/PL.
--                        1 % carry a vulnerability ("debt counselling started").
--   party_addresses      one RESIDENTIAL address each: the country's streets and cities, postcodes per country
--                        (NL "1234 AB" / key 1234AB, BE 4 digits, DE 5 digits, PL "00-950" / key 00950), house
--                        numbers 1–250 skewed low, 8 % with an addition.
--   party_contact_channels  60 % a mobile phone in E.164 (value_key = value; unique per party; numbers valid in
--                        libphonenumber), 40 % an e-mail address (value as typed, 20 % capitalised; value_key
--                        lower case; unique per party); 3 % of channels opted out.
--   party_name_words     the distinct words of all active parties' names with their counts, rebuilt whole.
--   party_bank_accounts  50 % one account with a valid IBAN of the party's country (ISO 13616 check digits
--                        computed here: mod 97 over the digit string; BE also with its national mod-97 check);
--                        account numbers unique per row; BIC for NL banks.
--
-- For speed the non-constraint indexes of the four tables are dropped and recreated from their own definitions
-- (pg_get_indexdef) in the same transaction, and foreign-key triggers are skipped for this transaction
-- (session_replication_role = replica) when the user is a superuser, as the bench cluster's is; else they run.
-- Every child row points at a party made in the same statement set, so the keys hold. On failure everything
-- rolls back. Needs the table owner (it drops and recreates indexes).
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 1500000
\endif

\ir generator-session.sql
BEGIN;
\if :superuser
SET LOCAL session_replication_role = replica;
\endif

-- an earlier run's rows (idempotence)
DELETE FROM party_bank_accounts WHERE created_by = 'generator';
DELETE FROM party_contact_channels WHERE created_by = 'generator';
DELETE FROM party_addresses WHERE created_by = 'generator';
DELETE FROM parties WHERE created_by = 'generator';

DROP SCHEMA IF EXISTS bench_gen CASCADE;
CREATE SCHEMA bench_gen;

-- arr[random index]; inlined by the planner
CREATE FUNCTION bench_gen.pick(anyarray, float8) RETURNS anyelement
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1[1 + floor($2 * cardinality($1))::int] $$;

-- A string's letters as numbers (A=10 … Z=35), digits kept: ISO 13616 / ISO 7064 mod 97-10 input.
CREATE FUNCTION bench_gen.digits(s text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg(CASE WHEN ch BETWEEN '0' AND '9' THEN ch ELSE (ascii(ch) - 55)::text END, '' ORDER BY k)
      FROM unnest(string_to_array(s, NULL)) WITH ORDINALITY AS x(ch, k) $$;

-- One row per country: the word lists. Family entries are "prefix|Name" or "Name", with "/Female" for Polish forms.
CREATE UNLOGGED TABLE bench_gen.dict (
    country     text PRIMARY KEY,
    given_m     text[] NOT NULL,
    given_f     text[] NOT NULL,
    family      text[] NOT NULL,
    streets     text[] NOT NULL,
    cities      text[] NOT NULL,
    city_pc     int[]  NOT NULL,   -- postcode area per city (NL 2 digits, BE 4, DE 5, PL 2)
    mail        text[] NOT NULL,
    sectors     text[] NOT NULL,
    forms       text[] NOT NULL,
    banks       text[] NOT NULL,   -- NL bank codes, BE bank prefixes, DE BLZ, PL sort codes
    bics        text[],            -- NL only, parallel to banks
    bank_digits text[]             -- banks as IBAN check digit input (NL letters as numbers), filled below
);
-- PLAIN: kept in the row uncompressed, so the per-row array lookups below don't detoast the lists every time
ALTER TABLE bench_gen.dict ALTER COLUMN given_m SET STORAGE PLAIN, ALTER COLUMN given_f SET STORAGE PLAIN,
    ALTER COLUMN family SET STORAGE PLAIN, ALTER COLUMN streets SET STORAGE PLAIN, ALTER COLUMN cities SET STORAGE PLAIN,
    ALTER COLUMN city_pc SET STORAGE PLAIN, ALTER COLUMN mail SET STORAGE PLAIN, ALTER COLUMN sectors SET STORAGE PLAIN,
    ALTER COLUMN forms SET STORAGE PLAIN, ALTER COLUMN banks SET STORAGE PLAIN, ALTER COLUMN bics SET STORAGE PLAIN,
    ALTER COLUMN bank_digits SET STORAGE PLAIN;

INSERT INTO bench_gen.dict VALUES
('NL',
 '{Jan,Pieter,Kees,Johan,Willem,Hendrik,Gerrit,Dirk,Bas,Thijs,Daan,Sem,Lucas,Lars,Ruben,Jeroen,Maarten,Sander,Bram,Niels,Joost,Wouter,Marco,Erik,Stefan,Martijn,Tim,Koen,Mark,Henk,Cor,Arjen,Frank,Rick,Tom,Jesse,Milan,Finn,Stijn,Roel}',
 '{Anna,Maria,Marieke,Sanne,Lisa,Emma,Julia,Sophie,Anouk,Femke,Eva,Lotte,Fleur,Iris,Linda,Monique,Ingrid,Petra,Annemieke,Esther,Marloes,Wendy,Kim,Saskia,Karin,Ilse,Inge,Mirjam,Nicole,Hanneke,Tessa,Noor,Sara,Lieke,Joyce,Els,Ria,Truus,Mila,Zoë}',
 '{de|Vries,de|Jong,Jansen,Bakker,Visser,Smit,Meijer,de|Boer,Mulder,de|Groot,Bos,Vos,Peters,Hendriks,van|Leeuwen,Dekker,Brouwer,de|Wit,Dijkstra,Smits,de|Graaf,van der|Meer,van der|Linden,Kok,Jacobs,de|Haan,Vermeulen,van den|Heuvel,van der|Veen,van den|Broek,de|Bruijn,de|Bruin,van der|Heijden,Schouten,van|Beek,Willems,van|Vliet,van de|Ven,Hoekstra,Maas,Verhoeven,Koster,van|Dam,van der|Wal,Prins,Blom,Huisman,de|Lange,Kuipers,van|Wijk,Postma,Kuiper,Veenstra,Kramer,van den|Brink,Scholten,Post,Martens,Vink,de|Ridder,Jonker,van|Dongen,Willemsen,Timmermans,Wouters,Sanders,Bosch,Evers,Groen,Koning,Gerritsen,Hermans,van|Loon,van|Dijk,van den|Berg,van der|Berg,Janssen,Claassen,Wijnands,ter|Horst,in ''t|Veld,Boersma,Zijlstra,van|Rijn,Pronk}',
 '{Kerkstraat,Dorpsstraat,Schoolstraat,Molenweg,Stationsweg,Julianastraat,Beatrixstraat,Wilhelminastraat,Nieuwstraat,Markt,Raadhuisstraat,Oranjestraat,Parallelweg,Industrieweg,Eikenlaan,Beukenlaan,Lindelaan,Sportlaan,Kastanjelaan,Prins Bernhardstraat,Burgemeester de Withstraat,Marktplein,Hoofdstraat,Emmastraat,Kanaalweg,Rozenstraat,Tulpstraat,Vondelstraat,Spoorstraat,Havenstraat}',
 '{Amsterdam,Rotterdam,Den Haag,Utrecht,Eindhoven,Groningen,Tilburg,Almere,Breda,Nijmegen,Apeldoorn,Haarlem,Arnhem,Enschede,Amersfoort,Zaandam,Zwolle,Leiden,Maastricht,Dordrecht}',
 '{10,30,25,35,56,97,50,13,48,65,73,20,68,75,38,15,80,23,62,33}',
 '{gmail.com,hotmail.com,outlook.com,ziggo.nl,kpnmail.nl,live.nl,xs4all.nl,planet.nl,hetnet.nl,icloud.com}',
 '{Bouwbedrijf,Transportbedrijf,Installatietechniek,Schoonmaakbedrijf,Autobedrijf,Bakkerij,Adviesgroep,Groothandel,Hoveniersbedrijf,Schildersbedrijf,Loodgietersbedrijf,Administratiekantoor,Zorggroep,Uitzendbureau,Beheer,Holding,Media,Techniek,Vastgoed,Logistiek}',
 '{B.V.,B.V.,B.V.,B.V.,V.O.F.,N.V.,Holding B.V.}',
 '{ABNA,INGB,RABO,SNSB,TRIO,ASNB,KNAB,BUNQ,RBRB}',
 '{ABNANL2A,INGBNL2A,RABONL2U,SNSBNL2A,TRIONL2U,ASNBNL21,KNABNL2H,BUNQNL2A,RBRBNL21}'),
('BE',
 '{Lucas,Noah,Arthur,Louis,Liam,Adam,Jules,Victor,Mathis,Finn,Wout,Pieter,Jan,Luc,Marc,Dirk,Koen,Bart,Tom,Kris,Jean,Pierre,Michel,Philippe,Thomas,Nicolas,Olivier,Laurent,Geert,Stijn}',
 '{Emma,Olivia,Louise,Mila,Marie,Elena,Lina,Julie,Sarah,Laura,Lotte,Ellen,Els,An,Katrien,Sofie,Leen,Nathalie,Isabelle,Sophie,Camille,Chloé,Manon,Céline,Inge,Griet,Hilde,Veerle,Kaat,Fien}',
 '{Peeters,Janssens,Maes,Jacobs,Mertens,Willems,Claes,Goossens,Wouters,De Smet,Dubois,Lambert,Dupont,Martin,Hermans,Van den Broeck,Van Damme,De Meyer,Vermeulen,Desmet,Leclercq,Cools,Michiels,Pauwels,Aerts,Verstraete,Coppens,De Clercq,Lemaire,Smets,Van de Velde,De Vos,Declercq,Stevens,Dumont,Segers,Simon,Laurent,Vandenberghe,Van Acker}',
 '{Kerkstraat,Stationsstraat,Dorpsstraat,Molenstraat,Nieuwstraat,Rue de la Station,Rue de l''Église,Chaussée de Bruxelles,Grote Markt,Kapelstraat,Schoolstraat,Veldstraat,Rue du Moulin,Avenue des Tilleuls,Lindenlaan,Kasteelstraat}',
 '{Brussel,Antwerpen,Gent,Leuven,Brugge,Liège,Charleroi,Hasselt,Mechelen,Kortrijk,Namur,Aalst,Oostende,Genk,Mons}',
 '{1000,2000,9000,3000,8000,4000,6000,3500,2800,8500,5000,9300,8400,3600,7000}',
 '{gmail.com,hotmail.com,outlook.com,telenet.be,skynet.be,proximus.be,live.be,yahoo.com}',
 '{Bouwonderneming,Transport,Elektro,Schilderwerken,Garage,Bakkerij,Consult,Immo,Construction,Services,Dakwerken,Keukens}',
 '{BV,BV,NV,BVBA,SRL,SA,CommV}',
 '{001,068,063,083,097,363,310,735,737,539,751,143}',
 NULL),
('DE',
 '{Lukas,Leon,Maximilian,Felix,Paul,Jonas,Tim,Luca,Finn,Ben,Thomas,Michael,Andreas,Stefan,Christian,Markus,Frank,Jürgen,Klaus,Uwe,Wolfgang,Peter,Sebastian,Tobias,Florian,Matthias,Alexander,Daniel,Dirk,Holger}',
 '{Anna,Lena,Leonie,Lea,Laura,Julia,Sarah,Hannah,Lisa,Katharina,Sabine,Petra,Monika,Andrea,Claudia,Susanne,Birgit,Stefanie,Nicole,Karin,Ursula,Heike,Sandra,Christina,Jana,Sophie,Marie,Mia,Emilia,Greta}',
 '{Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Schmitt,Werner,Schmitz,Krause,Meier,Lehmann,Schmid,Schulze,Maier,Köhler,Herrmann,König,Walter,Mayer,Huber,Kaiser,Fuchs,Peters,Lang,Scholz,Möller,Weiß,Jung,Hahn,Schubert,von|Berg,von|Bredow,von der|Heide,Vogel,Friedrich}',
 '{Hauptstraße,Schulstraße,Gartenstraße,Bahnhofstraße,Dorfstraße,Bergstraße,Birkenweg,Lindenstraße,Kirchstraße,Waldstraße,Ringstraße,Schillerstraße,Goethestraße,Friedhofstraße,Am Markt,Feldstraße,Mühlenweg,Rosenstraße}',
 '{Berlin,Hamburg,München,Köln,Frankfurt am Main,Stuttgart,Düsseldorf,Leipzig,Dortmund,Essen,Bremen,Dresden,Hannover,Nürnberg,Duisburg}',
 '{10115,20095,80331,50667,60306,70173,40210,4103,44135,45127,28195,1067,30159,90402,47051}',
 '{gmail.com,web.de,gmx.de,t-online.de,gmx.net,outlook.de,yahoo.de,freenet.de}',
 '{Bau,Spedition,Elektrotechnik,Gebäudereinigung,Autohaus,Bäckerei,Beratung,Handel,Immobilien,Software,Metallbau,Sanitär}',
 '{GmbH,GmbH,GmbH,GmbH & Co. KG,AG,UG (haftungsbeschränkt),e.K.}',
 '{10010010,10020890,20040000,37040044,50010517,60050101,70020270,76026000,10070000,30020900,43060967,12030000}',
 NULL),
('PL',
 '{Jan,Piotr,Krzysztof,Andrzej,Tomasz,Paweł,Marcin,Michał,Marek,Grzegorz,Jakub,Adam,Łukasz,Mateusz,Kamil,Wojciech,Dariusz,Rafał,Szymon,Filip}',
 '{Anna,Maria,Katarzyna,Małgorzata,Agnieszka,Barbara,Ewa,Magdalena,Joanna,Aleksandra,Zofia,Monika,Natalia,Julia,Karolina,Marta,Beata,Dorota,Alicja,Zuzanna}',
 '{Nowak,Kowalski/Kowalska,Wiśniewski/Wiśniewska,Wójcik,Kowalczyk,Kamiński/Kamińska,Lewandowski/Lewandowska,Zieliński/Zielińska,Szymański/Szymańska,Woźniak,Dąbrowski/Dąbrowska,Kozłowski/Kozłowska,Jankowski/Jankowska,Mazur,Wojciechowski/Wojciechowska,Kwiatkowski/Kwiatkowska,Krawczyk,Kaczmarek,Piotrowski/Piotrowska,Grabowski/Grabowska,Zając,Pawłowski/Pawłowska,Michalski/Michalska,Król,Wieczorek,Jabłoński/Jabłońska,Wróbel,Nowakowski/Nowakowska,Majewski/Majewska,Olszewski/Olszewska}',
 '{ul. Polna,ul. Leśna,ul. Słoneczna,ul. Krótka,ul. Szkolna,ul. Ogrodowa,ul. Lipowa,ul. Łąkowa,ul. Brzozowa,ul. Kwiatowa,ul. Kościelna,ul. Mickiewicza,ul. Kolejowa,ul. Długa,ul. Sienkiewicza}',
 '{Warszawa,Kraków,Łódź,Wrocław,Poznań,Gdańsk,Szczecin,Bydgoszcz,Lublin,Katowice}',
 '{0,30,90,50,60,80,70,85,20,40}',
 '{gmail.com,wp.pl,onet.pl,o2.pl,interia.pl,op.pl}',
 '{Budownictwo,Transport,Usługi,Handel,Serwis,Piekarnia,Doradztwo,Instalacje,Meble,Logistyka}',
 '{sp. z o.o.,sp. z o.o.,sp. z o.o.,S.A.,sp.j.,sp.k.}',
 '{10901014,10501445,11402004,12401037,10202892,19401076,10204027,11602202,10203017,10500086}',
 NULL);
UPDATE bench_gen.dict d
   SET bank_digits = (SELECT array_agg(bench_gen.digits(b) ORDER BY k) FROM unnest(d.banks) WITH ORDINALITY AS x(b, k));

SELECT setseed(0.4242) \g /dev/null

-- One row per party with every random pick, display name and postcode; the inserts below are projections of it.
CREATE UNLOGGED TABLE bench_gen.q AS
WITH r AS (
    SELECT i, gen_random_uuid() AS id,
           random() AS rc, random() < 0.15 AS org, random() < 0.5 AS female,
           random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
           random() AS r7, random() AS r8, random() AS r9, random() AS r10, random() AS r11, random() AS r12,
           random() AS r13,
           random() < 0.60 AS has_phone, random() < 0.40 AS has_email, random() < 0.50 AS has_iban,
           timestamptz '2021-01-01 00:00:00+00' + random() * interval '1780 days' AS created_at
      FROM generate_series(1, :n) AS i
), c AS (
    SELECT r.*, CASE WHEN rc < 0.55 THEN 'NL' WHEN rc < 0.75 THEN 'BE' WHEN rc < 0.90 THEN 'DE' ELSE 'PL' END AS country
      FROM r
), named AS (
    SELECT c.*, d.streets, d.cities, d.city_pc, d.mail, d.sectors, d.forms, d.banks, d.bics, d.bank_digits,
           bench_gen.pick(d.family, c.r3) AS fam_entry,
           CASE WHEN c.female THEN bench_gen.pick(d.given_f, c.r1) ELSE bench_gen.pick(d.given_m, c.r1) END AS given1,
           CASE WHEN c.r2 < 0.12 THEN CASE WHEN c.female THEN bench_gen.pick(d.given_f, c.r2 / 0.12)
                                           ELSE bench_gen.pick(d.given_m, c.r2 / 0.12) END END AS given2
      FROM c JOIN bench_gen.dict d USING (country)
), split AS (
    SELECT n.*,
           CASE WHEN fam_entry LIKE '%|%' THEN split_part(fam_entry, '|', 1) END AS prefix,
           split_part(split_part(fam_entry, '|', -1), '/', 1) AS fam_m,
           coalesce(nullif(split_part(split_part(fam_entry, '|', -1), '/', 2), ''),
                    split_part(split_part(fam_entry, '|', -1), '/', 1)) AS fam_f
      FROM named n
), picked AS (
SELECT i, id, country, org, created_at, has_phone, has_email, has_iban, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13,
       bench_gen.pick(mail, r10) AS mail_domain, bench_gen.pick(banks, r11) AS bank,
       bench_gen.pick(bics, r11) AS bic, bench_gen.pick(bank_digits, r11) AS bank_digits,
       -- person
       CASE WHEN NOT org THEN concat_ws(' ', given1, CASE WHEN given2 <> given1 THEN given2 END) END AS given_names,
       CASE WHEN NOT org THEN prefix END AS family_name_prefix,
       CASE WHEN NOT org THEN CASE WHEN female THEN fam_f ELSE fam_m END END AS family_name,
       CASE WHEN NOT org THEN date '1935-01-01' + floor(r4 * 25500)::int END AS date_of_birth,
       -- organisation: "Sector Family Form", "Family & Zonen Form" or "Sector City Form"
       CASE WHEN org THEN
           CASE WHEN r5 < 0.5 THEN bench_gen.pick(sectors, r6) || ' ' || upper(left(concat_ws(' ', prefix, fam_m), 1))
                                     || substr(concat_ws(' ', prefix, fam_m), 2) || ' ' || bench_gen.pick(forms, r4)
                WHEN r5 < 0.8 THEN upper(left(concat_ws(' ', prefix, fam_m), 1)) || substr(concat_ws(' ', prefix, fam_m), 2)
                                     || CASE country WHEN 'NL' THEN ' & Zonen ' WHEN 'BE' THEN ' & Partners ' WHEN 'DE' THEN ' & Söhne '
                                                     ELSE ' i Wspólnicy ' END || bench_gen.pick(forms, r4)
                ELSE bench_gen.pick(sectors, r6) || ' ' || bench_gen.pick(cities, r8) || ' ' || bench_gen.pick(forms, r4)
           END END AS legal_name,
       -- address
       bench_gen.pick(streets, r7) AS street,
       (1 + floor(r9 * r9 * 250))::int::text AS house_number,
       CASE WHEN r10 < 0.08 THEN bench_gen.pick('{A,B,C,1,2}'::text[], r10 / 0.08) END AS house_number_addition,
       bench_gen.pick(cities, r8) AS city,
       bench_gen.pick(city_pc, r8) AS pc_area,
       fam_m, given1
  FROM split
)
-- display name as the app builds it; postcodes per country from the city's area and r11..r13
SELECT p.*,
       CASE WHEN org THEN legal_name ELSE concat_ws(' ', given_names, family_name_prefix, family_name) END AS display_name,
       CASE country
           WHEN 'NL' THEN (pc_area * 100 + floor(r11 * 100)::int)::text
                          || substr('ABCDEGHJKLMNPRTVWXZ', 1 + floor(r12 * 19)::int, 1)
                          || substr('ABCDEGHJKLMNPRSTVWXZ', 1 + floor(r13 * 20)::int, 1)
           WHEN 'BE' THEN (pc_area + floor(r11 * 10)::int * 10 + floor(r12 * 10)::int)::text
           WHEN 'DE' THEN lpad((pc_area + floor(r11 * 900)::int)::text, 5, '0')
           ELSE lpad((pc_area + floor(r11 * 5)::int)::text, 2, '0') || lpad(floor(r12 * 1000)::int::text, 3, '0')
       END AS postcode_key
  FROM picked p;

-- the indexes, recreated after the load from their own definitions
CREATE TEMP TABLE gen_indexes ON COMMIT DROP AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
  FROM pg_index i
  JOIN pg_class t ON t.oid = i.indrelid
 WHERE t.relnamespace = 'public'::regnamespace
   AND t.relname IN ('parties', 'party_addresses', 'party_contact_channels', 'party_bank_accounts')
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
SELECT format('DROP INDEX %s', name) FROM gen_indexes \gexec

INSERT INTO parties (id, kind, display_name, given_names, family_name_prefix, family_name, date_of_birth,
                     legal_name, trade_name, registration_scheme, registration_number, vat_number, language,
                     vulnerability_reason, vulnerability_from, vulnerability_until, parent_id, preferred_channel,
                     merged_into_id, created_at, created_by, updated_at, updated_by, version)
SELECT id, CASE WHEN org THEN 'ORGANISATION' ELSE 'PERSON' END, display_name, given_names, family_name_prefix,
       family_name, date_of_birth, legal_name, NULL,
       CASE WHEN org THEN CASE country WHEN 'NL' THEN 'KVK' WHEN 'BE' THEN 'KBO' WHEN 'DE' THEN 'HRB' ELSE 'KRS' END END,
       CASE WHEN org THEN CASE country
           WHEN 'NL' THEN (10000000 + i)::text
           WHEN 'BE' THEN '0' || lpad((2000000 + i)::text, 7, '0')
                          || lpad(coalesce(nullif(97 - (2000000 + i) % 97, 0), 97)::text, 2, '0')
           WHEN 'DE' THEN 'HRB ' || (100000 + i)
           ELSE lpad(i::text, 10, '0') END END,
       CASE WHEN org THEN CASE country
           WHEN 'NL' THEN 'NL' || lpad(i::text, 9, '0') || 'B01'
           WHEN 'BE' THEN 'BE0' || lpad((2000000 + i)::text, 7, '0')
                          || lpad(coalesce(nullif(97 - (2000000 + i) % 97, 0), 97)::text, 2, '0')
           WHEN 'DE' THEN 'DE' || (100000000 + i) END END,
       CASE country WHEN 'NL' THEN 'NL' WHEN 'BE' THEN CASE WHEN r5 < 0.6 THEN 'NL' ELSE 'FR' END ELSE country END,
       CASE WHEN r6 < 0.01 THEN 'debt counselling started' END,
       CASE WHEN r6 < 0.01 THEN (created_at + interval '30 days')::date END,
       NULL, NULL, NULL, NULL,
       created_at, 'generator', created_at, 'generator', 0
  FROM bench_gen.q;

INSERT INTO party_addresses (id, party_id, kind, street, house_number, house_number_addition, postcode, postcode_key,
                             city, country, valid_from, valid_until, created_at, created_by, updated_at, updated_by, version)
SELECT gen_random_uuid(), id, 'RESIDENTIAL', street, house_number, house_number_addition,
       CASE country WHEN 'NL' THEN left(postcode_key, 4) || ' ' || right(postcode_key, 2)
                    WHEN 'PL' THEN left(postcode_key, 2) || '-' || right(postcode_key, 3)
                    ELSE postcode_key END,
       postcode_key, city, country,
       (created_at - (floor(r9 * 3650)::int || ' days')::interval)::date, NULL,
       created_at, 'generator', created_at, 'generator', 0
  FROM bench_gen.q;

-- Phones: a mobile per country, the number a bijection of i (7919 is prime to 10^k), so unique per party.
INSERT INTO party_contact_channels (id, party_id, kind, value, value_key, label, opted_out,
                                    created_at, created_by, updated_at, updated_by, version)
SELECT gen_random_uuid(), id, 'PHONE', phone, phone, 'mobile', r11 < 0.03, created_at, 'generator', created_at, 'generator', 0
  FROM (SELECT q.*, CASE country
                   WHEN 'NL' THEN '+316' || (10000000 + (i::bigint * 7919) % 40000000)::text
                   WHEN 'BE' THEN '+3247' || lpad(((i::bigint * 7919) % 10000000)::text, 7, '0')
                   WHEN 'DE' THEN '+49151' || lpad(((i::bigint * 7919) % 100000000)::text, 8, '0')
                   ELSE '+4851' || lpad(((i::bigint * 7919) % 10000000)::text, 7, '0') END AS phone
          FROM bench_gen.q q WHERE has_phone) x
;

-- E-mails: name-based local part + i (unique), the country's providers; organisations info@<name><i>.<tld>.
INSERT INTO party_contact_channels (id, party_id, kind, value, value_key, label, opted_out,
                                    created_at, created_by, updated_at, updated_by, version)
SELECT gen_random_uuid(), id, 'EMAIL', email, lower(email), NULL, r12 < 0.03, created_at, 'generator', created_at, 'generator', 0
  FROM (SELECT q.*,
               CASE WHEN org THEN 'info@' || left(ascii_name, 20) || i || '.' || lower(country)
                    ELSE CASE WHEN r13 < 0.2 THEN initcap(ascii_given) || '.' || initcap(ascii_family)
                              WHEN r13 < 0.6 THEN ascii_given || '.' || ascii_family
                              WHEN r13 < 0.8 THEN left(ascii_given, 1) || ascii_family
                              ELSE ascii_family || '.' || ascii_given END
                         || i || '@' || mail_domain
               END AS email
          FROM (SELECT q.*,
                       CASE WHEN NOT org THEN regexp_replace(translate(lower(given1), 'äöüßąćęłńóśźżéèëïçàô', 'aousacelnoszzeeeicao'), '[^a-z]', '', 'g') END AS ascii_given,
                       CASE WHEN NOT org THEN regexp_replace(translate(lower(concat_ws('', family_name_prefix, family_name)), 'äöüßąćęłńóśźżéèëïçàô', 'aousacelnoszzeeeicao'), '[^a-z]', '', 'g') END AS ascii_family,
                       CASE WHEN org THEN regexp_replace(translate(lower(legal_name), 'äöüßąćęłńóśźżéèëïçàô', 'aousacelnoszzeeeicao'), '[^a-z]', '', 'g') END AS ascii_name
                  FROM bench_gen.q q WHERE has_email) q) x
;

-- IBANs of the party's country; account numbers a bijection of i (unique). Check digits (ISO 13616):
-- 98 − (BBAN + country + "00", letters as numbers A=10 … Z=35) mod 97; country as numbers: NL 2321, BE 1114,
-- DE 1314, PL 2521. Belgian BBANs also carry their national check (first 10 digits mod 97, 0 → 97).
INSERT INTO party_bank_accounts (id, party_id, iban, bic, holder_name, created_at, created_by, updated_at, updated_by, version)
SELECT gen_random_uuid(), id,
       country || lpad((98 - ((bban_digits || CASE country WHEN 'NL' THEN '2321' WHEN 'BE' THEN '1114'
                                                          WHEN 'DE' THEN '1314' ELSE '2521' END || '00')::numeric % 97))::text, 2, '0')
               || bank || account,
       CASE WHEN country = 'NL' THEN bic END, NULL, created_at, 'generator', created_at, 'generator', 0
  FROM (SELECT id, country, bank, bic, created_at, account, bank_digits || account AS bban_digits
          FROM (SELECT q.*, CASE country
                   WHEN 'NL' THEN lpad(((i::bigint * 7919) % 10000000000)::text, 10, '0')
                   WHEN 'BE' THEN lpad(((i::bigint * 7919) % 10000000)::text, 7, '0')
                                  || lpad(coalesce(nullif((bank || lpad(((i::bigint * 7919) % 10000000)::text, 7, '0'))::bigint % 97, 0), 97)::text, 2, '0')
                   WHEN 'DE' THEN lpad(((i::bigint * 7919) % 10000000000)::text, 10, '0')
                   ELSE lpad(((i::bigint * 7919) % 10000000000000000)::text, 16, '0') END AS account
                  FROM bench_gen.q q WHERE has_iban) q) x;

SELECT def FROM gen_indexes \gexec

-- The quick-search word list (party_name_words, ADR 0008) rebuilt from every active party, the app's own included:
-- the deletes above took words away that the app would have counted down one by one.
DELETE FROM party_name_words;
INSERT INTO party_name_words (word, parties)
SELECT w, count(*) FROM parties p, unnest(party_words(p.display_name)) AS w WHERE p.merged_into_id IS NULL GROUP BY w;

DROP SCHEMA bench_gen CASCADE;
COMMIT;
