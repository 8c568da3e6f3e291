package id.surel.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files. A blank {@code dataDir} means a throw-away folder (tests); the
 * default run keeps {@code ./data/postgres} so a restart keeps the requests.
 */
@ConfigurationProperties(prefix = "surel.database.embedded")
public record EmbeddedDatabaseSettings(String dataDir, int port) {
}
