package org.frontline.importjob;

import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads one partition's pending items of a job, a page at a time. It keeps no state of its own between runs: the
 * items' states are the state, so a resumed job simply reads what is still pending.
 */
class PendingItemReader implements ItemReader<PendingItem> {

    private static final int PAGE = 100;

    private final ImportJobStore store;
    private final long jobId;
    private final int partition;
    private final int partitions;
    private final Deque<PendingItem> page = new ArrayDeque<>();
    private int lastSeq;
    private boolean exhausted;

    PendingItemReader(ImportJobStore store, long jobId, int partition, int partitions) {
        this.store = store;
        this.jobId = jobId;
        this.partition = partition;
        this.partitions = partitions;
    }

    @Override
    public PendingItem read() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(store.pending(jobId, partition, partitions, lastSeq, PAGE));
            exhausted = page.isEmpty();
        }
        PendingItem next = page.poll();
        if (next != null) {
            lastSeq = next.item().seq();
        }
        return next;
    }
}
