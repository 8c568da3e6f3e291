package id.surel.security;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Public pages (request form, tracking) are open but rate-limited; everything else needs a staff login. CSRF stays
 * on, the CSP allows no inline script or style, and pages may not be framed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private final PublicRateLimit rateLimit;
    private final InactiveTenantGuard inactiveTenants;
    private final LoginSteps loginSteps;
    private final ObjectProvider<ClientRegistrationRepository> ssoRegistrations;
    private final SsoUserService ssoUsers;

    SecurityConfiguration(PublicRateLimit rateLimit, InactiveTenantGuard inactiveTenants, LoginSteps loginSteps,
            ObjectProvider<ClientRegistrationRepository> ssoRegistrations, SsoUserService ssoUsers) {
        this.rateLimit = rateLimit;
        this.inactiveTenants = inactiveTenants;
        this.loginSteps = loginSteps;
        this.ssoRegistrations = ssoRegistrations;
        this.ssoUsers = ssoUsers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimit).addPathPatterns("/layanan/**", "/lacak/**");
        registry.addInterceptor(inactiveTenants).excludePathPatterns("/login", "/error", "/webjars/**", "/css/**",
                "/js/**");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/layanan/**", "/lacak/**", "/login", "/error", "/webjars/**", "/css/**",
                                "/js/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(LoginSteps.SECOND_FACTOR_PAGE)
                        .hasAuthority(LoginSteps.SECOND_FACTOR)
                        .requestMatchers(LoginSteps.PASSWORD_PAGE)
                        .hasAnyAuthority("ROLE_STAFF", LoginSteps.PASSWORD_CHANGE)
                        .requestMatchers(HttpMethod.POST, "/kalender/**", "/sop/versi", "/sop/versi/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/audit", "/audit.csv", "/staf", "/staf/**", "/pengaturan", "/pengaturan/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/pengelola", "/pengelola/**")
                        .hasRole("OPERATOR")
                        .anyRequest()
                        .hasRole("STAFF"))
                .exceptionHandling(e -> e.accessDeniedHandler(loginSteps))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginSteps)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        if (ssoRegistrations.getIfAvailable() != null) {
            http.oauth2Login(sso -> sso.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(ssoUsers))
                    .successHandler(loginSteps)
                    .failureUrl("/login?sso"));
        }
        return http.build();
    }

    /** A locked account gets its own message; every other failure the same one, so usernames cannot be probed. */
    private static AuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
