package org.frontline.storage;

import java.util.HashMap;
import java.util.Map;
import org.frontline.vocabulary.TextSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Evidence rows: one per supporting sentence of a source, shared by every fact that sentence supports. */
@Component
class EvidenceWriter {

    private final JdbcClient jdbc;

    EvidenceWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands out evidence ids for one source, inserting each distinct span once. */
    Evidence forSource(long sourceId, String text) {
        return new Evidence(sourceId, text);
    }

    final class Evidence {
        private final long sourceId;
        private final String text;
        private final Map<TextSpan, Long> ids = new HashMap<>();

        private Evidence(long sourceId, String text) {
            this.sourceId = sourceId;
            this.text = text;
        }

        long idOf(TextSpan span) {
            return ids.computeIfAbsent(span, s -> jdbc.sql("""
                    insert into evidence (source_id, start_offset, end_offset, sentence)
                    values (?, ?, ?, ?) returning id""")
                    .params(sourceId, s.start(), s.end(), s.of(text)).query(Long.class).single());
        }
    }
}
