package id.surel.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The single sign-on buttons of the login page: one per configured identity provider, none if there is none. */
@Component
public class SsoLinks {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SsoLinks(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public List<Link> all() {
        List<Link> links = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration r = (ClientRegistration) each;
                links.add(new Link("/oauth2/authorization/" + r.getRegistrationId(), r.getClientName()));
            }
        }
        return links;
    }

    public record Link(String href, String name) {
    }
}
