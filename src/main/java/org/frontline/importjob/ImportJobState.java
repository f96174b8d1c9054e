package org.frontline.importjob;

/** Where an import job is. */
public enum ImportJobState {
    /** Created, waiting to run. */
    QUEUED,
    /** Running now. */
    RUNNING,
    /** Every article was handled (imported, unchanged, replaced, rejected or failed). */
    COMPLETED,
    /** Stopped by an error of the job itself (the database went away); resuming it goes on where it stopped. */
    FAILED,
    /** Stopped by a crash, a kill or a shutdown; resuming it goes on where it stopped. */
    INTERRUPTED;

    public boolean resumable() {
        return this == QUEUED || this == FAILED || this == INTERRUPTED;
    }
}
