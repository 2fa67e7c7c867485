-- Province-scale data for the bench (issue 13), written against the schema the EF migrations make (run them first):
-- one Sở Y tế, :units - 1 units under it (199 hospitals and centres, the rest commune health stations under them),
-- :people people with their employment, 5 years (2021-2025) of person and unit ratings, individual titles (LĐTT) of
-- one person-year in ten, 200 clusters with a term each year (every unit a member of one cluster a year, a head, a
-- deputy and the election record), a covenant per cluster and year (20 criteria) signed by every member and scored
-- by self-assessment and verification, and 50 campaigns (10 a year) with registrations of 500 units each, approved,
-- and their phase-1 reports. jsonb columns carry the stored shapes v1 (ADR 0024) exactly as the API writes them.
-- Deterministic: every id is md5 of a kind and an index, every value a function of the index; no random().
-- psql -v units=10000 -v people=300000 -f province.sql (scripts/bench/province.sh runs it once per version).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET synchronous_commit = off;
BEGIN;
CREATE TEMP TABLE pb_settings AS SELECT :units::int AS units, :people::int AS people, TIMESTAMPTZ '2026-01-05 08:00+07' AS ts;
CREATE FUNCTION pg_temp.uid(kind text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT md5('pb:' || kind || ':' || i)::uuid $$;
CREATE FUNCTION pg_temp.uid2(kind text, i bigint, j bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT md5('pb:' || kind || ':' || i || ':' || j)::uuid $$;

-- Units: 0 = the Sở, 1..199 hospitals and centres, 200.. commune health stations under centre 1 + i % 199.
INSERT INTO thidua.units (id, code, name, short_name, kind, parent_id, province, status, valid_from, created_at, updated_at)
SELECT pg_temp.uid('unit', i),
       'PB' || lpad(i::text, 5, '0'),
       CASE WHEN i = 0 THEN 'Sở Y tế tỉnh Thanh Hóa (bench)'
            WHEN i < 200 THEN (ARRAY['Bệnh viện Đa khoa', 'Trung tâm Y tế huyện', 'Bệnh viện Nhi', 'Trung tâm Y tế thị xã'])[1 + i % 4]
                 || ' ' || (ARRAY['Đông Sơn', 'Hoằng Hóa', 'Hậu Lộc', 'Nga Sơn', 'Quảng Xương', 'Tĩnh Gia', 'Thọ Xuân', 'Triệu Sơn',
                                  'Yên Định', 'Vĩnh Lộc', 'Thạch Thành', 'Cẩm Thủy', 'Ngọc Lặc', 'Lang Chánh', 'Như Xuân', 'Nông Cống'])[1 + i % 16]
                 || ' số ' || i
            ELSE 'Trạm Y tế xã ' || (ARRAY['Đông Hòa', 'Hoằng Phụ', 'Đa Lộc', 'Nga Thạch', 'Quảng Nham', 'Hải Thượng', 'Xuân Lai', 'Dân Lực',
                                        'Định Tường', 'Vĩnh Hùng', 'Thành Vân', 'Cẩm Phong', 'Minh Sơn', 'Giao Thiện', 'Xuân Bình', 'Trường Giang',
                                        'Thiệu Toán', 'Hà Lĩnh', 'Nga Yên', 'Hoằng Trinh'])[1 + i % 20] || ' số ' || i
       END,
       NULL,
       CASE WHEN i = 0 THEN 'Department' WHEN i < 200 THEN (CASE WHEN i % 4 IN (1, 3) THEN 'Centre' ELSE 'Hospital' END) ELSE 'Other' END,
       CASE WHEN i = 0 THEN NULL WHEN i < 200 THEN pg_temp.uid('unit', 0) ELSE pg_temp.uid('unit', 1 + i % 199) END,
       'Thanh Hóa', 'Active', DATE '2000-01-01', s.ts, s.ts
FROM pb_settings s, generate_series(0, s.units - 1) AS i;

INSERT INTO thidua.unit_ratings (year, unit_id, rating)
SELECT y, pg_temp.uid('unit', i), (ARRAY['Excellent', 'Good', 'Good', 'Completed', 'Good'])[1 + (i + y) % 5]
FROM pb_settings s, generate_series(1, s.units - 1) AS i, generate_series(2021, 2025) AS y;

-- People: person p works at unit 1 + p % (units - 1) since 2015.
INSERT INTO thidua.people (id, full_name, gender, birth_date, citizen_id, civil_servant_code, current_unit_id, created_at, updated_at)
SELECT pg_temp.uid('person', p),
       (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh'])[1 + p % 14] || ' '
         || (CASE WHEN p % 2 = 0 THEN (ARRAY['Thị', 'Thị Thu', 'Thị Minh', 'Ngọc', 'Thị Thanh', 'Thùy', 'Thị Hồng', 'Kim'])
                  ELSE (ARRAY['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Công', 'Thành']) END)[1 + (p / 14) % 8] || ' '
         || (CASE WHEN p % 2 = 0 THEN (ARRAY['Lan', 'Hương', 'Mai', 'Hà', 'Linh', 'Trang', 'Thảo', 'Huyền', 'Nga', 'Yến', 'Hạnh', 'Phương', 'Dung', 'Hằng', 'Oanh'])
                  ELSE (ARRAY['Hùng', 'Dũng', 'Nam', 'Tuấn', 'Hải', 'Long', 'Sơn', 'Thắng', 'Cường', 'Bình', 'Toàn', 'Khánh', 'Phúc', 'Trung', 'Hiếu']) END)[1 + (p / 112) % 15],
       CASE WHEN p % 2 = 0 THEN 'Female' ELSE 'Male' END,
       DATE '1965-01-01' + (p * 37 % 13000),
       NULL, NULL,
       pg_temp.uid('unit', 1 + p % (s.units - 1)), s.ts, s.ts
FROM pb_settings s, generate_series(0, s.people - 1) AS p;

INSERT INTO thidua.person_employments (id, unit_id, position, "from", "to", person_id)
SELECT pg_temp.uid('employment', p), pg_temp.uid('unit', 1 + p % (s.units - 1)),
       (ARRAY['Bác sĩ', 'Điều dưỡng', 'Y sĩ', 'Dược sĩ', 'Kỹ thuật viên', 'Hộ sinh'])[1 + p % 6], DATE '2015-01-01', NULL, pg_temp.uid('person', p)
FROM pb_settings s, generate_series(0, s.people - 1) AS p;

INSERT INTO thidua.person_ratings (year, person_id, rating)
SELECT y, pg_temp.uid('person', p), (ARRAY['Excellent', 'Excellent', 'Good', 'Good', 'Good', 'Good', 'Good', 'Completed', 'Completed', 'NotCompleted'])[1 + (p * 7 + y * 3) % 10]
FROM pb_settings s, generate_series(0, s.people - 1) AS p, generate_series(2021, 2025) AS y;

-- Individual titles (Lao động tiên tiến) imported for one person-year in ten, decided by the unit in January after.
INSERT INTO thidua.award_records (id, award_type_code, recipient_kind, person_id, unit_id, recipient_key, year, commendation_type, decision_number,
                                  decision_date, decision_issuer, recipient_name_at_decision, unit_name_at_decision, source, bonus_vnd,
                                  basis_initiative_ids, created_at, updated_at)
SELECT pg_temp.uid2('award', p, y), 'LDTT', 'Individual', pg_temp.uid('person', p), u.id, pg_temp.uid('person', p), y, 'Merit',
       (1 + p % 99) || '/QĐ-' || u.code, make_date(y + 1, 1, 15), 'Thủ trưởng đơn vị', pe.full_name, u.name, 'Imported', NULL,
       '{}', s.ts, s.ts
FROM pb_settings s, generate_series(0, s.people - 1) AS p, generate_series(2021, 2025) AS y,
     LATERAL (SELECT full_name FROM thidua.people WHERE id = pg_temp.uid('person', p)) AS pe,
     LATERAL (SELECT id, code, name FROM thidua.units WHERE id = pg_temp.uid('unit', 1 + p % (s.units - 1))) AS u
WHERE (p + y) % 10 = 0;

-- 200 clusters of the Sở; unit i (1..units-1) is a member of cluster (i - 1) % 200 every year; the cluster's two
-- first members head it and second it.
INSERT INTO thidua.clusters (id, name, kind, managing_authority_id, description, created_at, updated_at)
SELECT pg_temp.uid('cluster', c), 'Cụm thi đua số ' || (c + 1) || ' (bench)', 'Cluster', pg_temp.uid('unit', 0),
       'Cụm thi đua các đơn vị y tế', s.ts, s.ts
FROM pb_settings s, generate_series(0, 199) AS c;

INSERT INTO thidua.cluster_terms (id, year, head_unit_id, deputy_unit_id, cluster_id)
SELECT pg_temp.uid2('term', c, y), y, pg_temp.uid('unit', c + 1), pg_temp.uid('unit', c + 201), pg_temp.uid('cluster', c)
FROM generate_series(0, 199) AS c, generate_series(2021, 2025) AS y;

INSERT INTO thidua.cluster_elections (id, head_unit_id, deputy_unit_id, document_number, document_date, document_issuer, recorded_at, term_id)
SELECT pg_temp.uid2('election', c, y), pg_temp.uid('unit', c + 1), pg_temp.uid('unit', c + 201), (c + 1) || '/BB-CTĐ', make_date(y - 1, 12, 15),
       'Cụm thi đua số ' || (c + 1), s.ts, pg_temp.uid2('term', c, y)
FROM pb_settings s, generate_series(0, 199) AS c, generate_series(2021, 2025) AS y;

INSERT INTO thidua.cluster_members (id, unit_id, managing_authority_id, cluster_kind, year, joined_on, left_on, leave_reason, term_id)
SELECT pg_temp.uid2('member', i, y), pg_temp.uid('unit', i), pg_temp.uid('unit', 0), 'Cluster', y, make_date(y, 1, 1), NULL, NULL,
       pg_temp.uid2('term', (i - 1) % 200, y)
FROM pb_settings s, generate_series(1, s.units - 1) AS i, generate_series(2021, 2025) AS y;

-- A covenant per cluster and year: 4 contents × 5 criteria of 5 points (scale 100, 1.1 a gate), a bonus and a
-- penalty rule; open for scoring, signed by every member, each member self-assessed and verified.
CREATE TEMP TABLE pb_terms AS
SELECT y, jsonb_build_object(
         'v', 1, 'title', 'Giao ước thi đua năm ' || y, 'phases', '[]'::jsonb, 'scaleMax', 100,
         'contents', (SELECT jsonb_agg(jsonb_build_object('number', n, 'title', (ARRAY['Chuyên môn', 'Xây dựng Đảng và đoàn thể', 'Cải cách hành chính', 'Kỷ luật, kỷ cương'])[n]) ORDER BY n)
                      FROM generate_series(1, 4) AS n),
         'criteria', (SELECT jsonb_agg(jsonb_build_object('code', n || '.' || k, 'isGate', n = 1 AND k = 1, 'weight', NULL, 'maxPoints', 5,
                                                          'description', 'Chỉ tiêu ' || n || '.' || k, 'contentNumber', n) ORDER BY n, k)
                      FROM generate_series(1, 4) AS n, generate_series(1, 5) AS k),
         'bonusRules', '[{"cap": 5, "code": "B1", "description": "Sáng kiến, cách làm hay"}]'::jsonb,
         'tieBreakers', NULL, 'penaltyRules', '[{"cap": 10, "code": "P1", "description": "Báo cáo chậm"}]'::jsonb,
         'effectivePhases', '[]'::jsonb, 'signingDeadline', y || '-03-31', 'effectiveTieBreakers', '[1, 2]'::jsonb) AS terms
FROM generate_series(2021, 2025) AS y;

INSERT INTO thidua.covenants (id, cluster_id, year, terms, status, created_at, updated_at)
SELECT pg_temp.uid2('covenant', c, t.y), pg_temp.uid('cluster', c), t.y, t.terms, 'Scoring', s.ts, s.ts
FROM pb_settings s, generate_series(0, 199) AS c, pb_terms t;

INSERT INTO thidua.covenant_signatures (id, unit_id, signed_by, signatory_name, signed_at, covenant_id)
SELECT pg_temp.uid2('signature', i, y), pg_temp.uid('unit', i), 'bench', 'Thủ trưởng đơn vị', make_timestamptz(y, 3, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       pg_temp.uid2('covenant', (i - 1) % 200, y)
FROM pb_settings s, generate_series(1, s.units - 1) AS i, generate_series(2021, 2025) AS y;

INSERT INTO thidua.covenant_assessments (id, covenant_id, assessed_unit_id, kind, assessor_key, scores, note, updated_by, created_at, updated_at)
SELECT pg_temp.uid2('assessment-' || kind, i, y), pg_temp.uid2('covenant', (i - 1) % 200, y), pg_temp.uid('unit', i), kind,
       CASE WHEN kind = 'Self' THEN pg_temp.uid('unit', i) ELSE '00000000-0000-0000-0000-000000000000'::uuid END,
       jsonb_build_object('v', 1,
         'criteria', (SELECT jsonb_object_agg(n || '.' || k, CASE WHEN n = 1 AND k = 1 THEN 5 ELSE (i + n * 3 + k + y + (kind = 'Verified')::int) % 6 END)
                      FROM generate_series(1, 4) AS n, generate_series(1, 5) AS k),
         'bonuses', jsonb_build_object('B1', i % 6), 'penalties', jsonb_build_object('P1', (i + y) % 4)),
       CASE WHEN kind = 'Verified' THEN 'Thẩm định theo biên bản kiểm tra của Cụm' END, 'bench', s.ts, s.ts
FROM pb_settings s, generate_series(1, s.units - 1) AS i, generate_series(2021, 2025) AS y, unnest(ARRAY['Self', 'Verified']) AS kind;

-- 50 campaigns of the Sở (10 a year, 2021-2025): two phases, 10 contents (4 with a target), launched; 500 units
-- registered each (units 1 + (k * 37 + j) % (units - 1)), approved, each with its phase-1 report of 3 indicators.
INSERT INTO thidua.campaigns (id, launching_authority_id, plan, status, launched_at, created_at, updated_at)
SELECT pg_temp.uid('campaign', k), pg_temp.uid('unit', 0),
       jsonb_build_object('v', 1, 'kind', 1, 'scope', '{"units": [], "allUnitsUnderAuthority": true}'::jsonb,
         'theme', 'Cán bộ, công chức, viên chức ngành y tế phấn đấu hoàn thành xuất sắc nhiệm vụ',
         'title', 'Phong trào thi đua số ' || (k % 10 + 1) || ' năm ' || y || ' (bench)',
         'letter', jsonb_build_object('date', y || '-01-10', 'number', (100 + k) || '/SYT-VP', 'recipients', '["Thủ trưởng các đơn vị trong ngành"]'::jsonb,
                                      'signerName', 'Trịnh Hữu Hùng', 'coLaunchers', '[]'::jsonb, 'signerTitle', 'Giám đốc'),
         'phases', jsonb_build_array(
            jsonb_build_object('end', y || '-06-30', 'name', 'Đợt 1', 'focus', 'Sơ kết 6 tháng', 'start', y || '-01-10', 'number', 1, 'commemorations', '[]'::jsonb),
            jsonb_build_object('end', y || '-12-31', 'name', 'Đợt 2', 'focus', 'Tổng kết năm', 'start', y || '-07-01', 'number', 2, 'commemorations', '[]'::jsonb)),
         'slogan', NULL,
         'contents', (SELECT jsonb_agg(jsonb_build_object('code', '2.' || n, 'text', 'Nội dung thi đua 2.' || n,
                        'target', CASE WHEN n <= 4 THEN jsonb_build_object('value', 90 + n, 'direction', CASE WHEN n = 4 THEN 2 ELSE 1 END, 'unitOfMeasure', '%') END) ORDER BY n)
                      FROM generate_series(1, 10) AS n),
         'periodEnd', y || '-12-31', 'periodStart', y || '-01-10', 'dossierWindowEnd', NULL, 'dossierWindowStart', NULL,
         'registrationDeadline', y || '-03-31'),
       'Launched', make_timestamptz(y, 1, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh'), s.ts, s.ts
FROM pb_settings s, generate_series(0, 49) AS k, LATERAL (SELECT 2021 + k / 10 AS y) AS yr;

INSERT INTO thidua.campaign_registrations (id, campaign_id, unit_id, status, content, submitted_by, submitted_at, reviewed_by, reviewed_at, created_at, updated_at)
SELECT pg_temp.uid2('registration', k, j), pg_temp.uid('campaign', k), pg_temp.uid('unit', 1 + (k * 37 + j) % (s.units - 1)), 'Approved',
       jsonb_build_object('v', 1,
         'models', '[{"name": "Đổi mới phong cách, thái độ phục vụ", "description": "Triển khai tại 100% khoa, phòng", "expectedResults": "Tỷ lệ hài lòng ≥ 95%"}]'::jsonb,
         'targetTitles', '["CO_THI_DUA_TINH"]'::jsonb,
         'individualTargets', jsonb_build_array(jsonb_build_object('fullName', 'Lê Văn Hải ' || j, 'position', 'Trưởng khoa', 'targetTitle', 'CSTDCS'))),
       'bench', make_timestamptz(2021 + k / 10, 2, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'), 'bench', make_timestamptz(2021 + k / 10, 2, 15, 9, 0, 0, 'Asia/Ho_Chi_Minh'), s.ts, s.ts
FROM pb_settings s, generate_series(0, 49) AS k, generate_series(0, 499) AS j;

INSERT INTO thidua.campaign_reports (id, campaign_id, unit_id, phase_number, narrative, indicators, submitted_by, submitted_at, created_at, updated_at)
SELECT pg_temp.uid2('report', k, j), pg_temp.uid('campaign', k), pg_temp.uid('unit', 1 + (k * 37 + j) % (s.units - 1)), 1, 'Báo cáo sơ kết đợt 1',
       jsonb_build_array(
         jsonb_build_object('v', 1, 'name', 'Tỷ lệ tiêm chủng đầy đủ', 'value', 85 + j % 15, 'contentCode', '2.1', 'unitOfMeasure', '%'),
         jsonb_build_object('v', 1, 'name', 'Tỷ lệ hài lòng người bệnh', 'value', 88 + j % 12, 'contentCode', '2.2', 'unitOfMeasure', '%'),
         jsonb_build_object('v', 1, 'name', 'Tỷ lệ nhiễm khuẩn bệnh viện', 'value', j % 9, 'contentCode', '2.4', 'unitOfMeasure', '%')),
       'bench', make_timestamptz(2021 + k / 10, 7, 5, 9, 0, 0, 'Asia/Ho_Chi_Minh'), s.ts, s.ts
FROM pb_settings s, generate_series(0, 49) AS k, generate_series(0, 499) AS j;
COMMIT;
ANALYZE thidua.units, thidua.unit_ratings, thidua.people, thidua.person_employments, thidua.person_ratings, thidua.award_records,
        thidua.clusters, thidua.cluster_terms, thidua.cluster_elections, thidua.cluster_members, thidua.covenants,
        thidua.covenant_signatures, thidua.covenant_assessments, thidua.campaigns, thidua.campaign_registrations, thidua.campaign_reports;
