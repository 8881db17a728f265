package org.techserv.test.swt;

/** A condition did not come true in time. An {@link AssertionError}, so JUnit reports a failure, not an error. */
public class TimeoutException extends AssertionError {

	private static final long serialVersionUID = 1L;

	public TimeoutException(String message, Throwable lastError) {
		super(message, lastError);
	}
}
