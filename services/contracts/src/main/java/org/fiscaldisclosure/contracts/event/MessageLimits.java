package org.fiscaldisclosure.contracts.event;

/**
 * The size limits of the suite's requests and records, stated once and sized for the largest real department (a
 * 区教委 or 卫健委 with several hundred 项目支出绩效自评表 and hundreds of 项-level rows per table: about 2 MB of compact
 * JSON for all three parts). Every other place derives its setting from these numbers: the services' request limit,
 * the outbox's check before commit, the producers' {@code max.request.size}, the topics' {@code max.message.bytes},
 * the broker's {@code message.max.bytes} (embedded broker, {@code docker-compose.yml}, {@code deploy/}) and the
 * consumers' fetch sizes. A test compares the deployment files with these numbers.
 *
 * <p>A record is checked against {@link #MAX_RECORD_BYTES} uncompressed, before the change it describes is committed;
 * the broker limit leaves room for headers and batch overhead above it, so an accepted record is always deliverable
 * whatever the compression achieves (it usually shrinks JSON ten-fold).
 */
public final class MessageLimits {

    private static final int MIB = 1024 * 1024;

    /** The largest request body a service reads (a whole part as JSON, or a workbook). */
    public static final int MAX_REQUEST_BYTES = 4 * MIB;

    /** The largest value of one record, uncompressed: a larger one is refused (413) before anything is stored. */
    public static final int MAX_RECORD_BYTES = 8 * MIB;

    /** Headers (CloudEvents attributes), key and record-batch overhead allowed above {@link #MAX_RECORD_BYTES}. */
    public static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

    /**
     * Broker {@code message.max.bytes}, topic {@code max.message.bytes}, producer {@code max.request.size} and consumer
     * {@code max.partition.fetch.bytes}: one record of the largest accepted size with its overhead.
     */
    public static final int MAX_MESSAGE_BYTES = MAX_RECORD_BYTES + RECORD_OVERHEAD_BYTES;

    /** Consumer {@code fetch.max.bytes}: a few of the largest records per fetch, bounding a consumer's memory. */
    public static final int MAX_FETCH_BYTES = 4 * MAX_MESSAGE_BYTES;

    /** Producer compression of every record the suite sends. */
    public static final String COMPRESSION = "zstd";

    private MessageLimits() {
    }
}
