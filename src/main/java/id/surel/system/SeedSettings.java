package id.surel.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What is loaded at start-up: the seed governments with their SOPs ({@code tenants}), and the demo staff accounts
 * ({@code demoStaff}, only for the embedded default; the production profile turns it off).
 */
@ConfigurationProperties(prefix = "surel.seed")
public record SeedSettings(boolean tenants, boolean demoStaff, String demoPassword) {
}
