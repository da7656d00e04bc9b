#!/usr/bin/env bash
# docker-compose.yml's one-shot secret generator (runs in apache/kafka:4.1.2 before the broker): a random password per
# Kafka principal, the administrator (the broker itself and the setup job) and the four services and every platform of
# inbound-platforms.properties, written into the compose volume kafka-secrets. A password already there is kept, so the
# stack can be restarted; `docker compose down -v` drops the volume and the next `up` generates new ones.
#
# Layout of the volume (each container mounts only its part; docs/running.md):
#   broker/admin                        the administrator's password (the broker, at storage format time)
#   admin.properties, credentials/<p>   the setup job's client configuration and every principal's password
#   services/<service>/kafka.properties a service's kafka.* settings (read through QUARKUS_CONFIG_LOCATIONS)
#   platforms/<platform>/client.properties a platform's client configuration (kafka-console-producer.sh --producer.config)
set -euo pipefail
out=${FISCAL_SECRETS_DIR:?}
platforms=$(sed -n 's/^[[:space:]]*fiscal\.inbound\.platforms\.\([a-z0-9][a-z0-9-]*\)\.units[[:space:]]*=.*/\1/p' \
  "${FISCAL_INBOUND_PLATFORMS_FILE:?}" | sort -u)
services="statements-service procurement-service performance-service disclosure-service"

# letters and digits only: nothing a JAAS line or the storage tool's --add-scram would have to quote
random() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-40; }
scram() {
  printf 'org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";' \
    "$1" "$(cat "$out/credentials/$1")"
}

mkdir -p "$out/credentials" "$out/broker"
for principal in admin $services $platforms; do
  [ -s "$out/credentials/$principal" ] || random > "$out/credentials/$principal"
done
cp "$out/credentials/admin" "$out/broker/admin"
printf 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=%s\n' "$(scram admin)" \
  > "$out/admin.properties"
for service in $services; do
  mkdir -p "$out/services/$service"
  printf 'kafka.security.protocol=SASL_PLAINTEXT\nkafka.sasl.mechanism=SCRAM-SHA-512\nkafka.sasl.username=%s\nkafka.sasl.password=%s\n' \
    "$service" "$(cat "$out/credentials/$service")" > "$out/services/$service/kafka.properties"
done
for platform in $platforms; do
  mkdir -p "$out/platforms/$platform"
  printf 'bootstrap.servers=kafka:9092\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=%s\n' \
    "$(scram "$platform")" > "$out/platforms/$platform/client.properties"
done
# readable by the containers' users (the broker's appuser, the services' uid 185); each container mounts only its part
chmod -R a+rX "$out"
echo "Kafka secrets in the volume (principals: admin $services $platforms)"
