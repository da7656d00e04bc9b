package org.fiscaldisclosure.platform.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedCompressionTypeException;

/**
 * Which failures of a send are permanent: the broker will refuse the same record however often it is sent (too large
 * for the topic, an invalid record or topic name). Such a record is parked; every other failure (broker down, timeouts,
 * leadership changes, authorisation while ACLs are being set up) is passing and retried with a pause.
 */
public final class DeliveryFailures {

    private DeliveryFailures() {
    }

    public static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                    || t instanceof InvalidRecordException || t instanceof InvalidTopicException
                    || t instanceof SerializationException || t instanceof UnsupportedCompressionTypeException) {
                return true;
            }
        }
        return false;
    }
}
