package org.fiscaldisclosure.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.bench.measure.JdbcBaseline;
import org.fiscaldisclosure.bench.measure.KafkaBaseline;
import org.fiscaldisclosure.bench.measure.LagProbe;
import org.fiscaldisclosure.bench.measure.Processes;
import org.fiscaldisclosure.bench.measure.Rebuild;
import org.fiscaldisclosure.bench.measure.WriteLoad;
import org.fiscaldisclosure.bench.measure.Wrk;

/** Everything measured at one size N (the suite then holding N units). */
public final class StageResult {

    public final int units;
    public final int newUnits;
    public WriteLoad.Result writes;
    /** Seconds from the first PUT of the stage until the read model held every part written. */
    public double ingestSeconds;
    public JdbcBaseline.Result jdbc;
    public KafkaBaseline.Result kafkaProduce;
    public KafkaBaseline.Result kafkaConsume;
    public LagProbe.Result lag;
    /** The same probe at a rate well below the suite's capacity. */
    public LagProbe.Result lowLag;
    public Wrk.Result trivial;
    public Wrk.Result publishedJson;
    public Wrk.Result publishedHtml;
    public Wrk.Result draftJson;
    public int publishedCount;
    public final List<String> publishSkipped = new ArrayList<>();
    public Rebuild.Result rebuild;
    /** The plain consumer over the part topics the rebuild replays. */
    public KafkaBaseline.Result topicConsume;
    public final Map<String, Processes.Memory> memory = new LinkedHashMap<>();
    public final Map<String, String> load = new LinkedHashMap<>();
    /** CPU ms per part write by process, from the first PUT until the read model held every part. */
    public Map<String, Double> cpuPerWrite = Map.of();
    /** CPU ms per replayed event during the rebuild, by process. */
    public Map<String, Double> cpuPerRebuildEvent = Map.of();
    /** CPU ms per write of the JDBC baseline (PostgreSQL and the client). */
    public Map<String, Double> cpuPerJdbcWrite = Map.of();
    /** CPU ms per record of the plain Kafka produce of the same bytes (the broker and the client). */
    public Map<String, Double> cpuPerKafkaRecord = Map.of();

    public StageResult(int units, int newUnits) {
        this.units = units;
        this.newUnits = newUnits;
    }

    /** Part writes per second of the whole ingestion: PUTs until the read model held them all. */
    public double ingestPerSecond() {
        return writes.writes() / ingestSeconds;
    }

    public double rebuildEventsPerSecond() {
        return topicConsume.records() / rebuild.seconds();
    }
}
