DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'thidua') THEN
        CREATE SCHEMA thidua;
    END IF;
END $EF$;
CREATE TABLE IF NOT EXISTS thidua."__EFMigrationsHistory" (
    migration_id character varying(150) NOT NULL,
    product_version character varying(32) NOT NULL,
    CONSTRAINT pk___ef_migrations_history PRIMARY KEY (migration_id)
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
        IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'thidua') THEN
            CREATE SCHEMA thidua;
        END IF;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    CREATE OR REPLACE FUNCTION thidua.search_normalize(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE TABLE thidua.audit_entries (
        id bigint GENERATED ALWAYS AS IDENTITY,
        occurred_at timestamp with time zone NOT NULL,
        subject character varying(200) NOT NULL,
        display_name character varying(300),
        operation character varying(100) NOT NULL,
        resource_type character varying(100) NOT NULL,
        resource_id uuid NOT NULL,
        action character varying(20) NOT NULL,
        changes jsonb NOT NULL,
        state jsonb NOT NULL,
        CONSTRAINT pk_audit_entries PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE FUNCTION thidua.reject_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'thidua.audit_entries is append-only (% rejected)', TG_OP;
    END $$;
    CREATE TRIGGER audit_entries_append_only
        BEFORE UPDATE OR DELETE ON thidua.audit_entries
        FOR EACH ROW EXECUTE FUNCTION thidua.reject_audit_change();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE TABLE thidua.units (
        id uuid NOT NULL,
        code character varying(40) NOT NULL,
        name character varying(300) NOT NULL,
        short_name character varying(100),
        kind character varying(32) NOT NULL,
        parent_id uuid,
        province character varying(100) NOT NULL,
        status character varying(32) NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        successor_id uuid,
        search_text text GENERATED ALWAYS AS (thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, ''))) STORED,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_units PRIMARY KEY (id),
        CONSTRAINT fk_units_units_parent_id FOREIGN KEY (parent_id) REFERENCES thidua.units (id) ON DELETE RESTRICT,
        CONSTRAINT fk_units_units_successor_id FOREIGN KEY (successor_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE TABLE thidua.clusters (
        id uuid NOT NULL,
        name character varying(200) NOT NULL,
        kind character varying(32) NOT NULL,
        managing_authority_id uuid NOT NULL,
        description character varying(2000),
        grouping_decision_number character varying(64),
        grouping_decision_date date,
        grouping_decision_issuer character varying(200),
        name_key text GENERATED ALWAYS AS (lower(name)) STORED,
        search_text text GENERATED ALWAYS AS (thidua.search_normalize(name)) STORED,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_clusters PRIMARY KEY (id),
        CONSTRAINT fk_clusters_units_managing_authority_id FOREIGN KEY (managing_authority_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE TABLE thidua.unit_lineage_events (
        id uuid NOT NULL,
        type character varying(32) NOT NULL,
        effective_on date NOT NULL,
        legal_basis_number character varying(64) NOT NULL,
        legal_basis_date date NOT NULL,
        legal_basis_issuer character varying(200),
        previous_name character varying(300),
        new_name character varying(300),
        previous_parent_id uuid,
        new_parent_id uuid,
        successor_id uuid,
        note character varying(1000),
        recorded_at timestamp with time zone NOT NULL,
        unit_id uuid NOT NULL,
        CONSTRAINT pk_unit_lineage_events PRIMARY KEY (id),
        CONSTRAINT fk_unit_lineage_events_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE TABLE thidua.cluster_terms (
        id uuid NOT NULL,
        year integer NOT NULL,
        head_unit_id uuid,
        deputy_unit_id uuid,
        cluster_id uuid NOT NULL,
        CONSTRAINT pk_cluster_terms PRIMARY KEY (id),
        CONSTRAINT fk_cluster_terms_clusters_cluster_id FOREIGN KEY (cluster_id) REFERENCES thidua.clusters (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE TABLE thidua.cluster_elections (
        id uuid NOT NULL,
        head_unit_id uuid NOT NULL,
        deputy_unit_id uuid,
        document_number character varying(64) NOT NULL,
        document_date date NOT NULL,
        document_issuer character varying(200),
        recorded_at timestamp with time zone NOT NULL,
        term_id uuid NOT NULL,
        CONSTRAINT pk_cluster_elections PRIMARY KEY (id),
        CONSTRAINT fk_cluster_elections_cluster_terms_term_id FOREIGN KEY (term_id) REFERENCES thidua.cluster_terms (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE TABLE thidua.cluster_members (
        id uuid NOT NULL,
        unit_id uuid NOT NULL,
        managing_authority_id uuid NOT NULL,
        cluster_kind character varying(32) NOT NULL,
        year integer NOT NULL,
        joined_on date NOT NULL,
        left_on date,
        leave_reason character varying(32),
        term_id uuid NOT NULL,
        CONSTRAINT pk_cluster_members PRIMARY KEY (id),
        CONSTRAINT fk_cluster_members_cluster_terms_term_id FOREIGN KEY (term_id) REFERENCES thidua.cluster_terms (id) ON DELETE CASCADE,
        CONSTRAINT fk_cluster_members_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_audit_entries_resource_id_id ON thidua.audit_entries (resource_id, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_cluster_elections_term_id ON thidua.cluster_elections (term_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_cluster_members_term_id ON thidua.cluster_members (term_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_cluster_members_unit_id ON thidua.cluster_members (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE UNIQUE INDEX ux_cluster_members_one_grouping_per_year ON thidua.cluster_members (managing_authority_id, cluster_kind, year, unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE UNIQUE INDEX ux_cluster_terms_cluster_year ON thidua.cluster_terms (cluster_id, year);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_clusters_search_text ON thidua.clusters USING gin (search_text gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE UNIQUE INDEX ux_clusters_managing_authority_name ON thidua.clusters (managing_authority_id, name_key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_unit_lineage_events_successor_id ON thidua.unit_lineage_events (successor_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_unit_lineage_events_unit_id ON thidua.unit_lineage_events (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_units_parent_id ON thidua.units (parent_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_units_search_text ON thidua.units USING gin (search_text gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE INDEX ix_units_successor_id ON thidua.units (successor_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    CREATE UNIQUE INDEX ux_units_code ON thidua.units (code);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123103824_InitialCreate') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123103824_InitialCreate', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123105508_AddIdempotencyRecords') THEN
    CREATE TABLE thidua.idempotency_records (
        id bigint GENERATED ALWAYS AS IDENTITY,
        subject character varying(200) NOT NULL,
        key character varying(200) NOT NULL,
        request_hash character varying(64) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        status_code integer,
        content_type character varying(200),
        location character varying(2000),
        e_tag character varying(100),
        body bytea,
        CONSTRAINT pk_idempotency_records PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123105508_AddIdempotencyRecords') THEN
    CREATE INDEX ix_idempotency_records_created_at ON thidua.idempotency_records (created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123105508_AddIdempotencyRecords') THEN
    CREATE UNIQUE INDEX ix_idempotency_records_subject_key ON thidua.idempotency_records (subject, key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123105508_AddIdempotencyRecords') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123105508_AddIdempotencyRecords', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    CREATE TABLE thidua.covenants (
        id uuid NOT NULL,
        cluster_id uuid NOT NULL,
        year integer NOT NULL,
        terms jsonb NOT NULL,
        status character varying(32) NOT NULL,
        search_text text GENERATED ALWAYS AS (thidua.search_normalize(terms ->> 'title')) STORED,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_covenants PRIMARY KEY (id),
        CONSTRAINT fk_covenants_clusters_cluster_id FOREIGN KEY (cluster_id) REFERENCES thidua.clusters (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    CREATE TABLE thidua.covenant_signatures (
        id uuid NOT NULL,
        unit_id uuid NOT NULL,
        signed_by character varying(200) NOT NULL,
        signatory_name character varying(300),
        signed_at timestamp with time zone NOT NULL,
        covenant_id uuid NOT NULL,
        CONSTRAINT pk_covenant_signatures PRIMARY KEY (id),
        CONSTRAINT fk_covenant_signatures_covenants_covenant_id FOREIGN KEY (covenant_id) REFERENCES thidua.covenants (id) ON DELETE CASCADE,
        CONSTRAINT fk_covenant_signatures_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    CREATE INDEX ix_covenant_signatures_unit_id ON thidua.covenant_signatures (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    CREATE UNIQUE INDEX ux_covenant_signatures_unit ON thidua.covenant_signatures (covenant_id, unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    CREATE INDEX ix_covenants_search_text ON thidua.covenants USING gin (search_text gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    CREATE INDEX ix_covenants_year ON thidua.covenants (year);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    CREATE UNIQUE INDEX ux_covenants_cluster_year ON thidua.covenants (cluster_id, year);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123112817_AddCovenants') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123112817_AddCovenants', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123113539_AddCovenantScoring') THEN
    ALTER TABLE thidua.covenants ADD leading_unit_ids uuid[] NOT NULL DEFAULT ARRAY[]::uuid[];
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123113539_AddCovenantScoring') THEN
    CREATE TABLE thidua.covenant_assessments (
        id uuid NOT NULL,
        covenant_id uuid NOT NULL,
        assessed_unit_id uuid NOT NULL,
        kind character varying(16) NOT NULL,
        assessor_key uuid NOT NULL,
        scores jsonb NOT NULL,
        note character varying(2000),
        staff_total integer,
        staff_women integer,
        updated_by character varying(200) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_covenant_assessments PRIMARY KEY (id),
        CONSTRAINT fk_covenant_assessments_covenants_covenant_id FOREIGN KEY (covenant_id) REFERENCES thidua.covenants (id) ON DELETE RESTRICT,
        CONSTRAINT fk_covenant_assessments_units_assessed_unit_id FOREIGN KEY (assessed_unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123113539_AddCovenantScoring') THEN
    CREATE TABLE thidua.covenant_score_changes (
        id uuid NOT NULL,
        item character varying(64) NOT NULL,
        old_value numeric,
        new_value numeric,
        reason character varying(1000),
        changed_by character varying(200) NOT NULL,
        changed_at timestamp with time zone NOT NULL,
        assessment_id uuid NOT NULL,
        CONSTRAINT pk_covenant_score_changes PRIMARY KEY (id),
        CONSTRAINT fk_covenant_score_changes_covenant_assessments_assessment_id FOREIGN KEY (assessment_id) REFERENCES thidua.covenant_assessments (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123113539_AddCovenantScoring') THEN
    CREATE INDEX ix_covenant_assessments_assessed_unit_id ON thidua.covenant_assessments (assessed_unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123113539_AddCovenantScoring') THEN
    CREATE UNIQUE INDEX ux_covenant_assessments_assessor ON thidua.covenant_assessments (covenant_id, assessed_unit_id, kind, assessor_key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123113539_AddCovenantScoring') THEN
    CREATE INDEX ix_covenant_score_changes_assessment_id ON thidua.covenant_score_changes (assessment_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123113539_AddCovenantScoring') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123113539_AddCovenantScoring', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123120713_AddCampaigns') THEN
    CREATE TABLE thidua.campaigns (
        id uuid NOT NULL,
        launching_authority_id uuid NOT NULL,
        plan jsonb NOT NULL,
        status character varying(16) NOT NULL,
        launched_at timestamp with time zone,
        kind_value integer GENERATED ALWAYS AS (((plan ->> 'kind')::int)) STORED NOT NULL,
        search_text text GENERATED ALWAYS AS (thidua.search_normalize((plan ->> 'title') || ' ' || (plan ->> 'theme') || ' ' || (plan -> 'letter' ->> 'number'))) STORED,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_campaigns PRIMARY KEY (id),
        CONSTRAINT fk_campaigns_units_launching_authority_id FOREIGN KEY (launching_authority_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123120713_AddCampaigns') THEN
    CREATE INDEX ix_campaigns_kind_value ON thidua.campaigns (kind_value);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123120713_AddCampaigns') THEN
    CREATE INDEX ix_campaigns_launching_authority_id ON thidua.campaigns (launching_authority_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123120713_AddCampaigns') THEN
    CREATE INDEX ix_campaigns_search_text ON thidua.campaigns USING gin (search_text gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123120713_AddCampaigns') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123120713_AddCampaigns', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    ALTER TABLE thidua.campaigns ADD closed_at timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    ALTER TABLE thidua.campaigns ADD final_review_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    ALTER TABLE thidua.campaigns ADD final_review_document_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    ALTER TABLE thidua.campaigns ADD final_review_document_issuer character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    ALTER TABLE thidua.campaigns ADD final_review_document_number character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    ALTER TABLE thidua.campaigns ADD final_review_summary character varying(20000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    CREATE TABLE thidua.campaign_registrations (
        id uuid NOT NULL,
        campaign_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        status character varying(16) NOT NULL,
        content jsonb NOT NULL,
        submitted_by character varying(200) NOT NULL,
        submitted_at timestamp with time zone NOT NULL,
        reviewed_by character varying(200),
        reviewed_at timestamp with time zone,
        rejection_reason character varying(2000),
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_campaign_registrations PRIMARY KEY (id),
        CONSTRAINT fk_campaign_registrations_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES thidua.campaigns (id) ON DELETE RESTRICT,
        CONSTRAINT fk_campaign_registrations_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    CREATE TABLE thidua.campaign_reports (
        id uuid NOT NULL,
        campaign_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        phase_number integer,
        narrative character varying(20000) NOT NULL,
        indicators jsonb NOT NULL,
        submitted_by character varying(200) NOT NULL,
        submitted_at timestamp with time zone NOT NULL,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_campaign_reports PRIMARY KEY (id),
        CONSTRAINT fk_campaign_reports_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES thidua.campaigns (id) ON DELETE RESTRICT,
        CONSTRAINT fk_campaign_reports_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    CREATE INDEX ix_campaign_registrations_unit_id ON thidua.campaign_registrations (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    CREATE UNIQUE INDEX ux_campaign_registrations_unit ON thidua.campaign_registrations (campaign_id, unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    CREATE INDEX ix_campaign_reports_unit_id ON thidua.campaign_reports (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    CREATE UNIQUE INDEX ux_campaign_reports_unit_phase ON thidua.campaign_reports (campaign_id, unit_id, phase_number) NULLS NOT DISTINCT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123123607_AddCampaignRegistrationsAndReports') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123123607_AddCampaignRegistrationsAndReports', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE TABLE thidua.people (
        id uuid NOT NULL,
        full_name character varying(200) NOT NULL,
        gender character varying(16) NOT NULL,
        birth_date date,
        citizen_id character varying(12),
        civil_servant_code character varying(30),
        current_unit_id uuid NOT NULL,
        search_text text GENERATED ALWAYS AS (thidua.search_normalize(full_name || ' ' || coalesce(civil_servant_code, ''))) STORED,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_people PRIMARY KEY (id),
        CONSTRAINT fk_people_units_current_unit_id FOREIGN KEY (current_unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE TABLE thidua.unit_ratings (
        year integer NOT NULL,
        unit_id uuid NOT NULL,
        rating character varying(16) NOT NULL,
        document_number character varying(64),
        document_date date,
        document_issuer character varying(200),
        CONSTRAINT "PK_unit_ratings" PRIMARY KEY (unit_id, year),
        CONSTRAINT fk_unit_ratings_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE TABLE thidua.award_records (
        id uuid NOT NULL,
        award_type_code character varying(64) NOT NULL,
        recipient_kind character varying(16) NOT NULL,
        person_id uuid,
        unit_id uuid NOT NULL,
        recipient_key uuid NOT NULL,
        year integer NOT NULL,
        commendation_type character varying(16) NOT NULL,
        decision_number character varying(64) NOT NULL,
        decision_date date NOT NULL,
        decision_issuer character varying(200),
        recipient_name_at_decision character varying(300) NOT NULL,
        unit_name_at_decision character varying(300) NOT NULL,
        source character varying(16) NOT NULL,
        bonus_vnd bigint,
        basis_initiative_ids uuid[] NOT NULL,
        revocation_ground character varying(32),
        revocation_decision_number character varying(64),
        revocation_decision_date date,
        revocation_decision_issuer character varying(200),
        revocation_reason character varying(2000),
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_award_records PRIMARY KEY (id),
        CONSTRAINT fk_award_records_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE RESTRICT,
        CONSTRAINT fk_award_records_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE TABLE thidua.person_disciplines (
        id uuid NOT NULL,
        kind character varying(16) NOT NULL,
        "from" date NOT NULL,
        "to" date,
        reason character varying(2000) NOT NULL,
        legal_basis_number character varying(64) NOT NULL,
        legal_basis_date date NOT NULL,
        legal_basis_issuer character varying(200),
        person_id uuid NOT NULL,
        CONSTRAINT pk_person_disciplines PRIMARY KEY (id),
        CONSTRAINT fk_person_disciplines_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE TABLE thidua.person_employments (
        id uuid NOT NULL,
        unit_id uuid NOT NULL,
        position character varying(200) NOT NULL,
        "from" date NOT NULL,
        "to" date,
        person_id uuid NOT NULL,
        CONSTRAINT pk_person_employments PRIMARY KEY (id),
        CONSTRAINT fk_person_employments_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE CASCADE,
        CONSTRAINT fk_person_employments_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE TABLE thidua.person_initiatives (
        id uuid NOT NULL,
        title character varying(500) NOT NULL,
        kind character varying(32) NOT NULL,
        year integer NOT NULL,
        scope character varying(16) NOT NULL,
        recognising_body character varying(300) NOT NULL,
        document_number character varying(64) NOT NULL,
        document_date date NOT NULL,
        document_issuer character varying(200),
        person_id uuid NOT NULL,
        CONSTRAINT pk_person_initiatives PRIMARY KEY (id),
        CONSTRAINT fk_person_initiatives_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE TABLE thidua.person_ratings (
        year integer NOT NULL,
        person_id uuid NOT NULL,
        rating character varying(16) NOT NULL,
        document_number character varying(64),
        document_date date,
        document_issuer character varying(200),
        CONSTRAINT pk_person_ratings PRIMARY KEY (person_id, year),
        CONSTRAINT fk_person_ratings_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_award_records_person_id ON thidua.award_records (person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_award_records_unit_id ON thidua.award_records (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE UNIQUE INDEX ux_award_records_recipient_type_year ON thidua.award_records (award_type_code, recipient_key, year) WHERE revocation_ground IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_people_current_unit_id ON thidua.people (current_unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_people_search_text ON thidua.people USING gin (search_text gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE UNIQUE INDEX ux_people_citizen_id ON thidua.people (citizen_id) WHERE citizen_id IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_person_disciplines_person_id ON thidua.person_disciplines (person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_person_employments_person_id ON thidua.person_employments (person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_person_employments_unit_id ON thidua.person_employments (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    CREATE INDEX ix_person_initiatives_person_id ON thidua.person_initiatives (person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123131132_AddPeopleAndAwardRecords') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123131132_AddPeopleAndAwardRecords', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    CREATE TABLE thidua.nominations (
        id uuid NOT NULL,
        proposing_unit_id uuid NOT NULL,
        year integer NOT NULL,
        commendation_type character varying(16) NOT NULL,
        title character varying(300) NOT NULL,
        campaign_id uuid,
        covenant_id uuid,
        status character varying(16) NOT NULL,
        rule_set_code character varying(32),
        submitted_at timestamp with time zone,
        return_reason character varying(2000),
        not_awarded_reason character varying(2000),
        decision_number character varying(64),
        decision_date date,
        decision_issuer character varying(200),
        decision_signer_name character varying(200),
        decision_signer_title character varying(200),
        decision_issuer_key character varying(200),
        decision_year integer,
        decision_number_key character varying(64),
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_nominations PRIMARY KEY (id),
        CONSTRAINT fk_nominations_units_proposing_unit_id FOREIGN KEY (proposing_unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    CREATE TABLE thidua.nomination_lines (
        id uuid NOT NULL,
        award_type_code character varying(64) NOT NULL,
        recipient_kind character varying(16) NOT NULL,
        person_id uuid,
        unit_id uuid NOT NULL,
        nominee_name character varying(300) NOT NULL,
        achievement_summary character varying(4000) NOT NULL,
        evidence text[] NOT NULL,
        basis_initiative_ids uuid[] NOT NULL,
        justification character varying(2000),
        eligibility jsonb,
        vote_members integer,
        vote_present integer,
        vote_yes integer,
        vote_passed boolean,
        award_id uuid,
        nomination_id uuid NOT NULL,
        CONSTRAINT pk_nomination_lines PRIMARY KEY (id),
        CONSTRAINT fk_nomination_lines_nominations_nomination_id FOREIGN KEY (nomination_id) REFERENCES thidua.nominations (id) ON DELETE CASCADE,
        CONSTRAINT fk_nomination_lines_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE RESTRICT,
        CONSTRAINT fk_nomination_lines_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    CREATE INDEX ix_nomination_lines_nomination_id ON thidua.nomination_lines (nomination_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    CREATE INDEX ix_nomination_lines_person_id ON thidua.nomination_lines (person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    CREATE INDEX ix_nomination_lines_unit_id ON thidua.nomination_lines (unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    CREATE INDEX ix_nominations_proposing_unit_id_year ON thidua.nominations (proposing_unit_id, year);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    CREATE UNIQUE INDEX ux_nominations_decision_number ON thidua.nominations (decision_issuer_key, decision_year, decision_number_key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123132302_AddNominations') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123132302_AddNominations', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123133026_AddProvinceRuleOverrides') THEN
    CREATE TABLE thidua.province_rule_overrides (
        id uuid NOT NULL,
        province character varying(100) NOT NULL,
        province_key character varying(100) NOT NULL,
        effective_from date NOT NULL,
        advanced_collective_member_share numeric(5,4) NOT NULL,
        advanced_collective_share_inclusive boolean NOT NULL,
        legal_basis_number character varying(64) NOT NULL,
        legal_basis_date date NOT NULL,
        legal_basis_issuer character varying(200),
        article character varying(200) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_province_rule_overrides PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123133026_AddProvinceRuleOverrides') THEN
    CREATE UNIQUE INDEX ux_province_rule_overrides_province_date ON thidua.province_rule_overrides (province_key, effective_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123133026_AddProvinceRuleOverrides') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123133026_AddProvinceRuleOverrides', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123152617_VoteWrittenYesAndOneOffAwards') THEN
    DROP INDEX thidua.ux_award_records_recipient_type_year;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123152617_VoteWrittenYesAndOneOffAwards') THEN
    ALTER TABLE thidua.nomination_lines ADD vote_written_yes integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123152617_VoteWrittenYesAndOneOffAwards') THEN
    UPDATE thidua.nomination_lines SET vote_written_yes = 0 WHERE vote_members IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123152617_VoteWrittenYesAndOneOffAwards') THEN
    CREATE UNIQUE INDEX ux_award_records_recipient_type_year ON thidua.award_records (award_type_code, recipient_key, year) WHERE revocation_ground IS NULL AND commendation_type NOT IN ('Sudden', 'Thematic');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261123152617_VoteWrittenYesAndOneOffAwards') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261123152617_VoteWrittenYesAndOneOffAwards', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055147_NominationLineHoldsAndBonuses') THEN
    ALTER TABLE thidua.nomination_lines ADD bonus_vnd bigint;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055147_NominationLineHoldsAndBonuses') THEN
    ALTER TABLE thidua.nomination_lines ADD hold_checked_on date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055147_NominationLineHoldsAndBonuses') THEN
    ALTER TABLE thidua.nomination_lines ADD hold_facts character varying(2000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055147_NominationLineHoldsAndBonuses') THEN
    ALTER TABLE thidua.nomination_lines ADD hold_legal_basis character varying(300);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055147_NominationLineHoldsAndBonuses') THEN
    ALTER TABLE thidua.nomination_lines ADD hold_step character varying(16);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055147_NominationLineHoldsAndBonuses') THEN
    UPDATE thidua.nomination_lines l SET bonus_vnd = a.bonus_vnd FROM thidua.award_records a WHERE a.id = l.award_id;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055147_NominationLineHoldsAndBonuses') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204055147_NominationLineHoldsAndBonuses', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055538_ClusterCampaigns') THEN
    ALTER TABLE thidua.campaigns ALTER COLUMN launching_authority_id DROP NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055538_ClusterCampaigns') THEN
    ALTER TABLE thidua.campaigns ADD cluster_year integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055538_ClusterCampaigns') THEN
    ALTER TABLE thidua.campaigns ADD launching_cluster_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055538_ClusterCampaigns') THEN
    CREATE INDEX ix_campaigns_launching_cluster_id ON thidua.campaigns (launching_cluster_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055538_ClusterCampaigns') THEN
    ALTER TABLE thidua.campaigns ADD CONSTRAINT ck_campaigns_one_launcher CHECK ((launching_authority_id IS NULL) <> (launching_cluster_id IS NULL) AND (launching_cluster_id IS NULL) = (cluster_year IS NULL));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055538_ClusterCampaigns') THEN
    ALTER TABLE thidua.campaigns ADD CONSTRAINT fk_campaigns_clusters_launching_cluster_id FOREIGN KEY (launching_cluster_id) REFERENCES thidua.clusters (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055538_ClusterCampaigns') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204055538_ClusterCampaigns', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.covenants ADD history jsonb NOT NULL DEFAULT '[]';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.covenants ADD recorded_as character varying(16);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.covenant_signatures ADD historical jsonb;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.covenant_assessments ADD history jsonb NOT NULL DEFAULT '[]';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.covenant_assessments ADD recorded_as character varying(16) NOT NULL DEFAULT 'Live';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.campaign_reports ADD history jsonb NOT NULL DEFAULT '[]';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.campaign_reports ADD recorded_as character varying(16) NOT NULL DEFAULT 'Live';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.campaign_registrations ADD history jsonb NOT NULL DEFAULT '[]';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.campaign_registrations ADD recorded_as character varying(16) NOT NULL DEFAULT 'Live';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.audit_entries ADD historical_occurred_on date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.audit_entries ADD historical_source_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.audit_entries ADD historical_source_issuer character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.audit_entries ADD historical_source_number character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    ALTER TABLE thidua.audit_entries ADD recorded_as character varying(16) NOT NULL DEFAULT 'live';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    UPDATE thidua.covenants SET recorded_as = 'Live' WHERE status <> 'Draft';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204055704_HistoricalRecordMode') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204055704_HistoricalRecordMode', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204060419_PersonLeavesPositionsRetirement') THEN
    CREATE TABLE thidua.person_leaves (
        id uuid NOT NULL,
        kind character varying(16) NOT NULL,
        "from" date NOT NULL,
        "to" date,
        document_number character varying(64) NOT NULL,
        document_date date NOT NULL,
        document_issuer character varying(200),
        person_id uuid NOT NULL,
        CONSTRAINT pk_person_leaves PRIMARY KEY (id),
        CONSTRAINT fk_person_leaves_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204060419_PersonLeavesPositionsRetirement') THEN
    CREATE TABLE thidua.person_positions (
        id uuid NOT NULL,
        title character varying(300) NOT NULL,
        level character varying(24) NOT NULL,
        "from" date NOT NULL,
        "to" date,
        appointment_number character varying(64) NOT NULL,
        appointment_date date NOT NULL,
        appointment_issuer character varying(200),
        person_id uuid NOT NULL,
        CONSTRAINT pk_person_positions PRIMARY KEY (id),
        CONSTRAINT fk_person_positions_people_person_id FOREIGN KEY (person_id) REFERENCES thidua.people (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204060419_PersonLeavesPositionsRetirement') THEN
    CREATE TABLE thidua.person_retirements (
        id uuid NOT NULL,
        kind character varying(24) NOT NULL,
        retires_on date NOT NULL,
        higher_retirement_age boolean NOT NULL,
        document_number character varying(64) NOT NULL,
        document_date date NOT NULL,
        document_issuer character varying(200),
        CONSTRAINT pk_person_retirements PRIMARY KEY (id),
        CONSTRAINT fk_person_retirements_people_id FOREIGN KEY (id) REFERENCES thidua.people (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204060419_PersonLeavesPositionsRetirement') THEN
    CREATE INDEX ix_person_leaves_person_id ON thidua.person_leaves (person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204060419_PersonLeavesPositionsRetirement') THEN
    CREATE INDEX ix_person_positions_person_id ON thidua.person_positions (person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204060419_PersonLeavesPositionsRetirement') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204060419_PersonLeavesPositionsRetirement', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    CREATE TABLE thidua.province_parameters (
        id uuid NOT NULL,
        province character varying(100) NOT NULL,
        province_key character varying(100) NOT NULL,
        effective_from date NOT NULL,
        legal_basis_number character varying(64) NOT NULL,
        legal_basis_date date NOT NULL,
        legal_basis_issuer character varying(200),
        advanced_collective_member_share numeric(5,4),
        advanced_collective_share_inclusive boolean NOT NULL,
        advanced_collective_article character varying(200),
        excellent_collective_member_share numeric(5,4),
        excellent_collective_share_inclusive boolean NOT NULL,
        excellent_collective_article character varying(200),
        award_session_attendance numeric(5,4),
        award_session_attendance_article character varying(200),
        registration_required boolean,
        registration_article character varying(200),
        provincial_flag_article character varying(200),
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_province_parameters PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    CREATE TABLE thidua.provincial_award_types (
        id uuid NOT NULL,
        code character varying(64) NOT NULL,
        name character varying(300) NOT NULL,
        recipient_kind character varying(20) NOT NULL,
        category character varying(30) NOT NULL,
        level character varying(20) NOT NULL,
        conferring_authority character varying(500) NOT NULL,
        province character varying(100) NOT NULL,
        province_key character varying(100) NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        legal_basis_number character varying(64) NOT NULL,
        legal_basis_date date NOT NULL,
        legal_basis_issuer character varying(200),
        article character varying(200) NOT NULL,
        bonus_coefficient numeric(6,2) NOT NULL,
        bonus_basis character varying(500) NOT NULL,
        vote_share numeric(5,4) NOT NULL,
        vote_of_all_members boolean NOT NULL,
        vote_basis character varying(500) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_provincial_award_types PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    INSERT INTO thidua.province_parameters
        (id, province, province_key, effective_from, legal_basis_number, legal_basis_date, legal_basis_issuer,
         advanced_collective_member_share, advanced_collective_share_inclusive, advanced_collective_article,
         excellent_collective_share_inclusive, created_at, updated_at)
    SELECT id, province, province_key, effective_from, legal_basis_number, legal_basis_date, legal_basis_issuer,
           advanced_collective_member_share, advanced_collective_share_inclusive, article,
           FALSE, created_at, updated_at
    FROM thidua.province_rule_overrides;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    DROP TABLE thidua.province_rule_overrides;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    CREATE UNIQUE INDEX ux_province_parameters_province_date ON thidua.province_parameters (province_key, effective_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    CREATE INDEX ix_provincial_award_types_province_key ON thidua.provincial_award_types (province_key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    CREATE UNIQUE INDEX ux_provincial_award_types_code ON thidua.provincial_award_types (code);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204064753_ProvinceParametersAndAwardTypes') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204064753_ProvinceParametersAndAwardTypes', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204082038_IdempotencyInCommandTransaction') THEN
    DELETE FROM thidua.idempotency_records WHERE status_code IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204082038_IdempotencyInCommandTransaction') THEN
    ALTER TABLE thidua.idempotency_records ADD command_results text[] NOT NULL DEFAULT ARRAY[]::text[];
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204082038_IdempotencyInCommandTransaction') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204082038_IdempotencyInCommandTransaction', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204084459_InitiativeSupportsAward') THEN
    ALTER TABLE thidua.person_initiatives ADD supports_award_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204084459_InitiativeSupportsAward') THEN
    UPDATE thidua.person_initiatives i
    SET supports_award_id = a.id
    FROM thidua.award_records a
    WHERE a.person_id = i.person_id
      AND a.revocation_ground IS NULL
      AND i.id = ANY(a.basis_initiative_ids);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204084459_InitiativeSupportsAward') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204084459_InitiativeSupportsAward', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    CREATE TABLE thidua.certificate_counters (
        issuer_key character varying(200) NOT NULL,
        year integer NOT NULL,
        last_gold_book_number integer NOT NULL,
        last_certificate_number integer NOT NULL,
        CONSTRAINT pk_certificate_counters PRIMARY KEY (issuer_key, year),
        CONSTRAINT ck_certificate_counters_certificate CHECK (last_certificate_number >= 0),
        CONSTRAINT ck_certificate_counters_gold_book CHECK (last_gold_book_number >= 0)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    CREATE TABLE thidua.certificates (
        id uuid NOT NULL,
        award_id uuid NOT NULL,
        issuer_key character varying(200) NOT NULL,
        year integer NOT NULL,
        gold_book_number integer NOT NULL,
        certificate_number integer NOT NULL,
        verification_token character(22) NOT NULL,
        issuer_name character varying(300) NOT NULL,
        award_type_code character varying(64) NOT NULL,
        award_name character varying(300) NOT NULL,
        award_level character varying(16) NOT NULL,
        recipient_kind character varying(16) NOT NULL,
        salutation character varying(16) NOT NULL,
        recipient_name character varying(300) NOT NULL,
        recipient_position character varying(300),
        unit_name character varying(300) NOT NULL,
        achievement_text character varying(2000) NOT NULL,
        decision_number character varying(64) NOT NULL,
        decision_date date NOT NULL,
        place character varying(300) NOT NULL,
        signer_title character varying(300) NOT NULL,
        signer_name character varying(300) NOT NULL,
        is_reissue boolean NOT NULL,
        reissue_reason character varying(1000),
        replaces_id uuid,
        superseded_by_id uuid,
        issued_at timestamp with time zone NOT NULL,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_certificates PRIMARY KEY (id),
        CONSTRAINT fk_certificates_award_records_award_id FOREIGN KEY (award_id) REFERENCES thidua.award_records (id) ON DELETE RESTRICT,
        CONSTRAINT fk_certificates_certificates_replaces_id FOREIGN KEY (replaces_id) REFERENCES thidua.certificates (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    CREATE INDEX ix_certificates_award_id ON thidua.certificates (award_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    CREATE INDEX ix_certificates_replaces_id ON thidua.certificates (replaces_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    CREATE UNIQUE INDEX ux_certificates_issuer_year_certificate_number ON thidua.certificates (issuer_key, year, certificate_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    CREATE UNIQUE INDEX ux_certificates_issuer_year_gold_book_number ON thidua.certificates (issuer_key, year, gold_book_number) WHERE NOT is_reissue;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    CREATE UNIQUE INDEX ux_certificates_verification_token ON thidua.certificates (verification_token);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113054_CertificateRegister') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204113054_CertificateRegister', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    ALTER TABLE thidua.units ADD agency_code character varying(13);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    ALTER TABLE thidua.units DROP COLUMN search_text;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    ALTER TABLE thidua.units ADD search_text text GENERATED ALWAYS AS (thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, '') || ' ' || coalesce(agency_code, ''))) STORED;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE INDEX ix_units_search_text ON thidua.units USING gin (search_text gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE TABLE thidua.documents (
        id uuid NOT NULL,
        agency_code character varying(13) NOT NULL,
        agency_name character varying(200) NOT NULL,
        number character varying(11) NOT NULL,
        notation character varying(30) NOT NULL,
        issued_on date NOT NULL,
        type character varying(32) NOT NULL,
        subject character varying(500) NOT NULL,
        signer_position character varying(100) NOT NULL,
        signer_name character varying(100) NOT NULL,
        page_count integer,
        recipients text[] NOT NULL,
        e_office_id character varying(100),
        file_name character varying(255),
        file_content_type character varying(100),
        file_size bigint,
        file_sha256 character(64),
        signatures_status character varying(32) NOT NULL,
        search_text text GENERATED ALWAYS AS (thidua.search_normalize(subject || ' ' || number || '/' || notation || ' ' || agency_name)) STORED,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_documents PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE TABLE thidua.document_files (
        document_id uuid NOT NULL,
        sha256 character(64) NOT NULL,
        content bytea NOT NULL,
        CONSTRAINT pk_document_files PRIMARY KEY (document_id),
        CONSTRAINT fk_document_files_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE TABLE thidua.document_signatures (
        id integer GENERATED BY DEFAULT AS IDENTITY,
        index integer NOT NULL,
        status character varying(40) NOT NULL,
        signer_name character varying(500),
        signer_subject character varying(500),
        issuer_subject character varying(500),
        certificate_serial_number character varying(128),
        signed_at timestamp with time zone,
        covers_whole_file boolean NOT NULL,
        integrity_valid boolean NOT NULL,
        later_signature_covers_rest boolean NOT NULL,
        chain_trusted boolean NOT NULL,
        certificate_valid_at_signing boolean NOT NULL,
        detail character varying(1000),
        verified_at timestamp with time zone NOT NULL,
        document_id uuid NOT NULL,
        CONSTRAINT pk_document_signatures PRIMARY KEY (id),
        CONSTRAINT fk_document_signatures_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE UNIQUE INDEX ux_units_agency_code ON thidua.units (agency_code);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE INDEX ix_document_signatures_document_id ON thidua.document_signatures (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE INDEX ix_documents_issued_on ON thidua.documents (issued_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE INDEX ix_documents_search_text ON thidua.documents USING gin (search_text gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    CREATE UNIQUE INDEX ux_documents_identity ON thidua.documents (agency_code, number, notation, issued_on, type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    ALTER TABLE thidua.document_files ALTER COLUMN content SET STORAGE EXTERNAL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204113612_Documents') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204113612_Documents', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE FUNCTION thidua.unit_within(unit uuid, authority uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
        WITH RECURSIVE up AS (
            SELECT id, parent_id, 1 AS depth FROM thidua.units WHERE id = unit
            UNION ALL
            SELECT u.id, u.parent_id, up.depth + 1 FROM thidua.units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64
        )
        SELECT EXISTS (SELECT 1 FROM up WHERE id = authority)
    $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE TABLE thidua.integration_events (
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        id uuid NOT NULL,
        type character varying(64) NOT NULL,
        data_version character varying(8) NOT NULL,
        subject character varying(300) NOT NULL,
        authority_unit_id uuid,
        occurred_at timestamp with time zone NOT NULL,
        recorded_at timestamp with time zone NOT NULL,
        data jsonb NOT NULL,
        CONSTRAINT pk_integration_events PRIMARY KEY (sequence)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE TABLE thidua.webhook_subscriptions (
        id uuid NOT NULL,
        url character varying(2000) NOT NULL,
        event_types text[] NOT NULL,
        authority_unit_id uuid,
        secret character varying(100) NOT NULL,
        previous_secret character varying(100),
        previous_secret_expires_at timestamp with time zone,
        created_by character varying(200) NOT NULL,
        created_at timestamp with time zone NOT NULL,
        secret_rotated_at timestamp with time zone,
        deleted_at timestamp with time zone,
        CONSTRAINT pk_webhook_subscriptions PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE TABLE thidua.webhook_deliveries (
        id uuid NOT NULL,
        subscription_id uuid NOT NULL,
        event_sequence bigint NOT NULL,
        status character varying(16) NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at timestamp with time zone NOT NULL,
        last_status_code integer,
        last_error character varying(1000),
        created_at timestamp with time zone NOT NULL,
        completed_at timestamp with time zone,
        CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
        CONSTRAINT fk_webhook_deliveries_integration_events_event_sequence FOREIGN KEY (event_sequence) REFERENCES thidua.integration_events (sequence) ON DELETE RESTRICT,
        CONSTRAINT fk_webhook_deliveries_webhook_subscriptions_subscription_id FOREIGN KEY (subscription_id) REFERENCES thidua.webhook_subscriptions (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE TABLE thidua.webhook_delivery_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY,
        delivery_id uuid NOT NULL,
        attempt integer NOT NULL,
        attempted_at timestamp with time zone NOT NULL,
        status_code integer,
        duration_ms integer NOT NULL,
        error character varying(1000),
        CONSTRAINT pk_webhook_delivery_attempts PRIMARY KEY (id),
        CONSTRAINT fk_webhook_delivery_attempts_webhook_deliveries_delivery_id FOREIGN KEY (delivery_id) REFERENCES thidua.webhook_deliveries (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE INDEX ix_integration_events_authority_unit_id_sequence ON thidua.integration_events (authority_unit_id, sequence);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE UNIQUE INDEX ix_integration_events_id ON thidua.integration_events (id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE INDEX ix_webhook_deliveries_event_sequence ON thidua.webhook_deliveries (event_sequence);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE INDEX ix_webhook_deliveries_next_attempt_at ON thidua.webhook_deliveries (next_attempt_at) WHERE status = 'pending';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE UNIQUE INDEX ix_webhook_deliveries_subscription_id_event_sequence ON thidua.webhook_deliveries (subscription_id, event_sequence);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE INDEX ix_webhook_delivery_attempts_delivery_id_attempt ON thidua.webhook_delivery_attempts (delivery_id, attempt);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    CREATE INDEX ix_webhook_subscriptions_authority_unit_id ON thidua.webhook_subscriptions (authority_unit_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204114342_IntegrationEventsAndWebhooks') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204114342_IntegrationEventsAndWebhooks', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.unit_ratings ADD document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.unit_lineage_events ADD legal_basis_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.provincial_award_types ADD legal_basis_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.province_parameters ADD legal_basis_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_retirements ADD document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_ratings ADD document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_positions ADD appointment_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_leaves ADD document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_initiatives ADD document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_disciplines ADD legal_basis_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.nominations ADD decision_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.nominations ADD submission_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.nominations ADD submission_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.nominations ADD submission_issuer character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.nominations ADD submission_number character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.clusters ADD grouping_decision_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.cluster_elections ADD document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.campaigns ADD final_review_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.award_records ADD decision_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.award_records ADD revocation_decision_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.unit_ratings AS r SET document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer)))
    WHERE r.document_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.unit_lineage_events AS r SET legal_basis_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer)))
    WHERE r.legal_basis_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.provincial_award_types AS r SET legal_basis_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer)))
    WHERE r.legal_basis_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.province_parameters AS r SET legal_basis_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer)))
    WHERE r.legal_basis_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.person_retirements AS r SET document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer)))
    WHERE r.document_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.person_ratings AS r SET document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer)))
    WHERE r.document_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.person_positions AS r SET appointment_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.appointment_number) AND d.issued_on = r.appointment_date
    AND (r.appointment_issuer IS NULL OR upper(d.agency_name) = upper(r.appointment_issuer)))
    WHERE r.appointment_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.appointment_number) AND d.issued_on = r.appointment_date
    AND (r.appointment_issuer IS NULL OR upper(d.agency_name) = upper(r.appointment_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.person_leaves AS r SET document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer)))
    WHERE r.document_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.person_initiatives AS r SET document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer)))
    WHERE r.document_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.person_disciplines AS r SET legal_basis_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer)))
    WHERE r.legal_basis_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.legal_basis_number) AND d.issued_on = r.legal_basis_date
    AND (r.legal_basis_issuer IS NULL OR upper(d.agency_name) = upper(r.legal_basis_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.nominations AS r SET decision_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.decision_number) AND d.issued_on = r.decision_date
    AND (r.decision_issuer IS NULL OR upper(d.agency_name) = upper(r.decision_issuer)))
    WHERE r.decision_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.decision_number) AND d.issued_on = r.decision_date
    AND (r.decision_issuer IS NULL OR upper(d.agency_name) = upper(r.decision_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.clusters AS r SET grouping_decision_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.grouping_decision_number) AND d.issued_on = r.grouping_decision_date
    AND (r.grouping_decision_issuer IS NULL OR upper(d.agency_name) = upper(r.grouping_decision_issuer)))
    WHERE r.grouping_decision_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.grouping_decision_number) AND d.issued_on = r.grouping_decision_date
    AND (r.grouping_decision_issuer IS NULL OR upper(d.agency_name) = upper(r.grouping_decision_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.cluster_elections AS r SET document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer)))
    WHERE r.document_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.document_number) AND d.issued_on = r.document_date
    AND (r.document_issuer IS NULL OR upper(d.agency_name) = upper(r.document_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.campaigns AS r SET final_review_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.final_review_document_number) AND d.issued_on = r.final_review_document_date
    AND (r.final_review_document_issuer IS NULL OR upper(d.agency_name) = upper(r.final_review_document_issuer)))
    WHERE r.final_review_document_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.final_review_document_number) AND d.issued_on = r.final_review_document_date
    AND (r.final_review_document_issuer IS NULL OR upper(d.agency_name) = upper(r.final_review_document_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.award_records AS r SET decision_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.decision_number) AND d.issued_on = r.decision_date
    AND (r.decision_issuer IS NULL OR upper(d.agency_name) = upper(r.decision_issuer)))
    WHERE r.decision_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.decision_number) AND d.issued_on = r.decision_date
    AND (r.decision_issuer IS NULL OR upper(d.agency_name) = upper(r.decision_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    UPDATE thidua.award_records AS r SET revocation_decision_document_id = (SELECT d.id FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.revocation_decision_number) AND d.issued_on = r.revocation_decision_date
    AND (r.revocation_decision_issuer IS NULL OR upper(d.agency_name) = upper(r.revocation_decision_issuer)))
    WHERE r.revocation_decision_number IS NOT NULL
      AND (SELECT count(*) FROM thidua.documents AS d WHERE upper(d.number || '/' || d.notation) = upper(r.revocation_decision_number) AND d.issued_on = r.revocation_decision_date
    AND (r.revocation_decision_issuer IS NULL OR upper(d.agency_name) = upper(r.revocation_decision_issuer))) = 1;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_unit_ratings_document_id ON thidua.unit_ratings (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_unit_lineage_events_legal_basis_document_id ON thidua.unit_lineage_events (legal_basis_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_provincial_award_types_legal_basis_document_id ON thidua.provincial_award_types (legal_basis_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_province_parameters_legal_basis_document_id ON thidua.province_parameters (legal_basis_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_person_retirements_document_id ON thidua.person_retirements (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_person_ratings_document_id ON thidua.person_ratings (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_person_positions_appointment_document_id ON thidua.person_positions (appointment_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_person_leaves_document_id ON thidua.person_leaves (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_person_initiatives_document_id ON thidua.person_initiatives (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_person_disciplines_legal_basis_document_id ON thidua.person_disciplines (legal_basis_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_nominations_decision_document_id ON thidua.nominations (decision_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_nominations_submission_document_id ON thidua.nominations (submission_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_clusters_grouping_decision_document_id ON thidua.clusters (grouping_decision_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_cluster_elections_document_id ON thidua.cluster_elections (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_campaigns_final_review_document_id ON thidua.campaigns (final_review_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_award_records_decision_document_id ON thidua.award_records (decision_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    CREATE INDEX ix_award_records_revocation_decision_document_id ON thidua.award_records (revocation_decision_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.award_records ADD CONSTRAINT fk_award_records_documents_decision_document_id FOREIGN KEY (decision_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.award_records ADD CONSTRAINT fk_award_records_documents_revocation_decision_document_id FOREIGN KEY (revocation_decision_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.campaigns ADD CONSTRAINT fk_campaigns_documents_final_review_document_id FOREIGN KEY (final_review_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.cluster_elections ADD CONSTRAINT fk_cluster_elections_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.clusters ADD CONSTRAINT fk_clusters_documents_grouping_decision_document_id FOREIGN KEY (grouping_decision_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.nominations ADD CONSTRAINT fk_nominations_documents_decision_document_id FOREIGN KEY (decision_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.nominations ADD CONSTRAINT fk_nominations_documents_submission_document_id FOREIGN KEY (submission_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_disciplines ADD CONSTRAINT fk_person_disciplines_documents_legal_basis_document_id FOREIGN KEY (legal_basis_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_initiatives ADD CONSTRAINT fk_person_initiatives_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_leaves ADD CONSTRAINT fk_person_leaves_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_positions ADD CONSTRAINT fk_person_positions_documents_appointment_document_id FOREIGN KEY (appointment_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_ratings ADD CONSTRAINT fk_person_ratings_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.person_retirements ADD CONSTRAINT fk_person_retirements_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.province_parameters ADD CONSTRAINT fk_province_parameters_documents_legal_basis_document_id FOREIGN KEY (legal_basis_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.provincial_award_types ADD CONSTRAINT fk_provincial_award_types_documents_legal_basis_document_id FOREIGN KEY (legal_basis_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.unit_lineage_events ADD CONSTRAINT fk_unit_lineage_events_documents_legal_basis_document_id FOREIGN KEY (legal_basis_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    ALTER TABLE thidua.unit_ratings ADD CONSTRAINT fk_unit_ratings_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143343_DocumentLinks') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204143343_DocumentLinks', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143453_WordPrefixSearchKeys') THEN
    CREATE FUNCTION thidua.search_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT btrim(regexp_replace(thidua.search_normalize(value), '[\u0001-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g')) $$;

    CREATE FUNCTION thidua.search_keys(fields text[], tie text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT DISTINCT ((CASE WHEN w.n = 1 THEN '0' ELSE '1' END)
               || left(substr(f.v, regexp_instr(f.v, '[[:alnum:]]+', 1, w.n)), 40)
               || chr(1) || coalesce(tie, '')) COLLATE "C"
        FROM unnest(fields) AS raw(value)
        CROSS JOIN LATERAL (SELECT thidua.search_fold(raw.value) AS v) AS f
        CROSS JOIN LATERAL generate_series(1, regexp_count(f.v, '[[:alnum:]]+')) AS w(n)
        WHERE raw.value IS NOT NULL
    $$;

    CREATE TABLE thidua.unit_search_keys (
        unit_id uuid NOT NULL REFERENCES thidua.units (id) ON DELETE CASCADE,
        key text COLLATE "C" NOT NULL,
        CONSTRAINT pk_unit_search_keys PRIMARY KEY (unit_id, key)
    );

    CREATE FUNCTION thidua.unit_search_keys_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            -- Two statements: the insert sees the delete (a unit's unchanged keys are deleted and re-inserted).
            DELETE FROM thidua.unit_search_keys k USING new_rows n JOIN old_rows o ON o.id = n.id
            WHERE k.unit_id = n.id
              AND (n.code, n.name, n.short_name, n.agency_code) IS DISTINCT FROM (o.code, o.name, o.short_name, o.agency_code);
            INSERT INTO thidua.unit_search_keys (unit_id, key)
            SELECT n.id, k.key FROM new_rows n JOIN old_rows o ON o.id = n.id
            CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.code, n.name, n.short_name, n.agency_code], n.code) AS k(key)
            WHERE (n.code, n.name, n.short_name, n.agency_code) IS DISTINCT FROM (o.code, o.name, o.short_name, o.agency_code);
        ELSE
            INSERT INTO thidua.unit_search_keys (unit_id, key)
            SELECT n.id, k.key FROM new_rows n
            CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.code, n.name, n.short_name, n.agency_code], n.code) AS k(key);
        END IF;
        RETURN NULL;
    END
    $$;

    CREATE TRIGGER unit_search_keys_insert AFTER INSERT ON thidua.units
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_search_keys_sync();
    CREATE TRIGGER unit_search_keys_update AFTER UPDATE ON thidua.units
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_search_keys_sync();

    INSERT INTO thidua.unit_search_keys (unit_id, key)
    SELECT u.id, k.key FROM thidua.units u
    CROSS JOIN LATERAL thidua.search_keys(ARRAY[u.code, u.name, u.short_name, u.agency_code], u.code) AS k(key);
    CREATE INDEX ix_unit_search_keys_key ON thidua.unit_search_keys (key, unit_id);

    CREATE TABLE thidua.person_search_keys (
        person_id uuid NOT NULL REFERENCES thidua.people (id) ON DELETE CASCADE,
        key text COLLATE "C" NOT NULL,
        CONSTRAINT pk_person_search_keys PRIMARY KEY (person_id, key)
    );

    CREATE FUNCTION thidua.person_search_keys_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            DELETE FROM thidua.person_search_keys k USING new_rows n JOIN old_rows o ON o.id = n.id
            WHERE k.person_id = n.id
              AND (n.full_name, n.civil_servant_code) IS DISTINCT FROM (o.full_name, o.civil_servant_code);
            INSERT INTO thidua.person_search_keys (person_id, key)
            SELECT n.id, k.key FROM new_rows n JOIN old_rows o ON o.id = n.id
            CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.full_name, n.civil_servant_code], left(thidua.search_fold(n.full_name), 60)) AS k(key)
            WHERE (n.full_name, n.civil_servant_code) IS DISTINCT FROM (o.full_name, o.civil_servant_code);
        ELSE
            INSERT INTO thidua.person_search_keys (person_id, key)
            SELECT n.id, k.key FROM new_rows n
            CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.full_name, n.civil_servant_code], left(thidua.search_fold(n.full_name), 60)) AS k(key);
        END IF;
        RETURN NULL;
    END
    $$;

    CREATE TRIGGER person_search_keys_insert AFTER INSERT ON thidua.people
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.person_search_keys_sync();
    CREATE TRIGGER person_search_keys_update AFTER UPDATE ON thidua.people
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.person_search_keys_sync();

    INSERT INTO thidua.person_search_keys (person_id, key)
    SELECT p.id, k.key FROM thidua.people p
    CROSS JOIN LATERAL thidua.search_keys(ARRAY[p.full_name, p.civil_servant_code], left(thidua.search_fold(p.full_name), 60)) AS k(key);
    CREATE INDEX ix_person_search_keys_key ON thidua.person_search_keys (key, person_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204143453_WordPrefixSearchKeys') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204143453_WordPrefixSearchKeys', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204145924_ClientWindows') THEN
    CREATE UNLOGGED TABLE thidua.client_windows (
        client_key text PRIMARY KEY,
        window_start bigint NOT NULL,
        requests integer NOT NULL,
        written_lsn pg_lsn NULL
    ) WITH (fillfactor = 70);
    CREATE INDEX ix_client_windows_window_start ON thidua.client_windows (window_start);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204145924_ClientWindows') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204145924_ClientWindows', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204150300_AwardLookupIndexes') THEN
    CREATE INDEX ix_award_records_lookup_order ON thidua.award_records (year, decision_date, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204150300_AwardLookupIndexes') THEN
    CREATE INDEX ix_award_records_award_type_lookup ON thidua.award_records (award_type_code, year, decision_date, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204150300_AwardLookupIndexes') THEN
    CREATE INDEX ix_award_records_decision_number_search ON thidua.award_records (thidua.search_normalize(decision_number));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204150300_AwardLookupIndexes') THEN
    CREATE INDEX ix_people_civil_servant_code_upper ON thidua.people (upper(civil_servant_code));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204150300_AwardLookupIndexes') THEN
    CREATE INDEX ix_people_birth_date ON thidua.people (birth_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204150300_AwardLookupIndexes') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204150300_AwardLookupIndexes', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD achievement_report_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD achievement_report_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD achievement_report_issuer character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD achievement_report_number character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD council_minutes_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD council_minutes_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD council_minutes_issuer character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD council_minutes_number character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenants ADD scoreboard_decision_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenants ADD scoreboard_decision_document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenants ADD scoreboard_decision_issuer character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenants ADD scoreboard_decision_number character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenant_signatures ADD document_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenant_signatures ADD document_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenant_signatures ADD document_issuer character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenant_signatures ADD document_number character varying(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    CREATE INDEX ix_nomination_lines_achievement_report_document_id ON thidua.nomination_lines (achievement_report_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    CREATE INDEX ix_nomination_lines_council_minutes_document_id ON thidua.nomination_lines (council_minutes_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    CREATE INDEX ix_covenants_scoreboard_decision_document_id ON thidua.covenants (scoreboard_decision_document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    CREATE INDEX ix_covenant_signatures_document_id ON thidua.covenant_signatures (document_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenant_signatures ADD CONSTRAINT fk_covenant_signatures_documents_document_id FOREIGN KEY (document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.covenants ADD CONSTRAINT fk_covenants_documents_scoreboard_decision_document_id FOREIGN KEY (scoreboard_decision_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD CONSTRAINT fk_nomination_lines_documents_achievement_report_document_id FOREIGN KEY (achievement_report_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    ALTER TABLE thidua.nomination_lines ADD CONSTRAINT fk_nomination_lines_documents_council_minutes_document_id FOREIGN KEY (council_minutes_document_id) REFERENCES thidua.documents (id) ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204153211_DocumentLinksOfCovenantsAndDossierLines') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204153211_DocumentLinksOfCovenantsAndDossierLines', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204154643_WebhookSecretsEncryptedAtRest') THEN
    ALTER TABLE thidua.webhook_subscriptions ALTER COLUMN secret TYPE character varying(256);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204154643_WebhookSecretsEncryptedAtRest') THEN
    ALTER TABLE thidua.webhook_subscriptions ALTER COLUMN previous_secret TYPE character varying(256);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204154643_WebhookSecretsEncryptedAtRest') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204154643_WebhookSecretsEncryptedAtRest', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    ALTER TABLE thidua.campaigns ADD statistics_scope character varying(32);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    ALTER TABLE thidua.award_records ADD statistics_award_method character varying(32);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    ALTER TABLE thidua.award_records ADD statistics_recipient_category character varying(32);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    CREATE TABLE thidua.statistics_apparatus_registers (
        id uuid NOT NULL,
        authority_id uuid NOT NULL,
        year integer NOT NULL,
        created_at timestamp with time zone NOT NULL,
        updated_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_statistics_apparatus_registers PRIMARY KEY (id),
        CONSTRAINT fk_statistics_apparatus_registers_units_authority_id FOREIGN KEY (authority_id) REFERENCES thidua.units (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    CREATE TABLE thidua.statistics_apparatus_staff (
        id integer GENERATED BY DEFAULT AS IDENTITY,
        reference character varying(50) NOT NULL,
        gender character varying(16) NOT NULL,
        birth_year integer NOT NULL,
        education character varying(16) NOT NULL,
        first_year_in_field integer NOT NULL,
        staffing character varying(16) NOT NULL,
        register_id uuid NOT NULL,
        CONSTRAINT pk_statistics_apparatus_staff PRIMARY KEY (id),
        CONSTRAINT fk_statistics_apparatus_staff_statistics_apparatus_registers_r FOREIGN KEY (register_id) REFERENCES thidua.statistics_apparatus_registers (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    CREATE TABLE thidua.statistics_apparatus_units (
        id integer GENERATED BY DEFAULT AS IDENTITY,
        reference character varying(50) NOT NULL,
        name character varying(300) NOT NULL,
        level character varying(32) NOT NULL,
        staffing character varying(16) NOT NULL,
        register_id uuid NOT NULL,
        CONSTRAINT pk_statistics_apparatus_units PRIMARY KEY (id),
        CONSTRAINT fk_statistics_apparatus_units_statistics_apparatus_registers_r FOREIGN KEY (register_id) REFERENCES thidua.statistics_apparatus_registers (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    CREATE UNIQUE INDEX ix_statistics_apparatus_registers_authority_id_year ON thidua.statistics_apparatus_registers (authority_id, year);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    CREATE INDEX ix_statistics_apparatus_staff_register_id ON thidua.statistics_apparatus_staff (register_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    CREATE INDEX ix_statistics_apparatus_units_register_id ON thidua.statistics_apparatus_units (register_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204174227_StatisticalReportForms') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204174227_StatisticalReportForms', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204180324_Imports') THEN
    CREATE TABLE thidua.imports (
        id uuid NOT NULL,
        file_name character varying(255) NOT NULL,
        sha256 character varying(64) NOT NULL,
        total_rows integer NOT NULL,
        status character varying(16) NOT NULL,
        created_by character varying(200) NOT NULL,
        created_by_name character varying(200),
        created_by_unit_id uuid,
        created_by_roles text[] NOT NULL,
        created_at timestamp with time zone NOT NULL,
        started_at timestamp with time zone,
        finished_at timestamp with time zone,
        lease_until timestamp with time zone,
        attempts integer NOT NULL,
        rows_read integer NOT NULL,
        rows_valid integer NOT NULL,
        rows_written integer NOT NULL,
        rows_matched integer NOT NULL,
        error_count integer NOT NULL,
        failure_code character varying(64),
        failure_message_vi character varying(1000),
        failure_message_en character varying(1000),
        CONSTRAINT pk_imports PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204180324_Imports') THEN
    CREATE TABLE thidua.import_errors (
        import_id uuid NOT NULL,
        ordinal integer NOT NULL,
        sheet character varying(64) NOT NULL,
        row_number integer NOT NULL,
        column_letter character varying(8) NOT NULL,
        header character varying(100) NOT NULL,
        code character varying(64) NOT NULL,
        message_vi character varying(1000) NOT NULL,
        message_en character varying(1000) NOT NULL,
        CONSTRAINT pk_import_errors PRIMARY KEY (import_id, ordinal),
        CONSTRAINT fk_import_errors_imports_import_id FOREIGN KEY (import_id) REFERENCES thidua.imports (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204180324_Imports') THEN
    CREATE TABLE thidua.import_files (
        import_id uuid NOT NULL,
        content bytea NOT NULL,
        CONSTRAINT pk_import_files PRIMARY KEY (import_id),
        CONSTRAINT fk_import_files_imports_import_id FOREIGN KEY (import_id) REFERENCES thidua.imports (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204180324_Imports') THEN
    CREATE INDEX ix_people_civil_servant_code ON thidua.people (civil_servant_code) WHERE civil_servant_code IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204180324_Imports') THEN
    CREATE INDEX ix_imports_created_at ON thidua.imports (created_at) WHERE status IN ('queued', 'running');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204180324_Imports') THEN
    CREATE UNIQUE INDEX ix_imports_created_by_sha256 ON thidua.imports (created_by, sha256) WHERE status <> 'failed';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204180324_Imports') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204180324_Imports', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204210508_ClientWindowLeases') THEN
    ALTER TABLE thidua.client_windows ADD COLUMN granted integer NOT NULL DEFAULT 0;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204210508_ClientWindowLeases') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204210508_ClientWindowLeases', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204234720_SearchKeysSinglePass') THEN
    CREATE OR REPLACE FUNCTION thidua.search_keys(fields text[], tie text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT DISTINCT ((CASE WHEN w.n = 1 THEN '0' ELSE '1' END)
               || left(substr(f.v, w.start::integer), 40)
               || chr(1) || coalesce(tie, '')) COLLATE "C"
        FROM unnest(fields) AS raw(value)
        CROSS JOIN LATERAL (SELECT thidua.search_fold(raw.value) AS v OFFSET 0) AS f
        CROSS JOIN LATERAL (
            SELECT m.n,
                   1 + coalesce(sum(length(m.piece[1]) + length(m.piece[2])) OVER (ORDER BY m.n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                     + length(m.piece[1]) AS start
            FROM regexp_matches(f.v, '([^[:alnum:]]*)([[:alnum:]]+)', 'g') WITH ORDINALITY AS m(piece, n)) AS w
        WHERE raw.value IS NOT NULL
    $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261204234720_SearchKeysSinglePass') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261204234720_SearchKeysSinglePass', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261205023653_NominationLineNumbers') THEN
    ALTER TABLE thidua.nomination_lines ADD number integer NOT NULL DEFAULT 0;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261205023653_NominationLineNumbers') THEN
    UPDATE thidua.nomination_lines l
       SET number = n.number
      FROM (SELECT id, row_number() OVER (PARTITION BY nomination_id ORDER BY id) AS number
              FROM thidua.nomination_lines) n
     WHERE l.id = n.id;
    ALTER TABLE thidua.nomination_lines ALTER COLUMN number DROP DEFAULT;
    ALTER TABLE thidua.nomination_lines ADD CONSTRAINT uq_nomination_lines_number
        UNIQUE (nomination_id, number) DEFERRABLE INITIALLY DEFERRED;
    ALTER TABLE thidua.nomination_lines ADD CONSTRAINT ck_nomination_lines_number_positive CHECK (number > 0);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261205023653_NominationLineNumbers') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261205023653_NominationLineNumbers', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261205075910_UnitDocuments') THEN
    CREATE TABLE thidua.unit_documents (
        unit_id uuid NOT NULL,
        version bigint NOT NULL,
        document text NOT NULL,
        CONSTRAINT pk_unit_documents PRIMARY KEY (unit_id),
        CONSTRAINT fk_unit_documents_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE CASCADE
    );

    CREATE FUNCTION thidua.json_enum_name(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(left(value, 1)) || substr(value, 2) $$;

    CREATE FUNCTION thidua.refresh_unit_documents(ids uuid[]) RETURNS void
    LANGUAGE plpgsql SET timezone = 'UTC'
    AS $$
    BEGIN
        IF cardinality(ids) = 0 THEN
            RETURN;
        END IF;

        PERFORM 1 FROM thidua.unit_documents d WHERE d.unit_id = ANY (ids) ORDER BY d.unit_id FOR UPDATE;

        INSERT INTO thidua.unit_documents AS d (unit_id, version, document)
        SELECT u.id, u.xmin::text::bigint, row_to_json(doc)::text
        FROM thidua.units u
        LEFT JOIN thidua.units p ON p.id = u.parent_id
        LEFT JOIN thidua.units s ON s.id = u.successor_id
        CROSS JOIN LATERAL (
            SELECT u.id, u.code, u.agency_code AS "agencyCode", u.name, u.short_name AS "shortName",
                   thidua.json_enum_name(u.kind) AS kind,
                   (SELECT row_to_json(r) FROM (SELECT p.id, p.code, p.name, thidua.json_enum_name(p.status) AS status) r WHERE p.id IS NOT NULL) AS parent,
                   u.province, thidua.json_enum_name(u.status) AS status, u.valid_from AS "validFrom", u.valid_to AS "validTo",
                   (SELECT row_to_json(r) FROM (SELECT s.id, s.code, s.name, thidua.json_enum_name(s.status) AS status) r WHERE s.id IS NOT NULL) AS successor,
                   coalesce((SELECT ('[' || string_agg(row_to_json(r)::text, ',' ORDER BY r.code, r.id) || ']')::json
                             FROM (SELECT x.id, x.code, x.name, thidua.json_enum_name(x.status) AS status
                                   FROM thidua.units x WHERE x.successor_id = u.id) r), '[]'::json) AS predecessors,
                   coalesce((SELECT ('[' || string_agg(row_to_json(r)::text, ',' ORDER BY r."effectiveOn", r."recordedAt", r.id) || ']')::json
                             FROM (SELECT e.id, thidua.json_enum_name(e.type) AS type, e.effective_on AS "effectiveOn",
                                          (SELECT row_to_json(b) FROM (SELECT e.legal_basis_number AS number, e.legal_basis_date AS date,
                                                  e.legal_basis_issuer AS issuer, e.legal_basis_document_id AS "documentId") b) AS "legalBasis",
                                          e.previous_name AS "previousName", e.new_name AS "newName",
                                          e.previous_parent_id AS "previousParentId", e.new_parent_id AS "newParentId",
                                          e.successor_id AS "successorId", e.note, e.recorded_at AS "recordedAt"
                                   FROM thidua.unit_lineage_events e WHERE e.unit_id = u.id) r), '[]'::json) AS "lineageEvents",
                   u.created_at AS "createdAt", u.updated_at AS "updatedAt", u.xmin::text::bigint AS version
        ) doc
        WHERE u.id = ANY (ids)
        ON CONFLICT (unit_id) DO UPDATE SET version = excluded.version, document = excluded.document;
    END
    $$;

    CREATE FUNCTION thidua.unit_documents_after_units_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM thidua.refresh_unit_documents(ARRAY(
            SELECT n.id FROM new_rows n
            UNION SELECT n.successor_id FROM new_rows n WHERE n.successor_id IS NOT NULL));
        RETURN NULL;
    END
    $$;

    CREATE FUNCTION thidua.unit_documents_after_units_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM thidua.refresh_unit_documents(ARRAY(
            SELECT n.id FROM new_rows n
            UNION SELECT n.successor_id FROM new_rows n WHERE n.successor_id IS NOT NULL
            UNION SELECT o.successor_id FROM old_rows o WHERE o.successor_id IS NOT NULL
            UNION SELECT x.id
                  FROM new_rows n JOIN old_rows o ON o.id = n.id
                  JOIN thidua.units x ON x.parent_id = n.id OR x.successor_id = n.id
                  WHERE (o.code, o.name, o.status) IS DISTINCT FROM (n.code, n.name, n.status)));
        RETURN NULL;
    END
    $$;

    CREATE FUNCTION thidua.unit_documents_after_units_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM thidua.refresh_unit_documents(ARRAY(
            SELECT o.successor_id FROM old_rows o WHERE o.successor_id IS NOT NULL
            UNION SELECT x.id FROM old_rows o JOIN thidua.units x ON x.parent_id = o.id OR x.successor_id = o.id));
        RETURN NULL;
    END
    $$;

    CREATE FUNCTION thidua.unit_documents_after_lineage_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            PERFORM thidua.refresh_unit_documents(ARRAY(SELECT DISTINCT n.unit_id FROM new_rows n));
        ELSIF TG_OP = 'UPDATE' THEN
            PERFORM thidua.refresh_unit_documents(ARRAY(SELECT n.unit_id FROM new_rows n UNION SELECT o.unit_id FROM old_rows o));
        ELSE
            PERFORM thidua.refresh_unit_documents(ARRAY(SELECT DISTINCT o.unit_id FROM old_rows o));
        END IF;
        RETURN NULL;
    END
    $$;

    CREATE TRIGGER unit_documents_insert AFTER INSERT ON thidua.units
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_units_insert();
    CREATE TRIGGER unit_documents_update AFTER UPDATE ON thidua.units
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_units_update();
    CREATE TRIGGER unit_documents_delete AFTER DELETE ON thidua.units
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_units_delete();
    CREATE TRIGGER unit_documents_lineage_insert AFTER INSERT ON thidua.unit_lineage_events
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_lineage_change();
    CREATE TRIGGER unit_documents_lineage_update AFTER UPDATE ON thidua.unit_lineage_events
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_lineage_change();
    CREATE TRIGGER unit_documents_lineage_delete AFTER DELETE ON thidua.unit_lineage_events
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_lineage_change();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261205075910_UnitDocuments') THEN
    SELECT thidua.refresh_unit_documents(ARRAY(SELECT id FROM thidua.units));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM thidua."__EFMigrationsHistory" WHERE "migration_id" = '20261205075910_UnitDocuments') THEN
    INSERT INTO thidua."__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261205075910_UnitDocuments', '10.0.15');
    END IF;
END $EF$;
COMMIT;

