package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document is served and describes every API operation the application has, and no other. */
@H2Web
class OpenApiTest {
    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentDescribesEveryApiOperation() throws Exception {
        HttpResponse<String> response = new Http(port).get("/api/openapi.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(response.body());

        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        Set<String> implemented = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                        implemented.add(method.name() + " " + pattern);
                    }
                }
            }
        }

        assertThat(documented).isEqualTo(implemented);
        assertThat(document.get("openapi").asText()).startsWith("3.");
    }
}
