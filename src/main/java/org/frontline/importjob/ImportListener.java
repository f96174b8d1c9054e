package org.frontline.importjob;

/** Follows a running import job. Called from the job's threads: implementations must be thread-safe. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    /** The job's items are known (planned now, or earlier by an interrupted run) and importing begins. */
    default void importing(long jobId) {
    }

    /** An item was handled and its outcome committed. */
    default void finished(ImportItem item) {
    }
}
