package org.frontline.importjob;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leaves a stopped job's records as a crash would: a process killed in the middle of a job never tells Spring Batch
 * or the import tables that it stopped, so its executions stay STARTED and the job RUNNING (with nobody holding its
 * lock, which is how a crash is told from a job running elsewhere).
 */
public final class CrashSimulation {

    private CrashSimulation() {
    }

    public static void asIfKilled(JdbcClient jdbc, long jobId) {
        jdbc.sql("""
                update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null
                where status <> 'COMPLETED' and job_execution_id in (select job_execution_id from batch_job_execution_params
                    where parameter_name = :parameter and parameter_value = :job)""")
                .param("parameter", ImportJobs.JOB_ID).param("job", Long.toString(jobId)).update();
        jdbc.sql("""
                update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null
                where job_execution_id in (select job_execution_id from batch_job_execution_params
                    where parameter_name = :parameter and parameter_value = :job)""")
                .param("parameter", ImportJobs.JOB_ID).param("job", Long.toString(jobId)).update();
        jdbc.sql("update import_job set state = 'RUNNING', ended_at = null where id = :job").param("job", jobId)
                .update();
    }
}
