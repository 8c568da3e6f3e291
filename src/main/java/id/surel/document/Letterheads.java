package id.surel.document;

import id.surel.tenant.LetterSettings;
import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Builds a tenant's letterhead from its letter settings. A configured logo (a PNG or JPEG resource) is embedded in
 * the letter; without one the letterhead shows a neutral drawn emblem, since Surel ships no government's arms.
 */
@Service
public class Letterheads {

    private static final String GOVERNMENT_PREFIX = "Pemerintah ";

    private final Tenants tenants;
    private final ResourceLoader resources;

    public Letterheads(Tenants tenants, ResourceLoader resources) {
        this.tenants = tenants;
        this.resources = resources;
    }

    public Letterhead of(Tenant tenant) {
        LetterSettings settings = tenants.letterSettings(tenant.id());
        String place = settings.place() != null ? settings.place() : placeFromName(tenant.name());
        return new Letterhead(tenant.name(), settings.office(), tenant.domain(), place, logo(settings.logo()));
    }

    /** "Pemerintah Kota Bogor" -> "Kota Bogor": a fallback for a tenant that set no place. */
    private static String placeFromName(String name) {
        return name.startsWith(GOVERNMENT_PREFIX) ? name.substring(GOVERNMENT_PREFIX.length()) : name;
    }

    private String logo(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        Resource resource = resources.getResource(location);
        String lower = location.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".png") ? "image/png"
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
        if (type == null) {
            throw new IllegalArgumentException("Logo kop surat harus PNG atau JPEG / letterhead logo must be PNG or JPEG: "
                    + location);
        }
        try (InputStream in = resource.getInputStream()) {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Logo kop surat tidak terbaca / cannot read letterhead logo " + location, e);
        }
    }
}
