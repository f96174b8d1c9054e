package org.frontline.ingest.read;

/** An article that cannot be read, with the reason a person is shown. */
class UnreadableArticleException extends Exception {

    UnreadableArticleException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
