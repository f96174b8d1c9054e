package org.frontline.importing;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops running imports when the application shuts down: each worker finishes the article it is on and its step
 * stops (Spring Batch's STOPPED), so the job is left INTERRUPTED and resumes where it stopped. Stops before anything
 * else (the highest phase), while the database is still there.
 */
@Component
class ImportShutdown implements SmartLifecycle, StepInterruptionPolicy {

    private volatile boolean running;
    private volatile boolean stopping;

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
