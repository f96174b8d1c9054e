package org.frontline.storage;

import java.util.Arrays;
import java.util.List;
import org.frontline.resolution.duplicate.ReportCopies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records which sources are copies of one report, so that an event reported by five copies of one wire story
 * counts one source. Candidates are the sources sharing the most lookup keys with this one
 * ({@link ReportCopies#lookupKeys}); {@link ReportCopies#sameReport} decides.
 */
@Component
class CopyLinker {

    /** Copies share many keys; past the best-matching few hundred, candidates share only common words. */
    private static final int MAX_CANDIDATES = 200;

    private final JdbcClient jdbc;
    private final ReportCopies reportCopies = new ReportCopies();

    CopyLinker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Indexes the source's signature and points it at the earliest source of the same report, if there is one. */
    void link(long sourceId, int[] signature) {
        Long[] keys = Arrays.stream(reportCopies.lookupKeys(signature)).boxed().toArray(Long[]::new);
        jdbc.sql("""
                insert into source_copy_key (copy_key, source_id)
                select key, ? from unnest(?::bigint[]) key on conflict do nothing""")
                .params(sourceId, keys).update();
        List<Candidate> candidates = jdbc.sql("""
                select s.id, coalesce(s.copy_of_id, s.id) root, s.signature
                from (select other.source_id, count(*) shared
                      from source_copy_key mine
                      join source_copy_key other on other.copy_key = mine.copy_key and other.source_id <> mine.source_id
                      where mine.source_id = :id
                      group by other.source_id
                      order by shared desc, other.source_id
                      limit :limit) best
                join source s on s.id = best.source_id
                order by root, s.id""")
                .param("id", sourceId).param("limit", MAX_CANDIDATES)
                .query((rs, n) -> new Candidate(rs.getLong("root"),
                        toInts((Integer[]) rs.getArray("signature").getArray())))
                .list();
        candidates.stream()
                .filter(candidate -> reportCopies.sameReport(signature, candidate.signature()))
                .findFirst()
                .ifPresent(copyOf -> jdbc.sql("update source set copy_of_id = ? where id = ?")
                        .params(copyOf.root(), sourceId).update());
    }

    private static int[] toInts(Integer[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = values[i];
        }
        return ints;
    }

    private record Candidate(long root, int[] signature) {
    }
}
