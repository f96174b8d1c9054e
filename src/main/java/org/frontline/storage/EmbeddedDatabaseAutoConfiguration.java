package org.frontline.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Runs a real PostgreSQL from the jar when no external database is configured, so that one command starts the
 * whole service. Its data lives in {@code frontline.database.data-dir} ({@code FRONTLINE_DATA_DIR}, default
 * {@code ./data}) and survives restarts; tests ask for a throw-away folder instead.
 *
 * <p>Backs off when {@code spring.datasource.url} is set or when something else (a Testcontainers
 * {@code @ServiceConnection}) already says where the database is.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
// not @ConditionalOnProperty(havingValue = ""): that matches any value but "false", so a URL never switched it off
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedDatabaseAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    EmbeddedPostgres embeddedPostgres(@Value("${frontline.database.data-dir:./data}") Path dataDir,
            @Value("${frontline.database.ephemeral:false}") boolean ephemeral) throws IOException {
        Path directory = ephemeral ? Files.createTempDirectory("frontline-db") : dataDir.toAbsolutePath();
        Files.createDirectories(directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(ephemeral)
                .setServerConfig("max_connections", "100")
                // the context stops it (destroyMethod), after running imports have stopped (ImportShutdown); a JVM
                // shutdown hook of its own would stop it at once, under a running import
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

}
