-- The tables of iRedMail's PostgreSQL "vmail" database that Surel and Dovecot use, with iRedMail's column names,
-- types and defaults (a subset of iredmail.pgsql: the other enable* flags, settings and disclaimer columns are left out).
CREATE TABLE domain (
    domain VARCHAR(255) NOT NULL DEFAULT '',
    description TEXT,
    aliases INT8 NOT NULL DEFAULT 0,
    mailboxes INT8 NOT NULL DEFAULT 0,
    maxquota INT8 NOT NULL DEFAULT 0,
    quota INT8 NOT NULL DEFAULT 0,
    transport VARCHAR(255) NOT NULL DEFAULT 'dovecot',
    backupmx INT2 NOT NULL DEFAULT 0,
    created TIMESTAMP NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified TIMESTAMP NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired TIMESTAMP NOT NULL DEFAULT '9999-12-31 00:00:00',
    active INT2 NOT NULL DEFAULT 1,
    PRIMARY KEY (domain)
);

CREATE TABLE mailbox (
    username VARCHAR(255) NOT NULL DEFAULT '',
    password VARCHAR(255) NOT NULL DEFAULT '',
    name VARCHAR(255) NOT NULL DEFAULT '',
    language VARCHAR(5) NOT NULL DEFAULT '',
    mailboxformat VARCHAR(50) NOT NULL DEFAULT 'maildir',
    mailboxfolder VARCHAR(50) NOT NULL DEFAULT 'Maildir',
    storagebasedirectory VARCHAR(255) NOT NULL DEFAULT '/var/vmail',
    storagenode VARCHAR(255) NOT NULL DEFAULT 'vmail1',
    maildir VARCHAR(255) NOT NULL DEFAULT '',
    quota INT8 NOT NULL DEFAULT 0,
    domain VARCHAR(255) NOT NULL DEFAULT '',
    transport VARCHAR(255) NOT NULL DEFAULT '',
    department VARCHAR(255) NOT NULL DEFAULT '',
    rank VARCHAR(255) NOT NULL DEFAULT 'normal',
    employeeid VARCHAR(255) DEFAULT '',
    isadmin INT2 NOT NULL DEFAULT 0,
    isglobaladmin INT2 NOT NULL DEFAULT 0,
    enablesmtp INT2 NOT NULL DEFAULT 1,
    enablesmtpsecured INT2 NOT NULL DEFAULT 1,
    enablepop3 INT2 NOT NULL DEFAULT 1,
    enablepop3secured INT2 NOT NULL DEFAULT 1,
    enableimap INT2 NOT NULL DEFAULT 1,
    enableimapsecured INT2 NOT NULL DEFAULT 1,
    enabledeliver INT2 NOT NULL DEFAULT 1,
    enablelmtp INT2 NOT NULL DEFAULT 1,
    enableinternal INT2 NOT NULL DEFAULT 1,
    passwordlastchange TIMESTAMP NOT NULL DEFAULT '1970-01-01 01:01:01',
    created TIMESTAMP NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified TIMESTAMP NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired TIMESTAMP NOT NULL DEFAULT '9999-12-31 00:00:00',
    active INT2 NOT NULL DEFAULT 1,
    local_part VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (username)
);
CREATE INDEX idx_mailbox_domain ON mailbox (domain);

CREATE TABLE alias (
    address VARCHAR(255) NOT NULL DEFAULT '',
    name VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    created TIMESTAMP NOT NULL DEFAULT '1970-01-01 01:01:01',
    active INT2 NOT NULL DEFAULT 1,
    PRIMARY KEY (address)
);

CREATE TABLE forwardings (
    id SERIAL PRIMARY KEY,
    address VARCHAR(255) NOT NULL DEFAULT '',
    forwarding VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    dest_domain VARCHAR(255) NOT NULL DEFAULT '',
    is_maillist INT2 NOT NULL DEFAULT 0,
    is_list INT2 NOT NULL DEFAULT 0,
    is_forwarding INT2 NOT NULL DEFAULT 0,
    is_alias INT2 NOT NULL DEFAULT 0,
    active INT2 NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX idx_forwardings_address_forwarding ON forwardings (address, forwarding);

INSERT INTO domain (domain, active) VALUES ('kotabogor.go.id', 1), ('morowalikab.go.id', 1);
