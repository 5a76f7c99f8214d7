package org.rotaguard.app.web;

import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** The web application: rota pages, the JSON API and the rota store. */
@SpringBootApplication
public class RotaguardWeb {

    /**
     * Starts the application and returns when it stops (Ctrl+C); false if it could not start.
     * The command line exits when its command returns, so this waits for the server.
     */
    static boolean start(String[] args) {
        SpringApplication app = new SpringApplication(RotaguardWeb.class);
        ConfigurableApplicationContext context;
        try {
            context = app.run(args);
        } catch (RuntimeException e) {
            // Spring has already logged why (port in use, database unreachable...).
            System.err.println("rotaguard: the web application could not start: " + rootMessage(e));
            return false;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
        if (context instanceof WebServerApplicationContext web) {
            String host = context.getEnvironment().getProperty("server.address", "127.0.0.1");
            String shown = host.equals("127.0.0.1") || host.equals("localhost") ? "localhost" : host;
            System.out.println("rotaguard is serving on http://" + shown + ":" + web.getWebServer().getPort()
                    + "/ (Ctrl+C stops it)");
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
