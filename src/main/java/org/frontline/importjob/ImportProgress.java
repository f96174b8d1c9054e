package org.frontline.importjob;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Passes the events of running import jobs to whoever follows them (the command line, a subscription). */
@Component
public class ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private final Map<Long, List<ImportListener>> listeners = new ConcurrentHashMap<>();

    public void follow(long jobId, ImportListener listener) {
        listeners.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>()).add(listener);
    }

    public void unfollow(long jobId, ImportListener listener) {
        listeners.computeIfPresent(jobId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void importing(long jobId) {
        for (ImportListener listener : listeners.getOrDefault(jobId, List.of())) {
            notify(() -> listener.importing(jobId));
        }
    }

    void finished(ImportItem item) {
        for (ImportListener listener : listeners.getOrDefault(item.jobId(), List.of())) {
            notify(() -> listener.finished(item));
        }
    }

    /** A listener's failure is its own: the import goes on. */
    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("An import listener failed", e);
        }
    }
}
