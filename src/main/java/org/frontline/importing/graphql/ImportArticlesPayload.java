package org.frontline.importing.graphql;

import org.frontline.importing.ImportJob;

/** What the import mutations answer: the job they started, as it is now. */
record ImportArticlesPayload(ImportJob job) {
}
