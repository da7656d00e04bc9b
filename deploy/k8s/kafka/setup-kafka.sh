#!/usr/bin/env bash
# Prepares a Kafka cluster (4.x, KRaft, SASL/SCRAM-SHA-512, StandardAuthorizer) for the suite, as its administrator:
# creates the topics (compacted, the suite's record size), a SCRAM-SHA-512 credential per service and per budget
# platform, and the ACLs of acls.txt. Safe to run again: topics are created if missing, credentials replaced with the
# same passwords, ACLs added (an existing one is kept). Used by the Kubernetes Job (kafka-setup-job.yaml) and by
# docker-compose.yml; runs in the apache/kafka image.
#
# Environment:
#   KAFKA_BOOTSTRAP_SERVERS              the cluster
#   KAFKA_ADMIN_CONFIG                   a client configuration file of a super user (security.protocol, sasl.*)
#   KAFKA_CREDENTIALS_DIR                one file per principal, named after it, holding its password
#   FISCAL_INBOUND_PLATFORMS_FILE        the platforms' grants (fiscal.inbound.platforms.<name>.units=...)
#   FISCAL_TOPICS_PARTITIONS, FISCAL_TOPICS_REPLICATION_FACTOR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${KAFKA_HOME:-/opt/kafka}/bin
bs=${KAFKA_BOOTSTRAP_SERVERS:?}
admin=${KAFKA_ADMIN_CONFIG:?}
creds=${KAFKA_CREDENTIALS_DIR:?}
partitions=${FISCAL_TOPICS_PARTITIONS:-3}
replication=${FISCAL_TOPICS_REPLICATION_FACTOR:-1}
max_message_bytes=8454144   # MessageLimits.MAX_MESSAGE_BYTES

platforms=$(sed -n 's/^[[:space:]]*fiscal\.inbound\.platforms\.\([a-z0-9][a-z0-9-]*\)\.units[[:space:]]*=.*/\1/p' \
  "${FISCAL_INBOUND_PLATFORMS_FILE:?}" | sort -u)
services="statements-service procurement-service performance-service disclosure-service"

topics="fiscal.statements.v1 fiscal.procurement.v1 fiscal.performance.v1 fiscal.disclosures.v1 fiscal.inbound.replies.v1 fiscal.catalogues.v1"
for p in $platforms; do topics="$topics fiscal.inbound.$p.v1"; done
for topic in $topics; do
  "$bin/kafka-topics.sh" --bootstrap-server "$bs" --command-config "$admin" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor "$replication" \
    --config cleanup.policy=compact --config min.compaction.lag.ms=0 --config max.message.bytes=$max_message_bytes
done

for principal in $services $platforms; do
  [ -s "$creds/$principal" ] || { echo "no password for $principal in $creds" >&2; exit 1; }
  "$bin/kafka-configs.sh" --bootstrap-server "$bs" --command-config "$admin" --alter --entity-type users \
    --entity-name "$principal" --add-config "SCRAM-SHA-512=[password=$(cat "$creds/$principal")]" > /dev/null
  echo "SCRAM-SHA-512 credential of $principal set"
done

grant() { # principal type pattern name operations
  local args=(--bootstrap-server "$bs" --command-config "$admin" --add --allow-principal "User:$1"
              "--$2" "$4" --resource-pattern-type "$3")
  local op
  for op in ${5//,/ }; do args+=(--operation "$op"); done
  "$bin/kafka-acls.sh" "${args[@]}" > /dev/null
}
while read -r principal type pattern name operations; do
  case "$principal" in ''|'#'*) continue ;; esac
  if [[ "$principal$name" == *'{platform}'* ]]; then
    for p in $platforms; do
      grant "${principal//\{platform\}/$p}" "$type" "$pattern" "${name//\{platform\}/$p}" "$operations"
    done
  else
    grant "$principal" "$type" "$pattern" "$name" "$operations"
  fi
done < "$here/acls.txt"
"$bin/kafka-acls.sh" --bootstrap-server "$bs" --command-config "$admin" --list | grep -c 'principal=User:' \
  | sed 's/^/ACL entries: /'
"$bin/kafka-topics.sh" --bootstrap-server "$bs" --command-config "$admin" --describe --topic 'fiscal\..*'
