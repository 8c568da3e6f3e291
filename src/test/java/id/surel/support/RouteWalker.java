package id.surel.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Calls every route the application has, as a staff member of one tenant, with the ids of another tenant's data, and
 * lists each route that answered with that data or accepted the call. Public routes (the request form, tracking by
 * private token, login) are left out by prefix; a route with a path variable it has no value for is reported too, so
 * a new kind of route cannot slip by untested.
 */
public class RouteWalker {

    private static final Set<String> PUBLIC_PREFIXES = Set.of("/layanan/", "/lacak", "/login", "/error", "/webjars");
    private static final Set<String> PUBLIC_EXACT = Set.of("/");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    /** Plausible form fields, so a POST is refused for the right reason (not a missing parameter). */
    private static final Map<String, String> FORM = Map.of("version", "0", "branch", "x", "note", "uji", "reason",
            "uji", "tanggal", "2099-01-01", "nama", "uji", "tahun", "2099");

    private final RequestMappingHandlerMapping mapping;

    public RouteWalker(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    /** Routes that leaked {@code secret} or accepted a call on another tenant's ids; empty when all refused. */
    public List<String> leaks(WebSession session, Map<String, String> otherTenantIds, String secret) {
        List<String> problems = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (isPublic(pattern)) {
                    continue;
                }
                String url = fill(pattern, otherTenantIds, problems);
                if (url == null) {
                    continue;
                }
                boolean post = methods.contains(RequestMethod.POST);
                Document page = post ? session.post(url, FORM) : session.get(url);
                int status = session.lastStatus();
                boolean hasIds = !url.equals(pattern);
                if (page.outerHtml().contains(secret)) {
                    problems.add((post ? "POST " : "GET ") + url + " showed the other tenant's data");
                } else if (hasIds && status < 400) {
                    problems.add((post ? "POST " : "GET ") + url + " answered " + status + " for another tenant's id");
                }
            }
        }
        return problems;
    }

    private static String fill(String pattern, Map<String, String> ids, List<String> problems) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = ids.get(m.group(1));
            if (value == null) {
                problems.add(pattern + ": no test value for path variable '" + m.group(1) + "'");
                return null;
            }
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        return url.toString();
    }

    private static boolean isPublic(String pattern) {
        return PUBLIC_EXACT.contains(pattern) || PUBLIC_PREFIXES.stream().anyMatch(pattern::startsWith);
    }
}
