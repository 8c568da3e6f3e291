package id.surel.workflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the outbox worker polls and retries. */
@ConfigurationProperties(prefix = "surel.outbox")
public record OutboxSettings(boolean workerEnabled, Duration pollInterval, int batchSize, Duration lease,
        int maxAttempts, Duration firstRetryDelay) {
}
