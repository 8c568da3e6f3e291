#!/usr/bin/env bash
# Installs OpenLDAP (slapd) and Dovecot from Debian for the connector contract tests, which start their own
# instances on free high ports. Nothing installed here may run as a service: start-up is blocked during the
# install and slapd gets no database of its own.
set -euo pipefail

needed() {
  command -v slapd >/dev/null || [ -x /usr/sbin/slapd ] || return 0
  command -v dovecot >/dev/null || [ -x /usr/sbin/dovecot ] || return 0
  [ -e /usr/lib/dovecot/modules/auth/libauthdb_ldap.so ] || return 0
  [ -e /usr/lib/dovecot/modules/libdriver_pgsql.so ] || return 0
  return 1
}

if ! needed; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "The connector tests need slapd and dovecot (Debian: apt-get install slapd ldap-utils dovecot-imapd" \
       "dovecot-ldap dovecot-pgsql)." >&2
  exit 1
fi

echo "Installing slapd and dovecot for the mail-connector tests..."
echo "slapd slapd/no_configuration boolean true" | debconf-set-selections
blocker=/usr/sbin/policy-rc.d
own_blocker=false
if [ ! -e "$blocker" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$blocker"
  chmod +x "$blocker"
  own_blocker=true
fi
trap '[ "$own_blocker" = true ] && rm -f "$blocker"' EXIT
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  slapd ldap-utils dovecot-imapd dovecot-ldap dovecot-pgsql >/dev/null
# Belt and braces on machines whose init system ignores policy-rc.d: stop the packaged services if they came up.
for service in slapd dovecot; do
  if command -v service >/dev/null; then
    service "$service" stop >/dev/null 2>&1 || true
  fi
done
