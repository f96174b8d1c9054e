package org.frontline.importjob;

import java.util.ArrayList;
import java.util.List;
import org.frontline.ingest.read.ArticleScanner;
import org.frontline.ingest.read.ScanEntry;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step of an import job: scans the job's paths into its items, once, in the step's transaction (all the
 * items or none). What the scan refuses (a missing path, a malformed manifest) becomes a rejected item right away.
 */
class ImportPlanner implements Tasklet {

    private static final int BATCH = 1000;

    private final ArticleScanner scanner;
    private final ImportJobStore store;

    ImportPlanner(ArticleScanner scanner, ImportJobStore store) {
        this.scanner = scanner;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobId = ImportJobs.jobId(chunkContext.getStepContext().getStepExecution().getJobExecution());
        if (!store.markPlanned(jobId)) {
            return RepeatStatus.FINISHED;
        }
        List<ScanEntry> batch = new ArrayList<>(BATCH);
        scanner.scan(store.paths(jobId), entry -> {
            batch.add(entry);
            if (batch.size() == BATCH) {
                store.addScanned(jobId, batch);
                batch.clear();
            }
        });
        store.addScanned(jobId, batch);
        return RepeatStatus.FINISHED;
    }
}
