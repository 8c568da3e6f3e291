package id.surel.notify;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** When the daily digest goes: from {@code digestAt} tenant time on the tenant's working days, looked for every {@code digestCheck}. */
@ConfigurationProperties(prefix = "surel.notify")
public record NotifySettings(LocalTime digestAt, String digestCheck) {

    public NotifySettings {
        digestAt = digestAt == null ? LocalTime.of(7, 0) : digestAt;
    }
}
