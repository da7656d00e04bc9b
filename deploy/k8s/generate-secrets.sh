#!/usr/bin/env bash
# Generates the suite's secrets for `kubectl apply -k deploy/k8s` into deploy/k8s/secrets/ (git-ignored, owner-only),
# which the kustomization's secretGenerator reads. Nothing secret is committed. Run it once per environment, keep the
# directory in your secret store, and run it again only to rotate (then re-apply and restart the services).
#
#   KAFKA_ADMIN_USERNAME=admin KAFKA_ADMIN_PASSWORD=… deploy/k8s/generate-secrets.sh
#
# Generated: a password per database role (statements, procurement, performance, disclosure: give the roles these
# passwords on the platform's PostgreSQL) and a SCRAM password per Kafka principal (the four services and every
# platform of inbound-platforms.properties; the kafka-setup Job creates the credentials and ACLs). Given: the
# credentials of the platform's Kafka administrator (a super user), used by the kafka-setup Job only, and
# KAFKA_SECURITY_PROTOCOL (default SASL_SSL) for that Job's client configuration.
set -euo pipefail
cd "$(dirname "$0")"
: "${KAFKA_ADMIN_USERNAME:?the platform Kafka administrator's user name}"
: "${KAFKA_ADMIN_PASSWORD:?the platform Kafka administrator's password}"
umask 077
mkdir -p secrets/db secrets/kafka
random() { head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | cut -c1-40; }
keep_or_new() { [ -s "$1" ] || random > "$1"; }
for db in statements procurement performance disclosure; do
  keep_or_new "secrets/db/$db-db-password"
done
platforms=$(sed -n 's/^[[:space:]]*fiscal\.inbound\.platforms\.\([a-z0-9][a-z0-9-]*\)\.units[[:space:]]*=.*/\1/p' \
  inbound-platforms.properties | sort -u)
for principal in statements-service procurement-service performance-service disclosure-service $platforms; do
  keep_or_new "secrets/kafka/$principal"
done
cat > secrets/kafka-admin.properties <<PROPS
security.protocol=${KAFKA_SECURITY_PROTOCOL:-SASL_SSL}
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${KAFKA_ADMIN_USERNAME}" password="${KAFKA_ADMIN_PASSWORD}";
PROPS
echo "secrets written to $(pwd)/secrets (platforms: ${platforms:-none}); hand each platform its password from secrets/kafka/<platform>"
