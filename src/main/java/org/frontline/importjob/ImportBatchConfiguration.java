package org.frontline.importjob;

import java.util.LinkedHashMap;
import java.util.Map;
import org.frontline.ingest.read.ArticleLoader;
import org.frontline.ingest.read.ArticleScanner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * The import job on Spring Batch, its job repository in the application's PostgreSQL (tables from
 * {@code V2__batch_job_repository.sql}). The job has two steps:
 * <ol>
 * <li>{@code planImport} scans the job's paths into items, in one transaction;</li>
 * <li>{@code importArticles} imports the pending items, split over {@code frontline.import.threads} partitions
 * that run at once, each one article per chunk, each article in a transaction of its own ({@link ItemImport}).</li>
 * </ol>
 * A resumed job skips a completed plan and reads only the items still pending.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportBatchConfiguration extends JdbcDefaultBatchConfiguration {

    static final String JOB_NAME = "importArticles";

    private static final String PARTITION = "partition";
    private static final String PARTITIONS = "partitions";

    /**
     * Every import job has a job instance of its own (keyed by its id), so no two launches race to create the same
     * one, and the default (serializable) only makes concurrent launches fail on PostgreSQL.
     */
    @Override
    protected Isolation getIsolationLevelForCreate() {
        return Isolation.READ_COMMITTED;
    }

    /** Runs the jobs the API starts: two at a time, the others wait their turn (QUEUED). */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor importJobExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("import-job-");
        // running jobs stop at their next article when the application stops (ImportShutdown): wait for that
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        return executor;
    }

    @Bean
    ArticleScanner articleScanner(ImportProperties properties) {
        return new ArticleScanner(properties.readLimits());
    }

    @Bean
    ArticleLoader articleLoader(ImportProperties properties) {
        return new ArticleLoader(properties.readLimits());
    }

    @Bean
    Job importArticlesJob(JobRepository jobRepository, Step planImport, Step importArticles, ImportJobStore store) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(planImport)
                .next(importArticles)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) {
                        store.started(ImportJobs.jobId(execution));
                    }

                    @Override
                    public void afterJob(JobExecution execution) {
                        store.ended(ImportJobs.jobId(execution), switch (execution.getStatus()) {
                            case COMPLETED -> ImportJobState.COMPLETED;
                            case STOPPING, STOPPED -> ImportJobState.INTERRUPTED;
                            default -> ImportJobState.FAILED;
                        });
                    }
                })
                .build();
    }

    @Bean
    Step planImport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArticleScanner scanner, ImportJobStore store) {
        return new StepBuilder("planImport", jobRepository)
                .tasklet(new ImportPlanner(scanner, store), transactionManager)
                .build();
    }

    @Bean
    Step importArticles(JobRepository jobRepository, Step importArticle, Partitioner importPartitioner,
            ImportProperties properties, ImportProgress progress, ImportJobStore store) {
        SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("import-worker-");
        // a worker left running would keep the JVM from exiting; a killed one is what resume is for
        workers.setDaemon(true);
        return new StepBuilder("importArticles", jobRepository)
                .partitioner("importArticle", importPartitioner)
                .step(importArticle)
                .gridSize(properties.threads())
                .taskExecutor(workers)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution execution) {
                        progress.importing(ImportJobs.jobId(execution.getJobExecution()));
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution execution) {
                        int pending = store.counts(ImportJobs.jobId(execution.getJobExecution())).pending();
                        if (execution.getStatus() == BatchStatus.COMPLETED && pending > 0) {
                            // a completed job cannot be resumed: never let one leave articles behind
                            execution.setStatus(BatchStatus.FAILED);
                            execution.addFailureException(new IllegalStateException(pending + " items still pending"));
                            return ExitStatus.FAILED;
                        }
                        return null;
                    }
                })
                .build();
    }

    @Bean
    Step importArticle(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PendingItemReader pendingItemReader, ItemImport itemImport, ImportShutdown shutdown) {
        return new StepBuilder("importArticle", jobRepository)
                .<PendingItem, ImportItem>chunk(1)
                .reader(pendingItemReader)
                .processor(itemImport)
                .writer(items -> {
                    // each item was written by ItemImport in its own transaction
                })
                .transactionManager(transactionManager)
                .interruptionPolicy(shutdown)
                .build();
    }

    @Bean
    @StepScope
    PendingItemReader pendingItemReader(ImportJobStore store, @Value("#{jobParameters['importJobId']}") long jobId,
            @Value("#{stepExecutionContext['partition']}") int partition,
            @Value("#{stepExecutionContext['partitions']}") int partitions) {
        return new PendingItemReader(store, jobId, partition, partitions);
    }

    @Bean
    ItemImport itemImport(ArticleLoader loader, ArticleImporter importer, ImportJobStore store,
            ImportProgress progress, PlatformTransactionManager transactionManager) {
        return new ItemImport(loader, importer, store, progress, transactionManager);
    }

    /**
     * Items are dealt to partitions by their number, so each partition reads its own and none waits for another; as
     * many partitions as the job's {@code threads} parameter asks. A resumed job keeps its first run's partitions.
     */
    @Bean
    @StepScope
    Partitioner importPartitioner(@Value("#{jobParameters['" + ImportJobs.THREADS + "']}") Long threads) {
        return gridSize -> partitions(threads == null ? gridSize : Math.toIntExact(threads));
    }

    private static Map<String, ExecutionContext> partitions(int count) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int partition = 0; partition < count; partition++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, partition);
            context.putInt(PARTITIONS, count);
            partitions.put(PARTITION + partition, context);
        }
        return partitions;
    }
}
