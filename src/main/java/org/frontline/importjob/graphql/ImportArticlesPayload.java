package org.frontline.importjob.graphql;

import org.frontline.importjob.ImportJob;

/** What the import mutations answer: the job they started, as it is now. */
record ImportArticlesPayload(ImportJob job) {
}
