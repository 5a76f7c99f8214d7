package org.rotaguard.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rotaguard serve}: the web application. Spring is started here and nowhere else, so the
 * other commands stay quick.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web application on http://localhost:8080 (this machine only).",
                "Rotas are kept in an H2 database under ~/.rotaguard/db unless --database-url names another,"
                        + " such as PostgreSQL: jdbc:postgresql://HOST:PORT/DB."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port to listen on (default: 8080)")
    int port;

    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: 127.0.0.1, this machine only)")
    String address;

    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            description = "database to keep rotas in (default: H2 in ~/.rotaguard/db)")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", description = "database user")
    String databaseUser;

    @Option(names = "--database-password", paramLabel = "PASSWORD",
            description = "database password (or set ROTAGUARD_DATABASE_PASSWORD)")
    String databasePassword;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 1 to 65535, not " + port);
        }
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--server.address=" + address);
        if (databaseUrl != null) {
            args.add("--spring.datasource.url=" + databaseUrl);
        }
        if (databaseUser != null) {
            args.add("--spring.datasource.username=" + databaseUser);
        }
        String password = databasePassword != null ? databasePassword : System.getenv("ROTAGUARD_DATABASE_PASSWORD");
        if (password != null) {
            args.add("--spring.datasource.password=" + password);
        }
        return RotaguardWeb.start(args.toArray(String[]::new)) ? 0 : 3;
    }
}
