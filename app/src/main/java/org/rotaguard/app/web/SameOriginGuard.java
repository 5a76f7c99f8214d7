package org.rotaguard.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps other web sites out of a server that listens on this machine only. Without it, any page
 * open in the user's browser could post to localhost and change rotas (no sign-in protects them),
 * or reach the server under its own host name (DNS rebinding). Changes must come from the
 * application's own pages or from a program (which sends no Origin), and on a loopback address
 * the Host must be a loopback name.
 */
@Component
public class SameOriginGuard extends OncePerRequestFilter {
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private final boolean loopbackOnly;

    public SameOriginGuard(@Value("${server.address:}") String address) {
        this.loopbackOnly = address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        if (loopbackOnly && !LOOPBACK.contains(host)) {
            refuse(response, "this rotaguard server answers only on localhost");
            return;
        }
        if (CHANGES.contains(request.getMethod()) && crossSite(request)) {
            refuse(response, "changes are accepted only from rotaguard's own pages");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || port != request.getServerPort();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }
}
