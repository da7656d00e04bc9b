-- A record redelivered after a crash (parked, offset not yet committed) is parked once, not twice.
create unique index parked_event_record on parked_event (topic, kafka_partition, kafka_offset);
