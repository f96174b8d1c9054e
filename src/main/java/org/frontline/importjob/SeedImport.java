package org.frontline.importjob;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * On the service's first start, when the record has no sources, imports the seed articles, so that a new clone
 * serves something at once; a seed import interrupted on an earlier start is resumed instead. It runs before the
 * service reports itself ready. Only the service does this, never the import command.
 */
@Component
@ConditionalOnWebApplication
@EnableConfigurationProperties(SeedProperties.class)
public class SeedImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedImport.class);

    private final ImportJobs jobs;
    private final ImportJobStore store;
    private final SeedProperties properties;

    public SeedImport(ImportJobs jobs, ImportJobStore store, SeedProperties properties) {
        this.jobs = jobs;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (properties.importOnStart()) {
            importSeeds();
        }
    }

    /** @return the seed import job run now, if one was */
    public Optional<ImportJob> importSeeds() {
        Path seeds = properties.path().toAbsolutePath().normalize();
        Optional<ImportJob> interrupted = jobs.unfinished(ImportJobOrigin.SEEDS, List.of(seeds));
        long jobId;
        if (interrupted.isPresent()) {
            jobId = interrupted.get().id();
            log.info("Resuming the import of the seed articles in {} (import job {})", seeds, jobId);
        } else if (store.hasSources()) {
            return Optional.empty();
        } else if (!Files.isDirectory(seeds)) {
            log.warn("No seed articles imported: {} is not a folder (frontline.seeds.path)", seeds);
            return Optional.empty();
        } else {
            jobId = jobs.create(ImportJobOrigin.SEEDS, List.of(seeds), List.of());
            log.info("First start: importing the seed articles in {} (import job {})", seeds, jobId);
        }
        ImportJob job = jobs.run(jobId, ImportListener.NONE);
        log.info("Seed import job {} {}: {}", jobId, job.state().name().toLowerCase(java.util.Locale.ROOT),
                store.counts(jobId));
        return Optional.of(job);
    }
}
