#!/usr/bin/env bash
# docker-compose.yml's Kafka broker (apache/kafka:4.1.2): one KRaft node, broker and controller, configured as the
# tests' embedded broker is (infra/embedded-infra KafkaBroker, docs/security.md): clients authenticate with
# SASL/SCRAM-SHA-512 on kafka:9092, the controller listener (localhost only) takes the administrator over SASL/PLAIN,
# and KRaft's StandardAuthorizer allows nothing but what an ACL grants, the administrator being the only super user.
# The administrator's SCRAM credential is created when the storage is formatted; the services' and platforms'
# credentials and the ACLs are created by the setup job (deploy/k8s/kafka/setup-kafka.sh).
set -euo pipefail
bin=${KAFKA_HOME:-/opt/kafka}/bin
admin=$(cat "${FISCAL_KAFKA_ADMIN_PASSWORD_FILE:-/etc/fiscal-kafka/broker/admin}")
dir=${FISCAL_KAFKA_DIR:-/tmp/fiscal-kafka}
mkdir -p "$dir"
umask 077
cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=SASL://:9092,CONTROLLER://localhost:9093
advertised.listeners=SASL://kafka:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL
listener.security.protocol.map=SASL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$admin" user_admin="$admin";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=$dir/logs
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# the suite's record size (MessageLimits.MAX_MESSAGE_BYTES: 8 MiB of event and 64 KiB of overhead)
message.max.bytes=8454144
replica.fetch.max.bytes=8454144
PROPS
# the administrator's client configuration, for the health check
cat > "$dir/admin.properties" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin";
PROPS
"$bin/kafka-storage.sh" format --ignore-formatted -t "${CLUSTER_ID:?}" -c "$dir/server.properties" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=$admin]"
exec "$bin/kafka-server-start.sh" "$dir/server.properties"
