package org.frontline.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** The sentence of a source that supports a fact, with its character offsets in the source's text. */
@Entity
@Immutable
@Table(name = "evidence")
public class Evidence {

    @Id
    private Long id;
    private Long sourceId;
    private int startOffset;
    private int endOffset;
    private String sentence;

    protected Evidence() {
    }

    public Long getId() {
        return id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getSentence() {
        return sentence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence evidence && Objects.equals(id, evidence.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
