package org.frontline.quote;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.frontline.graphql.Node;
import org.hibernate.annotations.Immutable;

/** Words someone said, as a source reports them (table {@code quote}); links are kept as the ids of the rows. */
@Entity
@Immutable
@Table(name = "quote")
public class Quote implements Node {

    @Id
    private Long id;
    private Long sourceId;
    private String text;
    private int startOffset;
    private int endOffset;
    private Long speakerPersonId;
    private Long speakerOrganizationId;
    private Long eventId;
    private Long evidenceId;

    protected Quote() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getText() {
        return text;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    /** The person who said it; null when an organization said it or the speaker is unknown. */
    public Long getSpeakerPersonId() {
        return speakerPersonId;
    }

    /** The organization that said it; null when a person said it or the speaker is unknown. */
    public Long getSpeakerOrganizationId() {
        return speakerOrganizationId;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quote quote && Objects.equals(id, quote.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
