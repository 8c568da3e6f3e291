package id.surel.workflow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** When a step counts as "near due" (a share of its working time, 0.75 by default) and how often that is checked. */
@ConfigurationProperties(prefix = "surel.sla")
public record SlaSettings(double warningRatio, Duration tick) {

    public SlaSettings {
        if (warningRatio <= 0 || warningRatio >= 1) {
            throw new IllegalArgumentException("surel.sla.warning-ratio must be between 0 and 1: " + warningRatio);
        }
    }
}
