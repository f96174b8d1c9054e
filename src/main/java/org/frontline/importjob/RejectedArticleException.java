package org.frontline.importjob;

/** An article that cannot be imported, with a reason a person understands. Nothing of it was written. */
public class RejectedArticleException extends RuntimeException {

    public RejectedArticleException(String reason) {
        super(reason);
    }
}
