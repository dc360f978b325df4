package community.hub.web.openapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi}: the API contract exactly as written, {@code openapi.yaml} beside this class, sent as
 * {@code application/yaml} (RFC 9512). Payara's own OpenAPI endpoint, which this answers in place of, reads a
 * static document into its model and writes it out again: on the way it turns example dates into empty objects,
 * drops {@code security: []} from the public operations and sends YAML as {@code text/plain}.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiDocument extends HttpFilter {

    static final String MEDIA_TYPE = "application/yaml;charset=UTF-8";

    private final byte[] contract = read();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(contract.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(contract);
        }
    }

    private static byte[] read() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing beside " + OpenApiDocument.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
