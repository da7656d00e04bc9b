package org.fiscaldisclosure.disclosure.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event that could not be read, kept with its reason. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    @Column(name = "event_key")
    public String key;

    @Column(name = "ce_id")
    public String ceId;

    @Column(name = "ce_source")
    public String ceSource;

    @Column(name = "ce_type")
    public String ceType;

    public String payload;

    @Column(nullable = false)
    public String reason;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;
}
