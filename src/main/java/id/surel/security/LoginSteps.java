package id.surel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What a login still needs after the right password: the second factor (if the account has one), then a new password
 * (if an admin set the current one). Until then the session holds only the authority for that one step, so no other
 * page opens; each step passed changes the session id.
 */
@Component
public class LoginSteps implements AuthenticationSuccessHandler, AccessDeniedHandler {

    public static final String SECOND_FACTOR = "LOGIN_SECOND_FACTOR";
    public static final String PASSWORD_CHANGE = "LOGIN_PASSWORD_CHANGE";
    static final String SECOND_FACTOR_PAGE = "/login/kode";
    static final String PASSWORD_PAGE = "/akun/sandi";

    private final StaffUserDetailsService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    LoginSteps(StaffUserDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (!(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
            response.sendRedirect(request.getContextPath() + "/pengelola");
            return;
        }
        if (staff.totpEnabled()) {
            grant(request, response, staff, List.of(new SimpleGrantedAuthority(SECOND_FACTOR)));
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
        } else {
            afterSecondFactor(request, response, staff);
        }
    }

    /** The second factor was right: on to the password change if one is due, else into the application. */
    public void secondFactorPassed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        afterSecondFactor(request, response, reload());
    }

    /** The owner chose a new password: the session gets the account's full rights. */
    public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        StaffPrincipal staff = reload();
        grant(request, response, staff, staff.getAuthorities());
    }

    /** A session still in a login step is sent to that step instead of being told "forbidden". */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (has(auth, SECOND_FACTOR)) {
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
        } else if (has(auth, PASSWORD_CHANGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        } else {
            denied.handle(request, response, e);
        }
    }

    private void afterSecondFactor(HttpServletRequest request, HttpServletResponse response, StaffPrincipal staff)
            throws IOException {
        if (staff.mustChangePassword()) {
            grant(request, response, staff, List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE)));
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        } else {
            grant(request, response, staff, staff.getAuthorities());
            response.sendRedirect(request.getContextPath() + "/kotak-masuk");
        }
    }

    private StaffPrincipal reload() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return (StaffPrincipal) accounts.loadUserByUsername(username);
    }

    private void grant(HttpServletRequest request, HttpServletResponse response, StaffPrincipal staff,
            Collection<? extends GrantedAuthority> authorities) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static boolean has(Authentication auth, String authority) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
