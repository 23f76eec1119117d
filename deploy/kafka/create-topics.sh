#!/bin/sh
# Creates the platform's Kafka topics. Idempotent (--if-not-exists): safe to run at every start.
#
# Used by the one-shot `kafka-init` service of docker-compose.yml (mounted into an apache/kafka container);
# deploy/k8s/kafka-topics-job.yaml carries a verbatim copy for an external Kafka in Kubernetes.
# The topic list must equal the topic registry in libs/contracts/src/topic-registry.ts: tools/deploy.spec.ts
# runs this script against a stub kafka-topics.sh and checks both, and that the Job's copy is identical.
#
# Environment:
#   KAFKA_BROKERS                   bootstrap servers, host:port[,host:port...] (required)
#   KAFKA_TOPIC_PREFIX              prepended to every topic name, as the services do (default: none)
#   KAFKA_TOPIC_PARTITIONS          partitions per topic (default 4)
#   KAFKA_TOPIC_REPLICATION_FACTOR  replicas per partition; at most the number of brokers (default 1)
#   KAFKA_TOPICS_BIN                kafka-topics.sh to call (default: the apache/kafka image's)
set -eu

: "${KAFKA_BROKERS:?KAFKA_BROKERS must list the bootstrap servers (host:port,...)}"
prefix="${KAFKA_TOPIC_PREFIX:-}"
partitions="${KAFKA_TOPIC_PARTITIONS:-4}"
replication="${KAFKA_TOPIC_REPLICATION_FACTOR:-1}"
kafka_topics="${KAFKA_TOPICS_BIN:-/opt/kafka/bin/kafka-topics.sh}"

for topic in \
  registry.scenario.v1 \
  registry.batch-list.v1 \
  workflow.scenario.v1 \
  workflow.application.v1 \
  workflow.deadline.v1 \
  workflow.assessment.v1 \
  notification.deadline.v1 \
  evaluation.assessment.v1 \
  evaluation.deadline.v1 \
  identity.organisation.v1 \
  registry.deadline.v1 \
  platform.dead-letter.v1 \
  registry.supplier.v1 \
  workflow.consortium.v1
do
  echo "ensuring topic ${prefix}${topic} (partitions=${partitions}, replication-factor=${replication})"
  "$kafka_topics" --bootstrap-server "$KAFKA_BROKERS" --create --if-not-exists \
    --topic "${prefix}${topic}" --partitions "$partitions" --replication-factor "$replication"
done

"$kafka_topics" --bootstrap-server "$KAFKA_BROKERS" --list
