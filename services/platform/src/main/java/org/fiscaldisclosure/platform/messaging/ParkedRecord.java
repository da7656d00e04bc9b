package org.fiscaldisclosure.platform.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;

/**
 * A consumed record that could not be handled for a reason that would recur every time: kept with the reason (and the
 * first 64 KiB of its value), so that the records after it go on and an operator can see it.
 */
@Entity
@Table(name = "parked_record")
public class ParkedRecord extends PanacheEntityBase {

    private static final int KEEP_BYTES = 64 * 1024;
    private static final int KEEP_CHARS = 1_000;

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

    public byte[] payload;

    @Column(nullable = false)
    public String reason;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;

    /** The row describing {@code record}, its texts cut to a length that can always be stored. */
    public static ParkedRecord of(ConsumerRecord<String, byte[]> record, String reason) {
        ParkedRecord p = new ParkedRecord();
        p.topic = record.topic();
        p.partition = record.partition();
        p.offset = record.offset();
        p.key = cut(record.key());
        p.ceId = cut(header(record, CloudEventHeaders.ID));
        p.ceSource = cut(header(record, CloudEventHeaders.SOURCE));
        p.ceType = cut(header(record, CloudEventHeaders.TYPE));
        byte[] value = record.value();
        p.payload = value == null ? new byte[0] : value.length <= KEEP_BYTES ? value : Arrays.copyOf(value, KEEP_BYTES);
        p.reason = cut(reason);
        p.parkedAt = Instant.now();
        return p;
    }

    /** Stores it unless the same record (topic, partition, offset) was parked before; true when stored now. */
    public boolean persistOnce() {
        return getEntityManager().createNativeQuery("insert into parked_record (topic, kafka_partition, kafka_offset, "
                        + "event_key, ce_id, ce_source, ce_type, payload, reason, parked_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                        + "on conflict (topic, kafka_partition, kafka_offset) do nothing")
                .setParameter(1, topic).setParameter(2, partition).setParameter(3, offset).setParameter(4, key)
                .setParameter(5, ceId).setParameter(6, ceSource).setParameter(7, ceType).setParameter(8, payload)
                .setParameter(9, reason).setParameter(10, parkedAt).executeUpdate() == 1;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String cut(String s) {
        if (s == null) {
            return null;
        }
        String clean = s.replace('\u0000', '\uFFFD');
        return clean.length() <= KEEP_CHARS ? clean : clean.substring(0, KEEP_CHARS) + "…";
    }
}
