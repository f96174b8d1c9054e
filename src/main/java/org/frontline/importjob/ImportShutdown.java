package org.frontline.importjob;

import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops running imports when the application shuts down (Ctrl-C on the import command, a stopped service): each
 * worker finishes the article it is on and its step stops (Spring Batch's STOPPED), so the job is left INTERRUPTED
 * and resumes where it stopped. Stops before anything else (the highest phase) and waits for the jobs to stop, while
 * the database is still there.
 */
@Component
class ImportShutdown implements SmartLifecycle, StepInterruptionPolicy {

    private static final Logger log = LoggerFactory.getLogger(ImportShutdown.class);

    /** Longer than most articles take; a job still running after it is left to resume like a crashed one. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Phaser runningJobs = new Phaser(1);
    private volatile boolean running;
    private volatile boolean stopping;

    /** A job running in this process, until closed. */
    interface RunningJob extends AutoCloseable {
        @Override
        void close();
    }

    RunningJob jobRunning() {
        runningJobs.register();
        return runningJobs::arriveAndDeregister;
    }

    @Override
    public void checkInterrupted(StepExecution stepExecution) throws JobInterruptedException {
        if (stopping || Thread.currentThread().isInterrupted() || stepExecution.isTerminateOnly()) {
            // without it, Spring Batch takes a step that stops looping for one that completed
            stepExecution.setTerminateOnly();
            throw new JobInterruptedException("the import was stopped");
        }
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
    }

    @Override
    public void stop() {
        stopping = true;
        running = false;
        if (runningJobs.getRegisteredParties() > 1) {
            log.info("Stopping the running import jobs after the articles they are on");
        }
        try {
            // the phase ends when this and every running job have arrived
            runningJobs.awaitAdvanceInterruptibly(runningJobs.arrive(), PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            log.warn("Import jobs still running after {} s will resume where they stopped", PATIENCE.toSeconds());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
