package org.frontline.importjob;

import java.time.OffsetDateTime;
import java.util.List;

/** An import job as reported: what it reads, where it is, and when it ran. */
public record ImportJob(long id, ImportJobOrigin origin, List<String> paths, ImportJobState state,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime endedAt) {
}
