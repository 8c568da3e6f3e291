package id.surel.request.bulk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of a bulk upload and how provisioning works through it: {@code maxRows} data rows and {@code maxFileBytes}
 * per staff list; {@code chunkSize} rows claimed at a time, each claim held for {@code lease}.
 */
@ConfigurationProperties("surel.bulk")
public record BulkSettings(int maxRows, long maxFileBytes, int chunkSize, Duration lease) {
}
