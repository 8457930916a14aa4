-- Kempen Desktop: what migrations 0001..0017 leave in a new SQLite database, so a
-- new file is made in one step (kempen_desktop/db/fresh_schema.py). Do not edit: write
-- it again with `python -m kempen_desktop.db.schema_snapshot` after changing a migration.
-- revision: 0017
-- migrations: bf5b0f2f6fb02718ca4329028ee940665ade3536fd4cbf0f2a0a7762a49b1edf

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE app_meta (
	"key" VARCHAR(40) NOT NULL, 
	value VARCHAR(400) NOT NULL, 
	CONSTRAINT pk_app_meta PRIMARY KEY ("key")
);

CREATE TABLE audit_entry (
	at DATETIME NOT NULL, 
	user VARCHAR(100) NOT NULL, 
	action VARCHAR(60) NOT NULL, 
	entity VARCHAR(40) NOT NULL, 
	entity_id VARCHAR(36) NOT NULL, 
	detail VARCHAR(400) NOT NULL, 
	id CHAR(32) NOT NULL, 
	CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);

CREATE INDEX ix_audit_entry_at ON audit_entry (at);

CREATE TABLE closing_reason (
	code VARCHAR(40) NOT NULL, 
	label VARCHAR(120) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	description VARCHAR(400) NOT NULL, 
	active BOOLEAN NOT NULL, label_en VARCHAR(120) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_closing_reason PRIMARY KEY (code)
);

CREATE TABLE contract_type (
	code VARCHAR(40) NOT NULL, 
	label VARCHAR(120) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	description VARCHAR(400) NOT NULL, 
	active BOOLEAN NOT NULL, label_en VARCHAR(120) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_contract_type PRIMARY KEY (code)
);

CREATE TABLE dossier_status (
	code VARCHAR(40) NOT NULL, 
	label VARCHAR(120) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	description VARCHAR(400) NOT NULL, 
	active BOOLEAN NOT NULL, label_en VARCHAR(120) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_dossier_status PRIMARY KEY (code)
);

CREATE TABLE import_batch (
	source VARCHAR(40) NOT NULL, 
	file_name VARCHAR(260) NOT NULL, 
	file_sha256 VARCHAR(64) NOT NULL, 
	imported_at DATETIME NOT NULL, 
	rows_total INTEGER NOT NULL, 
	rows_new INTEGER NOT NULL, 
	rows_changed INTEGER NOT NULL, 
	rows_unchanged INTEGER NOT NULL, 
	rows_rejected INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	undone_at DATETIME, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, profile_name VARCHAR(100) DEFAULT '' NOT NULL, mode VARCHAR(20) DEFAULT 'fill' NOT NULL, rows_review INTEGER DEFAULT '0' NOT NULL, rows_differs INTEGER DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_import_batch PRIMARY KEY (id)
);

CREATE TABLE meeting_type (
	code VARCHAR(40) NOT NULL, 
	label VARCHAR(120) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	description VARCHAR(400) NOT NULL, 
	active BOOLEAN NOT NULL, label_en VARCHAR(120) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_meeting_type PRIMARY KEY (code)
);

CREATE TABLE municipality (
	nis_code VARCHAR(5) NOT NULL, 
	name VARCHAR(80) NOT NULL, 
	arrondissement VARCHAR(80) NOT NULL, 
	province VARCHAR(80) NOT NULL, 
	postcodes VARCHAR(200) NOT NULL, 
	valid_from DATE NOT NULL, 
	valid_until DATE, 
	successor_nis_code VARCHAR(5), 
	CONSTRAINT pk_municipality PRIMARY KEY (nis_code)
);

CREATE INDEX ix_municipality_name ON municipality (name);

CREATE TABLE partner_type (
	code VARCHAR(40) NOT NULL, 
	label VARCHAR(120) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	description VARCHAR(400) NOT NULL, 
	active BOOLEAN NOT NULL, label_en VARCHAR(120) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_partner_type PRIMARY KEY (code)
);

CREATE TABLE policy_action (
	code VARCHAR(30) NOT NULL, 
	short_description VARCHAR(100) NOT NULL, 
	long_description VARCHAR(4000) NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	starts_on DATE, 
	ends_on DATE, 
	priority BOOLEAN NOT NULL, 
	wse_code VARCHAR(10), 
	report_text TEXT NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, parent_id CHAR(32) CONSTRAINT fk_policy_action_parent_id_policy_action REFERENCES policy_action (id) ON DELETE SET NULL, level VARCHAR(20) DEFAULT 'actie' NOT NULL, responsible VARCHAR(200) DEFAULT '' NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_policy_action PRIMARY KEY (id)
);

CREATE INDEX ix_policy_action_code ON policy_action (code);

CREATE TABLE target_group (
	code VARCHAR(40) NOT NULL, 
	label VARCHAR(120) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	description VARCHAR(400) NOT NULL, 
	active BOOLEAN NOT NULL, label_en VARCHAR(120) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_target_group PRIMARY KEY (code)
);

CREATE TABLE event (
	kind VARCHAR(20) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	held_on DATE NOT NULL, 
	location VARCHAR(200) NOT NULL, 
	policy_action_id CHAR(32), 
	participant_count INTEGER, 
	results TEXT NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, ends_on DATE, target_groups VARCHAR(400) DEFAULT '' NOT NULL, contacts INTEGER, interviews INTEGER, other_hires INTEGER, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_event PRIMARY KEY (id), 
	CONSTRAINT fk_event_policy_action_id_policy_action FOREIGN KEY(policy_action_id) REFERENCES policy_action (id) ON DELETE SET NULL
);

CREATE INDEX ix_event_held_on ON event (held_on);

CREATE TABLE meeting_series (
	title VARCHAR(200) NOT NULL, 
	meeting_type_code VARCHAR(40) NOT NULL, 
	interval_months INTEGER NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_meeting_series PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_series_meeting_type_code_meeting_type FOREIGN KEY(meeting_type_code) REFERENCES meeting_type (code)
);

CREATE TABLE partner (
	name VARCHAR(200) NOT NULL, 
	partner_type_code VARCHAR(40) NOT NULL, 
	kbo_number VARCHAR(10), 
	municipality_nis VARCHAR(5), 
	sector VARCHAR(120) NOT NULL, 
	street VARCHAR(200) NOT NULL, 
	postcode VARCHAR(10) NOT NULL, 
	website VARCHAR(200) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	role VARCHAR(200) NOT NULL, 
	inclusive_since DATE, 
	inclusive_as VARCHAR(20), 
	inclusive_evidence TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	active BOOLEAN NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, shared_fields TEXT DEFAULT '' NOT NULL, network_since DATE, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_partner PRIMARY KEY (id), 
	CONSTRAINT fk_partner_municipality_nis_municipality FOREIGN KEY(municipality_nis) REFERENCES municipality (nis_code), 
	CONSTRAINT fk_partner_partner_type_code_partner_type FOREIGN KEY(partner_type_code) REFERENCES partner_type (code)
);

CREATE INDEX ix_partner_kbo_number ON partner (kbo_number);

CREATE INDEX ix_partner_name ON partner (name);

CREATE INDEX ix_partner_partner_type_code ON partner (partner_type_code);

CREATE TABLE person (
	last_name VARCHAR(100) COLLATE "NOCASE" NOT NULL, 
	first_name VARCHAR(100) COLLATE "NOCASE" NOT NULL, 
	insz VARCHAR(11), 
	vdab_number VARCHAR(20), 
	birth_date DATE, 
	sex VARCHAR(1), 
	street VARCHAR(200) NOT NULL, 
	postcode VARCHAR(10) NOT NULL, 
	municipality_nis VARCHAR(5), 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	language VARCHAR(40) NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, anonymised_on DATE, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_person PRIMARY KEY (id), 
	CONSTRAINT fk_person_municipality_nis_municipality FOREIGN KEY(municipality_nis) REFERENCES municipality (nis_code), 
	CONSTRAINT uq_person_insz UNIQUE (insz)
);

CREATE INDEX ix_person_name ON person (last_name, first_name);

CREATE INDEX ix_person_vdab_number ON person (vdab_number);

CREATE TABLE contact_person (
	partner_id CHAR(32) NOT NULL, 
	first_name VARCHAR(100) NOT NULL, 
	last_name VARCHAR(100) NOT NULL, 
	function VARCHAR(120) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	active BOOLEAN NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_contact_person PRIMARY KEY (id), 
	CONSTRAINT fk_contact_person_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_contact_person_partner_id ON contact_person (partner_id);

CREATE TABLE cooperation_entry (
	partner_id CHAR(32) NOT NULL, 
	occurred_on DATE NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	description TEXT NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_cooperation_entry PRIMARY KEY (id), 
	CONSTRAINT fk_cooperation_entry_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE INDEX ix_cooperation_entry_partner_id ON cooperation_entry (partner_id);

CREATE TABLE event_partner (
	event_id CHAR(32) NOT NULL, 
	partner_id CHAR(32) NOT NULL, 
	CONSTRAINT pk_event_partner PRIMARY KEY (event_id, partner_id), 
	CONSTRAINT fk_event_partner_event_id_event FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE, 
	CONSTRAINT fk_event_partner_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE TABLE meeting (
	meeting_type_code VARCHAR(40) NOT NULL, 
	series_id CHAR(32), 
	title VARCHAR(200) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME, 
	location VARCHAR(200) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	cancel_reason TEXT NOT NULL, 
	minutes TEXT NOT NULL, 
	minutes_sent_on DATE, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, organiser VARCHAR(200) DEFAULT '' NOT NULL, moved_from_id CHAR(32), version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_meeting PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_meeting_type_code_meeting_type FOREIGN KEY(meeting_type_code) REFERENCES meeting_type (code), 
	CONSTRAINT fk_meeting_series_id_meeting_series FOREIGN KEY(series_id) REFERENCES meeting_series (id) ON DELETE SET NULL
);

CREATE INDEX ix_meeting_meeting_type_code ON meeting (meeting_type_code);

CREATE INDEX ix_meeting_starts_at ON meeting (starts_at);

CREATE TABLE dossier (
	num INTEGER NOT NULL, 
	person_id CHAR(32) NOT NULL, 
	status_code VARCHAR(40) NOT NULL, 
	status_since DATE NOT NULL, 
	opened_on DATE NOT NULL, 
	closed_on DATE, 
	closing_reason_code VARCHAR(40), 
	responsible_partner_id CHAR(32), 
	counsellor_id CHAR(32), 
	follow_up_on DATE, 
	job_seeker_since DATE, 
	situation TEXT NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, list_last_name VARCHAR(100) COLLATE NOCASE NOT NULL DEFAULT '', list_first_name VARCHAR(100) COLLATE NOCASE NOT NULL DEFAULT '', list_place VARCHAR(80) NOT NULL DEFAULT '', list_groups VARCHAR(400) NOT NULL DEFAULT '', list_counsellor VARCHAR(200) COLLATE NOCASE NOT NULL DEFAULT '', list_status_rank INTEGER NOT NULL DEFAULT 0, list_follow_up VARCHAR(10) NOT NULL DEFAULT '9999-12-31', discuss BOOLEAN DEFAULT '0' NOT NULL, anonymised_on DATE, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_dossier PRIMARY KEY (id), 
	CONSTRAINT fk_dossier_closing_reason_code_closing_reason FOREIGN KEY(closing_reason_code) REFERENCES closing_reason (code), 
	CONSTRAINT fk_dossier_counsellor_id_contact_person FOREIGN KEY(counsellor_id) REFERENCES contact_person (id), 
	CONSTRAINT fk_dossier_person_id_person FOREIGN KEY(person_id) REFERENCES person (id), 
	CONSTRAINT fk_dossier_responsible_partner_id_partner FOREIGN KEY(responsible_partner_id) REFERENCES partner (id), 
	CONSTRAINT fk_dossier_status_code_dossier_status FOREIGN KEY(status_code) REFERENCES dossier_status (code), 
	CONSTRAINT uq_dossier_num UNIQUE (num)
);

CREATE INDEX ix_dossier_counsellor_id ON dossier (counsellor_id);

CREATE INDEX ix_dossier_follow_up_on ON dossier (follow_up_on);

CREATE INDEX ix_dossier_person_id ON dossier (person_id);

CREATE INDEX ix_dossier_responsible_partner_id ON dossier (responsible_partner_id);

CREATE INDEX ix_dossier_status_code ON dossier (status_code);

CREATE TABLE meeting_participant (
	meeting_id CHAR(32) NOT NULL, 
	partner_id CHAR(32), 
	contact_person_id CHAR(32), 
	name VARCHAR(200) NOT NULL, 
	attendance VARCHAR(20) NOT NULL, 
	id CHAR(32) NOT NULL, 
	CONSTRAINT pk_meeting_participant PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_participant_contact_person_id_contact_person FOREIGN KEY(contact_person_id) REFERENCES contact_person (id), 
	CONSTRAINT fk_meeting_participant_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	CONSTRAINT fk_meeting_participant_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id)
);

CREATE INDEX ix_meeting_participant_meeting_id ON meeting_participant (meeting_id);

CREATE TABLE agenda_item (
	meeting_id CHAR(32) NOT NULL, 
	position INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	dossier_id CHAR(32), 
	discussion TEXT NOT NULL, 
	agreements TEXT NOT NULL, 
	id CHAR(32) NOT NULL, suggested_by VARCHAR(40) DEFAULT '' NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_agenda_item PRIMARY KEY (id), 
	CONSTRAINT fk_agenda_item_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_agenda_item_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

CREATE INDEX ix_agenda_item_dossier_id ON agenda_item (dossier_id);

CREATE INDEX ix_agenda_item_meeting_id ON agenda_item (meeting_id);

CREATE TABLE consent (
	dossier_id CHAR(32) NOT NULL, 
	partner_id CHAR(32), 
	purpose VARCHAR(200) NOT NULL, 
	given_on DATE NOT NULL, 
	method VARCHAR(40) NOT NULL, 
	valid_until DATE, 
	withdrawn_on DATE, 
	note TEXT NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_consent PRIMARY KEY (id), 
	CONSTRAINT fk_consent_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_consent_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id)
);

CREATE INDEX ix_consent_dossier_id ON consent (dossier_id);

CREATE TABLE dossier_target_group (
	dossier_id CHAR(32) NOT NULL, 
	target_group_code VARCHAR(40) NOT NULL, 
	CONSTRAINT pk_dossier_target_group PRIMARY KEY (dossier_id, target_group_code), 
	CONSTRAINT fk_dossier_target_group_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_dossier_target_group_target_group_code_target_group FOREIGN KEY(target_group_code) REFERENCES target_group (code)
);

CREATE INDEX ix_dossier_target_group_target_group_code ON dossier_target_group (target_group_code);

CREATE TABLE status_change (
	dossier_id CHAR(32) NOT NULL, 
	from_code VARCHAR(40), 
	to_code VARCHAR(40) NOT NULL, 
	effective_on DATE NOT NULL, 
	closing_reason_code VARCHAR(40), 
	note TEXT NOT NULL, 
	changed_at DATETIME NOT NULL, 
	id CHAR(32) NOT NULL, 
	CONSTRAINT pk_status_change PRIMARY KEY (id), 
	CONSTRAINT fk_status_change_closing_reason_code_closing_reason FOREIGN KEY(closing_reason_code) REFERENCES closing_reason (code), 
	CONSTRAINT fk_status_change_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_status_change_from_code_dossier_status FOREIGN KEY(from_code) REFERENCES dossier_status (code), 
	CONSTRAINT fk_status_change_to_code_dossier_status FOREIGN KEY(to_code) REFERENCES dossier_status (code)
);

CREATE INDEX ix_status_change_dossier_id ON status_change (dossier_id);

CREATE TABLE timeline_entry (
	dossier_id CHAR(32) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	occurred_at DATETIME NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	body TEXT NOT NULL, 
	author VARCHAR(100) NOT NULL, 
	partner_id CHAR(32), 
	meeting_id CHAR(32), 
	import_batch_id CHAR(32), 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_timeline_entry PRIMARY KEY (id), 
	CONSTRAINT fk_timeline_entry_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_timeline_entry_import_batch_id_import_batch FOREIGN KEY(import_batch_id) REFERENCES import_batch (id) ON DELETE SET NULL, 
	CONSTRAINT fk_timeline_entry_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE SET NULL, 
	CONSTRAINT fk_timeline_entry_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id)
);

CREATE INDEX ix_timeline_entry_dossier ON timeline_entry (dossier_id, occurred_at);

CREATE TABLE work_exit (
	dossier_id CHAR(32) NOT NULL, 
	employer_partner_id CHAR(32), 
	employer_name VARCHAR(200) NOT NULL, 
	sector VARCHAR(120) NOT NULL, 
	contract_type_code VARCHAR(40), 
	started_on DATE NOT NULL, 
	hours_per_week DOUBLE, 
	followup_6m_on DATE, 
	still_working_6m BOOLEAN, 
	followup_12m_on DATE, 
	still_working_12m BOOLEAN, 
	note TEXT NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_work_exit PRIMARY KEY (id), 
	CONSTRAINT fk_work_exit_contract_type_code_contract_type FOREIGN KEY(contract_type_code) REFERENCES contract_type (code), 
	CONSTRAINT fk_work_exit_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_work_exit_employer_partner_id_partner FOREIGN KEY(employer_partner_id) REFERENCES partner (id)
);

CREATE INDEX ix_work_exit_dossier_id ON work_exit (dossier_id);

CREATE TABLE action_point (
	meeting_id CHAR(32), 
	agenda_item_id CHAR(32), 
	dossier_id CHAR(32), 
	description TEXT NOT NULL, 
	owner_partner_id CHAR(32), 
	owner_contact_id CHAR(32), 
	owner_is_regisseur BOOLEAN NOT NULL, 
	deadline DATE, 
	status VARCHAR(20) NOT NULL, 
	completed_on DATE, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_action_point PRIMARY KEY (id), 
	CONSTRAINT fk_action_point_agenda_item_id_agenda_item FOREIGN KEY(agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL, 
	CONSTRAINT fk_action_point_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_action_point_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	CONSTRAINT fk_action_point_owner_contact_id_contact_person FOREIGN KEY(owner_contact_id) REFERENCES contact_person (id), 
	CONSTRAINT fk_action_point_owner_partner_id_partner FOREIGN KEY(owner_partner_id) REFERENCES partner (id)
);

CREATE INDEX ix_action_point_deadline ON action_point (deadline);

CREATE INDEX ix_action_point_dossier_id ON action_point (dossier_id);

CREATE INDEX ix_action_point_meeting_id ON action_point (meeting_id);

CREATE INDEX ix_person_municipality_nis ON person (municipality_nis);

CREATE INDEX ix_person_birth_date ON person (birth_date);

CREATE TABLE import_profile (
	name VARCHAR(100) NOT NULL, 
	source VARCHAR(40) NOT NULL, 
	toml TEXT NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_import_profile PRIMARY KEY (id), 
	CONSTRAINT uq_import_profile_name UNIQUE (name)
);

CREATE TABLE import_change (
	batch_id CHAR(32) NOT NULL, 
	dossier_id CHAR(32), 
	person_id CHAR(32), 
	action VARCHAR(10) NOT NULL, 
	before_json TEXT NOT NULL, 
	after_json TEXT NOT NULL, 
	stamp_after DATETIME, 
	id CHAR(32) NOT NULL, 
	CONSTRAINT pk_import_change PRIMARY KEY (id), 
	CONSTRAINT fk_import_change_batch_id_import_batch FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);

CREATE INDEX ix_import_change_batch_id ON import_change (batch_id);

CREATE INDEX ix_timeline_entry_import_batch_id ON timeline_entry (import_batch_id);

CREATE TABLE partner_engagement (
	partner_id CHAR(32) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	role VARCHAR(20), 
	engaged_as VARCHAR(20), 
	forms VARCHAR(200) DEFAULT '' NOT NULL, 
	started_on DATE NOT NULL, 
	ended_on DATE, 
	evidence TEXT DEFAULT '' NOT NULL, 
	work_exit_id CHAR(32), 
	event_id CHAR(32), 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_partner_engagement PRIMARY KEY (id), 
	CONSTRAINT fk_partner_engagement_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE, 
	CONSTRAINT fk_partner_engagement_work_exit_id_work_exit FOREIGN KEY(work_exit_id) REFERENCES work_exit (id) ON DELETE SET NULL, 
	CONSTRAINT fk_partner_engagement_event_id_event FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE SET NULL
);

CREATE INDEX ix_partner_engagement_partner_id ON partner_engagement (partner_id);

CREATE TABLE period_report_text (
	period_start DATE NOT NULL, 
	period_end DATE NOT NULL, 
	wse_code VARCHAR(10) NOT NULL, 
	text TEXT DEFAULT '' NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_period_report_text PRIMARY KEY (id), 
	CONSTRAINT uq_period_report_text_period UNIQUE (period_start, period_end, wse_code)
);

CREATE INDEX ix_audit_entry_record ON audit_entry (entity, entity_id);

CREATE TABLE counter (
	name VARCHAR(40) NOT NULL, 
	value INTEGER DEFAULT '0' NOT NULL, 
	CONSTRAINT pk_counter PRIMARY KEY (name)
);

CREATE TRIGGER counter_dossier_num AFTER INSERT ON dossier BEGIN UPDATE counter SET value = NEW.num WHERE name = 'dossier.num' AND value < NEW.num; END;

CREATE TABLE meeting_template_item (
	meeting_type_code VARCHAR(40) NOT NULL, 
	position INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	id CHAR(32) NOT NULL, 
	CONSTRAINT pk_meeting_template_item PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_template_item_meeting_type_code_meeting_type FOREIGN KEY(meeting_type_code) REFERENCES meeting_type (code) ON DELETE CASCADE
);

CREATE INDEX ix_meeting_template_item_meeting_type_code ON meeting_template_item (meeting_type_code);

CREATE INDEX ix_policy_action_parent_id ON policy_action (parent_id);

CREATE TABLE policy_action_partner (
	policy_action_id CHAR(32) NOT NULL, 
	partner_id CHAR(32) NOT NULL, 
	CONSTRAINT pk_policy_action_partner PRIMARY KEY (policy_action_id, partner_id), 
	CONSTRAINT fk_policy_action_partner_policy_action_id_policy_action FOREIGN KEY(policy_action_id) REFERENCES policy_action (id) ON DELETE CASCADE, 
	CONSTRAINT fk_policy_action_partner_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE TABLE policy_action_meeting (
	policy_action_id CHAR(32) NOT NULL, 
	meeting_id CHAR(32) NOT NULL, 
	CONSTRAINT pk_policy_action_meeting PRIMARY KEY (policy_action_id, meeting_id), 
	CONSTRAINT fk_policy_action_meeting_policy_action_id_policy_action FOREIGN KEY(policy_action_id) REFERENCES policy_action (id) ON DELETE CASCADE, 
	CONSTRAINT fk_policy_action_meeting_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

CREATE TABLE action_status (
	code VARCHAR(40) NOT NULL, 
	label VARCHAR(120) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	description VARCHAR(400) NOT NULL, 
	active BOOLEAN NOT NULL, label_en VARCHAR(120) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_action_status PRIMARY KEY (code)
);

CREATE TABLE action_indicator (
	action_id CHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	unit VARCHAR(40) DEFAULT '' NOT NULL, 
	target FLOAT, 
	computed VARCHAR(40), 
	sort_order INTEGER DEFAULT '0' NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_action_indicator PRIMARY KEY (id), 
	CONSTRAINT fk_action_indicator_action_id_policy_action FOREIGN KEY(action_id) REFERENCES policy_action (id) ON DELETE CASCADE
);

CREATE INDEX ix_action_indicator_action_id ON action_indicator (action_id);

CREATE TABLE indicator_measurement (
	indicator_id CHAR(32) NOT NULL, 
	measured_on DATE NOT NULL, 
	value FLOAT NOT NULL, 
	note VARCHAR(200) DEFAULT '' NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_indicator_measurement PRIMARY KEY (id), 
	CONSTRAINT fk_indicator_measurement_indicator_id_action_indicator FOREIGN KEY(indicator_id) REFERENCES action_indicator (id) ON DELETE CASCADE
);

CREATE INDEX ix_indicator_measurement_indicator_id ON indicator_measurement (indicator_id);

CREATE TABLE action_report (
	action_id CHAR(32) NOT NULL, 
	period_start DATE NOT NULL, 
	period_end DATE NOT NULL, 
	text TEXT DEFAULT '' NOT NULL, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_action_report PRIMARY KEY (id), 
	CONSTRAINT fk_action_report_action_id_policy_action FOREIGN KEY(action_id) REFERENCES policy_action (id) ON DELETE CASCADE, 
	CONSTRAINT uq_action_report_period UNIQUE (action_id, period_start, period_end)
);

CREATE INDEX ix_action_report_action_id ON action_report (action_id);

CREATE TABLE event_employer (
	event_id CHAR(32) NOT NULL, 
	partner_id CHAR(32) NOT NULL, 
	CONSTRAINT pk_event_employer PRIMARY KEY (event_id, partner_id), 
	CONSTRAINT fk_event_employer_event_id_event FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE, 
	CONSTRAINT fk_event_employer_partner_id_partner FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE CASCADE
);

CREATE TABLE event_participant (
	event_id CHAR(32) NOT NULL, 
	dossier_id CHAR(32) NOT NULL, 
	attended BOOLEAN DEFAULT '1' NOT NULL, 
	hired BOOLEAN DEFAULT '0' NOT NULL, 
	work_exit_id CHAR(32), 
	id CHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_event_participant PRIMARY KEY (id), 
	CONSTRAINT fk_event_participant_event_id_event FOREIGN KEY(event_id) REFERENCES event (id) ON DELETE CASCADE, 
	CONSTRAINT fk_event_participant_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_event_participant_work_exit_id_work_exit FOREIGN KEY(work_exit_id) REFERENCES work_exit (id) ON DELETE SET NULL, 
	CONSTRAINT uq_event_participant_dossier UNIQUE (event_id, dossier_id)
);

CREATE INDEX ix_event_participant_event_id ON event_participant (event_id);

CREATE INDEX ix_event_participant_dossier_id ON event_participant (dossier_id);

CREATE TABLE import_decision (
	id CHAR(32) NOT NULL, 
	row_key VARCHAR(64) NOT NULL, 
	decision VARCHAR(10) NOT NULL, 
	dossier_id CHAR(32) NOT NULL, 
	batch_id CHAR(32), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_import_decision PRIMARY KEY (id), 
	CONSTRAINT fk_import_decision_dossier_id_dossier FOREIGN KEY(dossier_id) REFERENCES dossier (id) ON DELETE CASCADE, 
	CONSTRAINT fk_import_decision_batch_id_import_batch FOREIGN KEY(batch_id) REFERENCES import_batch (id) ON DELETE CASCADE, 
	CONSTRAINT uq_import_decision_row_key UNIQUE (row_key)
);

CREATE INDEX ix_import_decision_dossier_id ON import_decision (dossier_id);

CREATE TABLE sort_fold (ch TEXT PRIMARY KEY, replacement TEXT NOT NULL);

CREATE TABLE sort_position (n INTEGER PRIMARY KEY);

CREATE TRIGGER dossier_group_list_ad AFTER DELETE ON dossier_target_group BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE id = OLD.dossier_id; END;

CREATE TRIGGER contact_list_au AFTER UPDATE OF first_name, last_name ON contact_person BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE counsellor_id = NEW.id; END;

CREATE TRIGGER target_group_list_au AFTER UPDATE OF label, sort_order ON target_group BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE id IN (SELECT dossier_id FROM dossier_target_group WHERE target_group_code = NEW.code); END;

CREATE TRIGGER municipality_list_au AFTER UPDATE OF name ON municipality BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE person_id IN (SELECT id FROM person WHERE municipality_nis = NEW.nis_code); END;

CREATE TRIGGER status_list_au AFTER UPDATE OF sort_order ON dossier_status BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE status_code = NEW.code; END;

CREATE INDEX ix_dossier_list_name ON dossier (list_last_name, list_first_name, num, status_code);

CREATE INDEX ix_dossier_list_first_name ON dossier (list_first_name, list_last_name, num, status_code);

CREATE INDEX ix_dossier_list_place ON dossier (list_place, list_last_name, list_first_name, num, status_code);

CREATE INDEX ix_dossier_list_groups ON dossier (list_groups, list_last_name, list_first_name, num, status_code);

CREATE INDEX ix_dossier_list_counsellor ON dossier (list_counsellor, list_last_name, list_first_name, num, status_code);

CREATE INDEX ix_dossier_list_status ON dossier (list_status_rank, list_last_name, list_first_name, num, status_code);

CREATE INDEX ix_dossier_list_follow_up ON dossier (list_follow_up, list_last_name, list_first_name, num, status_code);

CREATE VIRTUAL TABLE "dossier_fts_renamed" USING fts5(names, identifiers, place, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

ALTER TABLE "dossier_fts_renamed" RENAME TO "dossier_fts";

CREATE TRIGGER dossier_fts_ad AFTER DELETE ON dossier BEGIN
        DELETE FROM dossier_fts WHERE rowid = OLD.num;
    END;

CREATE TRIGGER timeline_fts_delete AFTER DELETE ON timeline_entry BEGIN
            DELETE FROM dossier_fts WHERE rowid = (SELECT num FROM dossier WHERE id = OLD.dossier_id);
            INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) 
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT group_concat(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
 WHERE d.id = OLD.dossier_id;
        END;

CREATE TABLE bulk_writing (writer TEXT NOT NULL);

CREATE TRIGGER dossier_fts_ai AFTER INSERT ON dossier WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN
        INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) 
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT group_concat(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
 WHERE d.id = NEW.id;
    END;

CREATE TRIGGER dossier_fts_au AFTER UPDATE OF num, person_id, situation ON dossier WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN
        DELETE FROM dossier_fts WHERE rowid = OLD.num;
        INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) 
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT group_concat(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
 WHERE d.id = NEW.id;
    END;

CREATE TRIGGER person_fts_au AFTER UPDATE OF last_name, first_name, insz, vdab_number,
        municipality_nis, postcode ON person WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN
        DELETE FROM dossier_fts WHERE rowid IN (SELECT num FROM dossier WHERE person_id = NEW.id);
        INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) 
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT group_concat(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
 WHERE d.person_id = NEW.id;
    END;

CREATE TRIGGER timeline_fts_insert AFTER INSERT ON timeline_entry WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN
            DELETE FROM dossier_fts WHERE rowid = (SELECT num FROM dossier WHERE id = NEW.dossier_id);
            INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) 
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT group_concat(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
 WHERE d.id = NEW.dossier_id;
        END;

CREATE TRIGGER timeline_fts_update AFTER UPDATE ON timeline_entry WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN
            DELETE FROM dossier_fts WHERE rowid = (SELECT num FROM dossier WHERE id = NEW.dossier_id);
            INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) 
    SELECT d.num,
           p.last_name || ' ' || p.first_name,
           coalesce(p.insz, '') || ' ' || coalesce(p.vdab_number, '') || ' ' || d.num,
           coalesce(m.name, '') || ' ' || p.postcode,
           d.situation || ' ' || coalesce(
               (SELECT group_concat(t.title || ' ' || t.body, ' ')
                  FROM timeline_entry t WHERE t.dossier_id = d.id), '')
      FROM dossier d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN municipality m ON m.nis_code = p.municipality_nis
 WHERE d.id = NEW.dossier_id;
        END;

CREATE TRIGGER dossier_list_ai AFTER INSERT ON dossier WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE id = NEW.id; END;

CREATE TRIGGER dossier_list_au AFTER UPDATE OF person_id, status_code, counsellor_id, follow_up_on ON dossier WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE id = NEW.id; END;

CREATE TRIGGER person_list_au AFTER UPDATE OF last_name, first_name, municipality_nis ON person WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE person_id = NEW.id; END;

CREATE TRIGGER dossier_group_list_ai AFTER INSERT ON dossier_target_group WHEN NOT EXISTS (SELECT 1 FROM bulk_writing) BEGIN 
    UPDATE dossier SET
      list_last_name = coalesce((SELECT CASE WHEN last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(last_name, p.n, 1) WHERE p.n <= length(last_name)) ELSE lower(last_name) END FROM person
                                  WHERE id = dossier.person_id), ''),
      list_first_name = coalesce((SELECT CASE WHEN first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(first_name, p.n, 1) WHERE p.n <= length(first_name)) ELSE lower(first_name) END FROM person
                                   WHERE id = dossier.person_id), ''),
      list_place = coalesce((SELECT m.name FROM person p JOIN municipality m
                               ON m.nis_code = p.municipality_nis
                              WHERE p.id = dossier.person_id), ''),
      list_groups = coalesce((SELECT group_concat(label, ', ') FROM
                               (SELECT tg.label FROM dossier_target_group x
                                  JOIN target_group tg ON tg.code = x.target_group_code
                                 WHERE x.dossier_id = dossier.id ORDER BY tg.sort_order)), ''),
      list_counsellor = coalesce((SELECT CASE WHEN c.last_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.last_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.last_name, p.n, 1) WHERE p.n <= length(c.last_name)) ELSE lower(c.last_name) END || ' ' || CASE WHEN c.first_name GLOB '*[^A-Za-z]*' THEN (SELECT lower(coalesce(group_concat(coalesce(f.replacement, substr(c.first_name, p.n, 1)), ''), '')) FROM sort_position AS p LEFT JOIN sort_fold AS f ON f.ch = substr(c.first_name, p.n, 1) WHERE p.n <= length(c.first_name)) ELSE lower(c.first_name) END
                                   FROM contact_person c WHERE c.id = dossier.counsellor_id), ''),
      list_status_rank = coalesce((SELECT sort_order FROM dossier_status
                                    WHERE code = dossier.status_code), 0),
      list_follow_up = coalesce(follow_up_on, '9999-12-31')
    WHERE id = NEW.dossier_id; END;

INSERT INTO "alembic_version" ("version_num") VALUES
('0017');

INSERT INTO "counter" ("name", "value") VALUES
('dossier.num', 0);

INSERT INTO "sort_fold" ("ch", "replacement") VALUES
('À', 'A'),
('Á', 'A'),
('Â', 'A'),
('Ã', 'A'),
('Ä', 'A'),
('Å', 'A'),
('Æ', 'AE'),
('Ç', 'C'),
('È', 'E'),
('É', 'E'),
('Ê', 'E'),
('Ë', 'E'),
('Ì', 'I'),
('Í', 'I'),
('Î', 'I'),
('Ï', 'I'),
('Ð', 'D'),
('Ñ', 'N'),
('Ò', 'O'),
('Ó', 'O'),
('Ô', 'O'),
('Õ', 'O'),
('Ö', 'O'),
('Ø', 'O'),
('Ù', 'U'),
('Ú', 'U'),
('Û', 'U'),
('Ü', 'U'),
('Ý', 'Y'),
('Þ', 'TH'),
('ß', 'ss'),
('à', 'a'),
('á', 'a'),
('â', 'a'),
('ã', 'a'),
('ä', 'a'),
('å', 'a'),
('æ', 'ae'),
('ç', 'c'),
('è', 'e'),
('é', 'e'),
('ê', 'e'),
('ë', 'e'),
('ì', 'i'),
('í', 'i'),
('î', 'i'),
('ï', 'i'),
('ð', 'd'),
('ñ', 'n'),
('ò', 'o'),
('ó', 'o'),
('ô', 'o'),
('õ', 'o'),
('ö', 'o'),
('ø', 'o'),
('ù', 'u'),
('ú', 'u'),
('û', 'u'),
('ü', 'u'),
('ý', 'y'),
('þ', 'th'),
('ÿ', 'y'),
('Ā', 'A'),
('ā', 'a'),
('Ă', 'A'),
('ă', 'a'),
('Ą', 'A'),
('ą', 'a'),
('Ć', 'C'),
('ć', 'c'),
('Ĉ', 'C'),
('ĉ', 'c'),
('Ċ', 'C'),
('ċ', 'c'),
('Č', 'C'),
('č', 'c'),
('Ď', 'D'),
('ď', 'd'),
('Đ', 'D'),
('đ', 'd'),
('Ē', 'E'),
('ē', 'e'),
('Ĕ', 'E'),
('ĕ', 'e'),
('Ė', 'E'),
('ė', 'e'),
('Ę', 'E'),
('ę', 'e'),
('Ě', 'E'),
('ě', 'e'),
('Ĝ', 'G'),
('ĝ', 'g'),
('Ğ', 'G'),
('ğ', 'g'),
('Ġ', 'G'),
('ġ', 'g'),
('Ģ', 'G'),
('ģ', 'g'),
('Ĥ', 'H'),
('ĥ', 'h'),
('Ħ', 'H'),
('ħ', 'h'),
('Ĩ', 'I'),
('ĩ', 'i'),
('Ī', 'I'),
('ī', 'i'),
('Ĭ', 'I'),
('ĭ', 'i'),
('Į', 'I'),
('į', 'i'),
('İ', 'I'),
('ı', 'i'),
('Ĳ', 'IJ'),
('ĳ', 'ij'),
('Ĵ', 'J'),
('ĵ', 'j'),
('Ķ', 'K'),
('ķ', 'k'),
('Ĺ', 'L'),
('ĺ', 'l'),
('Ļ', 'L'),
('ļ', 'l'),
('Ľ', 'L'),
('ľ', 'l'),
('Ŀ', 'L'),
('ŀ', 'l'),
('Ł', 'L'),
('ł', 'l'),
('Ń', 'N'),
('ń', 'n'),
('Ņ', 'N'),
('ņ', 'n'),
('Ň', 'N'),
('ň', 'n'),
('Ō', 'O'),
('ō', 'o'),
('Ŏ', 'O'),
('ŏ', 'o'),
('Ő', 'O'),
('ő', 'o'),
('Œ', 'OE'),
('œ', 'oe'),
('Ŕ', 'R'),
('ŕ', 'r'),
('Ŗ', 'R'),
('ŗ', 'r'),
('Ř', 'R'),
('ř', 'r'),
('Ś', 'S'),
('ś', 's'),
('Ŝ', 'S'),
('ŝ', 's'),
('Ş', 'S'),
('ş', 's'),
('Š', 'S'),
('š', 's'),
('Ţ', 'T'),
('ţ', 't'),
('Ť', 'T'),
('ť', 't'),
('Ũ', 'U'),
('ũ', 'u'),
('Ū', 'U'),
('ū', 'u'),
('Ŭ', 'U'),
('ŭ', 'u'),
('Ů', 'U'),
('ů', 'u'),
('Ű', 'U'),
('ű', 'u'),
('Ų', 'U'),
('ų', 'u'),
('Ŵ', 'W'),
('ŵ', 'w'),
('Ŷ', 'Y'),
('ŷ', 'y'),
('Ÿ', 'Y'),
('Ź', 'Z'),
('ź', 'z'),
('Ż', 'Z'),
('ż', 'z'),
('Ž', 'Z'),
('ž', 'z'),
('ſ', 's'),
('Ș', 'S'),
('ș', 's'),
('Ț', 'T'),
('ț', 't'),
('ẞ', 'SS'),
(' ', ''),
('-', ''),
('''', ''),
('’', ''),
('.', '');

INSERT INTO "sort_position" ("n") VALUES
(1),
(2),
(3),
(4),
(5),
(6),
(7),
(8),
(9),
(10),
(11),
(12),
(13),
(14),
(15),
(16),
(17),
(18),
(19),
(20),
(21),
(22),
(23),
(24),
(25),
(26),
(27),
(28),
(29),
(30),
(31),
(32),
(33),
(34),
(35),
(36),
(37),
(38),
(39),
(40),
(41),
(42),
(43),
(44),
(45),
(46),
(47),
(48),
(49),
(50),
(51),
(52),
(53),
(54),
(55),
(56),
(57),
(58),
(59),
(60),
(61),
(62),
(63),
(64),
(65),
(66),
(67),
(68),
(69),
(70),
(71),
(72),
(73),
(74),
(75),
(76),
(77),
(78),
(79),
(80),
(81),
(82),
(83),
(84),
(85),
(86),
(87),
(88),
(89),
(90),
(91),
(92),
(93),
(94),
(95),
(96),
(97),
(98),
(99),
(100),
(101),
(102),
(103),
(104),
(105),
(106),
(107),
(108),
(109),
(110),
(111),
(112),
(113),
(114),
(115),
(116),
(117),
(118),
(119),
(120),
(121),
(122),
(123),
(124),
(125),
(126),
(127),
(128),
(129),
(130),
(131),
(132),
(133),
(134),
(135),
(136),
(137),
(138),
(139),
(140),
(141),
(142),
(143),
(144),
(145),
(146),
(147),
(148),
(149),
(150),
(151),
(152),
(153),
(154),
(155),
(156),
(157),
(158),
(159),
(160),
(161),
(162),
(163),
(164),
(165),
(166),
(167),
(168),
(169),
(170),
(171),
(172),
(173),
(174),
(175),
(176),
(177),
(178),
(179),
(180),
(181),
(182),
(183),
(184),
(185),
(186),
(187),
(188),
(189),
(190),
(191),
(192),
(193),
(194),
(195),
(196),
(197),
(198),
(199),
(200);
