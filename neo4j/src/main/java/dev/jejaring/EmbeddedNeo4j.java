package dev.jejaring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs Neo4j 5.26 Community embedded with its Bolt connector, the set-up Neo4j documents as "embedded with
 * Bolt", so that the Node app talks to it through the ordinary neo4j-driver exactly as it would talk to a
 * server or to Aura.
 *
 * <p>It is started by server/embedded/neo4j-process.ts, which owns every decision a user can influence
 * (ports, paths, memory, the password). Configuration arrives through environment variables rather than
 * argv so the password never shows in a process listing. The launcher prints one line {@code READY <uri>}
 * on stdout once Bolt accepts connections, and shuts the database down cleanly on SIGINT/SIGTERM or when
 * its parent goes away (stdin closes): an app killed with SIGKILL must not leave an orphan JVM holding
 * the store lock.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path home = Path.of(required(env, "JJ_NEO4J_HOME")).toAbsolutePath();
    String host = env.getOrDefault("JJ_NEO4J_HOST", "127.0.0.1");
    int port = Integer.parseInt(env.getOrDefault("JJ_NEO4J_PORT", "7687"));
    long pageCache = Long.parseLong(env.getOrDefault("JJ_NEO4J_PAGECACHE_BYTES", String.valueOf(512L << 20)));
    String password = required(env, "JJ_NEO4J_PASSWORD");
    Files.createDirectories(home);
    // A password digest only describes the system database it was written for.
    if (!Files.isDirectory(home.resolve("data/databases/system"))) {
      Files.deleteIfExists(home.resolve(".password-sha256"));
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Bolt's defaults wait several quiet seconds for clients that are already gone; a developer
            // restarting the app (and every test that restarts Neo4j) would pay them on each stop.
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("Jejaring: stopping embedded Neo4j");
                  dbms.shutdown();
                  stopped.countDown();
                },
                "jejaring-neo4j-shutdown"));

    try {
      setPassword(dbms, home, password);
    } catch (RuntimeException | IOException | NoSuchAlgorithmException e) {
      // Neo4j's own threads would keep the JVM alive after main fails; the parent must see an exit.
      System.err.println("Jejaring: could not set the Neo4j password: " + e.getMessage());
      System.exit(1);
    }
    System.out.println("READY bolt://" + host + ":" + port);
    System.out.flush();

    Thread watchdog = new Thread(EmbeddedNeo4j::exitWhenParentGoesAway, "jejaring-parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    stopped.await();
  }

  /**
   * Makes the stored password of the built-in user match the one the app holds. Embedded code runs with full
   * rights on the system database, so this works whatever the previous password was; doing it on every start
   * lets a user rotate NEO4J_PASSWORD (or delete the generated password file) without a reset. A digest of
   * the last password set is kept beside the store so that an unchanged password costs nothing: the first
   * system command of a JVM spends seconds warming up the Cypher compiler.
   */
  private static void setPassword(DatabaseManagementService dbms, Path home, String password)
      throws IOException, NoSuchAlgorithmException {
    Path marker = home.resolve(".password-sha256");
    String digest =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
    if (Files.exists(marker) && Files.readString(marker).trim().equals(digest)) return;
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to itself: then it is already the one we hold.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
    Files.writeString(marker, digest);
  }

  /** The parent keeps our stdin open for as long as it lives; end of input means it is gone. */
  private static void exitWhenParentGoesAway() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Nothing is expected on stdin; reading only detects its end.
      }
    } catch (IOException ignored) {
      // A broken pipe is the same news as end of input.
    }
    System.exit(0);
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      System.err.println("Jejaring: environment variable " + name + " is required");
      System.exit(2);
    }
    return value;
  }
}
