package org.frontline.importjob;

/** An import job that another process (or thread) is running now. */
public class ImportJobBusyException extends RuntimeException {

    public ImportJobBusyException(long jobId) {
        super("Import job " + jobId + " is running in another process");
    }
}
