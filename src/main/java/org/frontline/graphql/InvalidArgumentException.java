package org.frontline.graphql;

/**
 * A request that asks for something impossible: an argument outside its range, a malformed ID or cursor, a filter
 * that contradicts itself. Reported to the client as a {@code BAD_REQUEST} error with this message.
 */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
