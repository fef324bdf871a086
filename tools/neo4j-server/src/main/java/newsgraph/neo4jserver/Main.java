// A plain Neo4j Community DBMS with Bolt on 127.0.0.1 and auth disabled, for
// tests and local development (started by scripts/neo4j). Embedded rather than
// the server distribution because only the embedded artifacts are on Maven Central.
package newsgraph.neo4jserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.GraphDatabaseSettings.TransactionStateMemoryAllocation;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Main {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) {
        int port = parsePort(envOr("NEO4J_TEST_PORT", "7687"));
        Path home = Path.of(".neo4j/data");
        // Small by default for shared CI/dev machines; benchmarks at scale raise them.
        long pageCache = ByteUnit.parse(envOr("NEO4J_PAGECACHE", "256m"));
        long txMemory = ByteUnit.parse(envOr("NEO4J_TX_MEMORY", "512m"));
        // Tests empty and refill the database all the time; Neo4j would then replan every cached
        // query whose statistics moved, at most every 10 s. NEO4J_KEEP_PLANS=1 keeps plans instead.
        boolean keepPlans = envOr("NEO4J_KEEP_PLANS", "0").equals("1");
        // How often a cached plan may be replanned when the statistics it was made with have moved
        // (dbms.cypher.min_replan_interval, dbms.cypher.statistics_divergence_threshold); empty: Neo4j's
        // defaults (10s, 0.75). A load that grows the database from empty replans its write statements
        // every few seconds at first; a longer interval still lets plans follow the data as it grows.
        String replanInterval = envOr("NEO4J_REPLAN_INTERVAL", "");
        String replanDivergence = envOr("NEO4J_REPLAN_DIVERGENCE", "");
        // Where a transaction's uncommitted state lives (db.tx_state.memory_allocation): on the heap (Neo4j's
        // default) or off it. Off it, the state's property values and id sets leave the heap, but its objects
        // per node and relationship stay: an A/B at batch 1,000 showed no gain in CPU, collections or store time
        // (BENCHMARKS.md, History, ing13e), so nothing chooses it by default.
        String txState = envOr("NEO4J_TX_STATE", "");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(value(args, ++i, "--port"));
                case "--data" -> home = Path.of(value(args, ++i, "--data"));
                case "--pagecache" -> pageCache = ByteUnit.parse(value(args, ++i, "--pagecache"));
                case "--tx-memory" -> txMemory = ByteUnit.parse(value(args, ++i, "--tx-memory"));
                case "--replan-interval" -> replanInterval = value(args, ++i, "--replan-interval");
                case "--replan-divergence" -> replanDivergence = value(args, ++i, "--replan-divergence");
                case "--tx-state" -> txState = value(args, ++i, "--tx-state");
                case "-h", "--help" -> {
                    System.out.println("usage: neo4j-server [--port N] [--data DIR] [--pagecache SIZE] [--tx-memory SIZE]"
                            + " [--replan-interval DURATION] [--replan-divergence 0..1] [--tx-state on-heap|off-heap]"
                            + "  (defaults: $NEO4J_TEST_PORT or 7687, $NEO4J_PAGECACHE or 256m, $NEO4J_TX_MEMORY or 512m,"
                            + " $NEO4J_REPLAN_INTERVAL or Neo4j's 10s, $NEO4J_REPLAN_DIVERGENCE or Neo4j's 0.75,"
                            + " $NEO4J_TX_STATE or Neo4j's on-heap;"
                            + " $NEO4J_KEEP_PLANS=1 never replans)");
                    return;
                }
                default -> fail("unknown argument: " + args[i]);
            }
        }
        home = home.toAbsolutePath().normalize();
        Duration minReplan = GraphDatabaseSettings.cypher_min_replan_interval.defaultValue();
        double divergence = GraphDatabaseSettings.query_statistics_divergence_threshold.defaultValue();
        if (!replanInterval.isEmpty()) {
            try {
                minReplan = SettingValueParsers.DURATION.parse(replanInterval);
            } catch (IllegalArgumentException e) {
                fail("invalid replan interval (a duration such as 10s or 2m): " + replanInterval);
            }
        }
        if (!replanDivergence.isEmpty()) {
            try {
                divergence = Double.parseDouble(replanDivergence);
            } catch (NumberFormatException e) {
                divergence = -1;
            }
            if (!(divergence >= 0 && divergence <= 1)) {
                fail("invalid replan divergence (a number from 0 to 1): " + replanDivergence);
            }
        }
        TransactionStateMemoryAllocation txStateMemory = GraphDatabaseSettings.tx_state_memory_allocation.defaultValue();
        if (!txState.isEmpty()) {
            switch (txState.toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "on-heap" -> txStateMemory = TransactionStateMemoryAllocation.ON_HEAP;
                case "off-heap" -> txStateMemory = TransactionStateMemoryAllocation.OFF_HEAP;
                default -> fail("invalid transaction state memory (on-heap or off-heap): " + txState);
            }
        }
        if (keepPlans) {
            minReplan = Duration.ofDays(1);
            divergence = 1.0;
        }

        try {
            serve(home, port, pageCache, txMemory, keepPlans, minReplan, divergence, txStateMemory);
        } catch (Throwable t) {
            // Neo4j leaves non-daemon threads behind on a failed start (e.g. port in use); exit explicitly.
            System.err.println("neo4j-server failed: " + t);
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void serve(Path home, int port, long pageCache, long txMemory, boolean keepPlans,
            Duration minReplan, double divergence, TransactionStateMemoryAllocation txStateMemory)
            throws InterruptedException {
        // The DBMS home holds data/ and logs/debug.log; everything stays under one directory.
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Bolt otherwise waits ~5s per connector on shutdown; test runs stop and start it often.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                // Tests and dev tools connect without credentials.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Neo4j would size the page cache to system RAM; the caller chooses instead.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
                .setConfig(GraphDatabaseSettings.tx_state_memory_allocation, txStateMemory)
                // Transaction logs are only needed for backup/recovery beyond the last checkpoint.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                // LOAD CSV must not read the server's files (dbms.security.allow_csv_import_from_file_urls);
                // the API's cypher field refuses LOAD CSV too.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, minReplan)
                .setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, divergence)
                // A list parameter's size is part of a cached plan's key by default, so every new size
                // of an id list would be planned anew.
                .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters,
                        keepPlans ? false : GraphDatabaseInternalSettings.cypher_size_hint_parameters.defaultValue())
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-server shutting down");
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
                System.out.println("neo4j-server stopped");
            }
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(3).toMillis())) {
            fail("database " + db.databaseName() + " did not become available");
        }
        // Ask the running kernel rather than a compile-time constant, so the line reports what is actually served.
        String version = db.executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                Map.of(),
                r -> String.valueOf(r.next().get("v")));

        System.out.printf("neo4j-server ready bolt://%s:%d version %s page cache %d MiB replan after %s at divergence %s"
                + " transaction state %s%n", HOST, port, version, pageCache >> 20, minReplan, divergence, txStateMemory);
        System.out.flush();

        // The DBMS threads are daemons in places; park main until the shutdown hook has finished.
        while (!stopped.await(1, TimeUnit.HOURS)) {
            // keep waiting
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            fail(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("invalid port: " + s);
        return -1;
    }

    private static void fail(String msg) {
        System.err.println("neo4j-server: " + msg);
        System.exit(2);
    }
}
