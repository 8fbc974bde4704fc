import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.FulltextSettings;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.api.impl.index.LuceneSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;

/**
 * A minimal Neo4j 5 community server: embedded Neo4j with only the Bolt
 * connector, on loopback, with auth. Used because the server tarball is not
 * on Maven Central; src/neo4j-local/ provisions the jars and starts this.
 *
 * Usage: java -cp '<lib>/*:<classes>' Neo4jLauncher <homeDir> <port>
 * The password comes from the NEO4J_LAUNCHER_PASSWORD environment variable so
 * that it never shows up in a process listing. With NEO4J_LAUNCHER_EXIT_ON_EOF=1
 * the server stops when its stdin closes, i.e. when the process that owns it
 * (a test run) dies without stopping it.
 */
public final class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Neo4jLauncher <homeDir> <port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("NEO4J_LAUNCHER_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_LAUNCHER_PASSWORD must be set (at least 8 characters)");
            System.exit(2);
        }

        long pageCacheBytes;
        try {
            pageCacheBytes = Long.parseLong(System.getenv("NEO4J_LAUNCHER_PAGECACHE_BYTES"));
        } catch (NumberFormatException e) {
            System.err.println("NEO4J_LAUNCHER_PAGECACHE_BYTES must be set (bytes)");
            System.exit(2);
            return;
        }

        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            // Optional tuning (name=value lines) beside the data folder; the settings below win.
            Path conf = home.resolveSibling("neo4j.conf");
            if (java.nio.file.Files.exists(conf)) builder.loadPropertiesFromFile(conf);
            dbms = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // NEO4J_LOCAL_PAGECACHE, passed in bytes by src/neo4j-local/local.ts (src/config.ts has the default).
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    // Netty waits a 5 s quiet period per event loop group on shutdown
                    // (10 s in total); nothing needs it on a local dev server.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    // The full-text indexes are eventually consistent; refreshing them at most once a
                    // second (default: after every applied batch) spares most of Lucene's segment
                    // flushes and merges during ingestion. Writers await the refresh after loading.
                    .setConfig(FulltextSettings.eventually_consistent_refresh_interval, java.time.Duration.ofSeconds(1))
                    // Lucene merge factor 10 instead of Neo4j's 2: with 2, nearly every flushed segment
                    // started a merge, and merges were the largest single cost of ingestion.
                    .setConfig(LuceneSettings.lucene_merge_factor, 10)
                    .build();
        } catch (Exception e) {
            System.out.println("FAILED to start Neo4j on 127.0.0.1:" + port + ": " + rootMessage(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT run shutdown hooks: flush and close the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Embedded transactions run with full privileges, so the system database
        // accepts this even though nobody logged in. Re-applied on every start, so
        // the password in the state file is always the one that works.
        try {
            setPassword(dbms, password);
        } catch (Exception e) {
            System.out.println("FAILED to set the password: " + rootMessage(e));
            System.exit(1); // runs the shutdown hook; Neo4j's threads would otherwise keep the JVM alive
        }

        if ("1".equals(System.getenv("NEO4J_LAUNCHER_EXIT_ON_EOF"))) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) { /* ignore input */ }
                } catch (Exception ignored) { }
                System.exit(0); // runs the shutdown hook
            }, "parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try (Transaction tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password)).close();
            tx.commit();
        } catch (QueryExecutionException e) {
            // Restart with the password already in place: Neo4j refuses to "change" it to itself.
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** The innermost cause says what went wrong ("Address already in use"); the wrappers only add noise. */
    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return String.valueOf(root.getMessage());
    }
}
