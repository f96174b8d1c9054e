package org.frontline.storage;

import java.util.ArrayList;
import java.util.List;
import org.frontline.extraction.ExtractedQuote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Quotes with their speaker (a person or an organization, or nobody) and the sentence that holds them. */
@Component
class QuoteWriter {

    private final JdbcClient jdbc;

    QuoteWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the stored quotes' ids, in the article's order */
    List<Long> write(long sourceId, List<ExtractedQuote> quotes, StoredKeys keys, EvidenceWriter.Evidence evidence) {
        List<Long> ids = new ArrayList<>();
        for (ExtractedQuote quote : quotes) {
            Long person = quote.speakerKey() == null ? null : keys.person(quote.speakerKey());
            Long organization = person != null || quote.speakerKey() == null ? null
                    : keys.organization(quote.speakerKey());
            ids.add(jdbc.sql("""
                    insert into quote (source_id, text, start_offset, end_offset, speaker_person_id,
                                       speaker_organization_id, evidence_id)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(sourceId, quote.text(), quote.span().start(), quote.span().end(), person, organization,
                            evidence.idOf(quote.evidence()))
                    .query(Long.class).single());
        }
        return ids;
    }
}
