package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Other web sites cannot change rotas through the user's browser. */
@H2Web
class SameOriginGuardTest {
    @LocalServerPort
    int port;

    private int post(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rotas/1/delete"))
                .POST(HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        assertThat(post("Origin", "https://evil.example")).isEqualTo(403);
        assertThat(post("Origin", "http://localhost:" + (port + 1))).isEqualTo(403);
        assertThat(post("Sec-Fetch-Site", "cross-site")).isEqualTo(403);
        assertThat(new Http(port).get("/api/rotas/1").statusCode()).isEqualTo(200);
    }

    @Test
    void aPostFromTheApplicationsOwnPageIsAccepted() throws Exception {
        // Rota 999999 does not exist: the guard lets the request through to say so.
        int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/rotas/999999/delete"))
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(404);
    }
}
