package id.surel.security;

import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.tenant.UnknownTenantException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A deactivated tenant is closed at once, on every node: its staff's open sessions end at their next click (login is
 * already refused), and its public pages ({@code /layanan/{tenantId}/...}) answer "not found". Its records stay.
 */
@Component
class InactiveTenantGuard implements HandlerInterceptor {

    private final Tenants tenants;

    InactiveTenantGuard(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal staff && isInactive(staff.tenantId())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return false;
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("tenantId") instanceof String tenantId && request.getRequestURI()
                        .startsWith(request.getContextPath() + "/layanan/")
                && isInactive(new TenantId(tenantId))) {
            throw new UnknownTenantException(tenantId);
        }
        return true;
    }

    private boolean isInactive(TenantId id) {
        return tenants.isInactive(id);
    }
}
