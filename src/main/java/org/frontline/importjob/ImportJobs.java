package org.frontline.importjob;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.frontline.ingest.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Creates, runs and resumes import jobs. A job is created with its inputs, then run: in the caller's thread (the
 * command line), or in the background (the API). Running a job that was interrupted or failed resumes it where it
 * stopped; only one process at a time runs a given job ({@link ImportJobLocks}).
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    static final String JOB_ID = "importJobId";
    static final String THREADS = "threads";

    private final ImportJobStore store;
    private final ImportJobLocks locks;
    private final ImportProgress progress;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final TaskExecutor background;
    private final ImportProperties properties;
    private final ImportShutdown shutdown;

    ImportJobs(ImportJobStore store, ImportJobLocks locks, ImportProgress progress, JobOperator jobOperator,
            JobRepository jobRepository, Job importArticlesJob, @Qualifier("importJobExecutor") TaskExecutor background,
            ImportProperties properties, ImportShutdown shutdown) {
        this.properties = properties;
        this.shutdown = shutdown;
        this.store = store;
        this.locks = locks;
        this.progress = progress;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = importArticlesJob;
        this.background = background;
    }

    /**
     * @param paths  files and folders, relative ones to the working folder
     * @param inline articles sent with the request
     * @return the new job's id
     */
    public long create(ImportJobOrigin origin, List<Path> paths, List<RawArticle> inline) {
        return store.create(origin, paths.stream().map(path -> path.toAbsolutePath().normalize()).toList(), inline);
    }

    /** @return the last job of this origin over exactly these paths, when it did not finish */
    public Optional<ImportJob> unfinished(ImportJobOrigin origin, List<Path> paths) {
        return store.latest(origin, paths.stream().map(path -> path.toAbsolutePath().normalize()).toList())
                .filter(job -> job.state().resumable());
    }

    public Optional<ImportJob> find(long id) {
        return store.find(id);
    }

    /**
     * Runs a job to its end in this thread: starts it, or resumes it when an earlier run stopped (a crash leaves
     * Spring Batch's execution STARTED; holding the job's lock proves nobody runs it, so it is marked failed first,
     * as Spring Batch's {@code JobOperator.recover} does after a crash).
     *
     * @throws ImportJobBusyException when another process or thread runs the job now
     */
    public ImportJob run(long jobId, ImportListener listener) {
        return run(jobId, properties.threads(), listener);
    }

    /** @param threads how many articles to import at once, in place of {@code frontline.import.threads} */
    public ImportJob run(long jobId, int threads, ImportListener listener) {
        ImportJobLocks.Lease lease = locks.tryLock(jobId).orElseThrow(() -> new ImportJobBusyException(jobId));
        progress.follow(jobId, listener);
        try (lease; ImportShutdown.RunningJob running = shutdown.jobRunning()) {
            JobParameters parameters = new JobParametersBuilder().addLong(JOB_ID, jobId)
                    .addLong(THREADS, (long) threads, false).toJobParameters();
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return store.find(jobId).orElseThrow();
            }
            if (last != null && last.getStatus().isRunning()) {
                jobOperator.recover(last);
            }
            jobOperator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("Import job " + jobId + " could not be run: " + e.getMessage(), e);
        } finally {
            progress.unfollow(jobId, listener);
        }
        return store.find(jobId).orElseThrow();
    }

    /** Runs the job in the background; its state tells how it goes. */
    public void runInBackground(long jobId) {
        background.execute(() -> {
            try {
                run(jobId, ImportListener.NONE);
            } catch (RuntimeException e) {
                log.error("Import job {} could not run", jobId, e);
            }
        });
    }

    static long jobId(JobExecution execution) {
        Long id = execution.getJobParameters().getLong(JOB_ID);
        if (id == null) {
            throw new IllegalStateException("Job execution " + execution.getId() + " has no " + JOB_ID);
        }
        return id;
    }
}
