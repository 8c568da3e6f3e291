-- The tables of PostfixAdmin's PostgreSQL schema that Surel and Dovecot use, with PostfixAdmin's column names, types
-- and defaults (a subset), plus the owner column an operator adds for Surel (see README).
CREATE TABLE domain (
    domain VARCHAR(255) NOT NULL PRIMARY KEY,
    description VARCHAR(255) NOT NULL DEFAULT '',
    aliases INTEGER NOT NULL DEFAULT 0,
    mailboxes INTEGER NOT NULL DEFAULT 0,
    maxquota BIGINT NOT NULL DEFAULT 0,
    quota BIGINT NOT NULL DEFAULT 0,
    transport VARCHAR(255) DEFAULT NULL,
    backupmx BOOLEAN NOT NULL DEFAULT false,
    created TIMESTAMPTZ DEFAULT now(),
    modified TIMESTAMPTZ DEFAULT now(),
    active BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE mailbox (
    username VARCHAR(255) NOT NULL PRIMARY KEY,
    password VARCHAR(255) NOT NULL DEFAULT '',
    name VARCHAR(255) NOT NULL DEFAULT '',
    maildir VARCHAR(255) NOT NULL DEFAULT '',
    quota BIGINT NOT NULL DEFAULT 0,
    created TIMESTAMPTZ DEFAULT now(),
    modified TIMESTAMPTZ DEFAULT now(),
    active BOOLEAN NOT NULL DEFAULT true,
    domain VARCHAR(255) REFERENCES domain,
    local_part VARCHAR(255) NOT NULL,
    phone VARCHAR(30) NOT NULL DEFAULT '',
    email_other VARCHAR(255) NOT NULL DEFAULT '',
    password_expiry TIMESTAMPTZ DEFAULT '2000-01-01 00:00:00+00'
);
CREATE INDEX mailbox_domain_idx ON mailbox (domain);

CREATE TABLE alias (
    address VARCHAR(255) NOT NULL PRIMARY KEY,
    goto TEXT NOT NULL,
    domain VARCHAR(255) NOT NULL REFERENCES domain,
    created TIMESTAMPTZ DEFAULT now(),
    modified TIMESTAMPTZ DEFAULT now(),
    active BOOLEAN NOT NULL DEFAULT true
);

ALTER TABLE mailbox ADD COLUMN surel_owner VARCHAR(64);

INSERT INTO domain (domain) VALUES ('kotabogor.go.id'), ('morowalikab.go.id');
