package io.latentlab.data;

/**
 * Input from a person or a file that cannot be used: the message says what is wrong and how to
 * fix it, in one line, and is shown as it is (the command line exits with status 2).
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
